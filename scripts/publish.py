"""`make publish`: upload this version's sdist and wheel (from `make build`) to a private index.

The index comes from twine's own variables: TWINE_REPOSITORY_URL (where uploads go),
TWINE_USERNAME and TWINE_PASSWORD; the password is never put on a command line or printed.
Before anything is uploaded, the release is refused, with a one-line reason, when:

- the working tree has changes, or HEAD is not tagged `v<version>` (a release is a tagged commit);
- `twine check --strict` finds the archives' metadata wanting;
- the index already has this version (its simple page, `<index>/simple/klarna-payments/`, lists
  a file of it), or refuses the credentials.

The simple page is looked up at TWINE_REPOSITORY_URL with a trailing `legacy/` replaced by
`simple/` (PyPI's layout; pypiserver's is `<url>/simple/`); set PUBLISH_SIMPLE_URL when the
index keeps it elsewhere.

Usage: python scripts/publish.py [--dist DIR]
"""

from __future__ import annotations

import argparse
import base64
import os
import re
import subprocess
import sys
import tomllib
import urllib.error
import urllib.request
from pathlib import Path

import build_dist

ROOT = Path(__file__).resolve().parent.parent
PROJECT = "klarna-payments"
ARCHIVE_PREFIX = "klarna_payments"
REQUIRED_VARIABLES = ("TWINE_REPOSITORY_URL", "TWINE_USERNAME", "TWINE_PASSWORD")


class Refused(Exception):
    """A reason not to upload, said in one line."""


def package_version(root: Path) -> str:
    with (root / "generated" / "pyproject.toml").open("rb") as handle:
        version: str = tomllib.load(handle)["project"]["version"]
    return version


def git(root: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
    if result.returncode != 0:
        raise Refused(f"git {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout


def check_tree(root: Path, version: str) -> None:
    changes = git(root, "status", "--porcelain", "--untracked-files=normal").splitlines()
    if changes:
        raise Refused(f"the working tree has {len(changes)} uncommitted change(s), e.g. {changes[0].strip()!r}")
    tags = git(root, "tag", "--points-at", "HEAD").split()
    if f"v{version}" not in tags:
        found = f" (it has {', '.join(tags)})" if tags else ""
        raise Refused(f"HEAD is not tagged v{version}{found}: tag the release commit first")


def archives(dist: Path, version: str) -> list[Path]:
    found = [dist / f"{ARCHIVE_PREFIX}-{version}.tar.gz", dist / f"{ARCHIVE_PREFIX}-{version}-py3-none-any.whl"]
    missing = [path.name for path in found if not path.is_file()]
    if missing:
        raise Refused(f"{', '.join(missing)} not in {dist}: run `make build`")
    return found


def check_metadata(files: list[Path]) -> None:
    """`make build`'s `twine check --strict`, its report folded into one line."""
    try:
        build_dist.check_metadata(files)
    except build_dist.BuildError as error:
        problems = [line.strip() for line in str(error).splitlines()[1:] if line.strip()]
        raise Refused("twine check --strict failed: " + " | ".join(problems[-3:])) from None


def simple_page_url(environ: dict[str, str]) -> str:
    base = environ.get("PUBLISH_SIMPLE_URL") or re.sub(r"legacy/?$", "simple/", environ["TWINE_REPOSITORY_URL"])
    base = base if base.rstrip("/").endswith("/simple") else base.rstrip("/") + "/simple"
    return f"{base.rstrip('/')}/{PROJECT}/"


def published_files(environ: dict[str, str]) -> list[str]:
    """The file names the index lists for the project (none when it does not know it)."""
    url = simple_page_url(environ)
    credentials = f"{environ['TWINE_USERNAME']}:{environ['TWINE_PASSWORD']}".encode()
    request = urllib.request.Request(url, headers={"Authorization": "Basic " + base64.b64encode(credentials).decode()})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            page = response.read().decode("utf-8", errors="replace")
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return []
        if error.code in (401, 403):
            raise Refused(
                f"the index refused TWINE_USERNAME/TWINE_PASSWORD (HTTP {error.code} from {shown(url)})"
            ) from None
        raise Refused(f"the index answered HTTP {error.code} for {shown(url)}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise Refused(f"cannot reach the index at {shown(url)}: {reason}") from None
    return [name.split("#")[0].rsplit("/", 1)[-1] for name in re.findall(r'href="([^"]+)"', page)]


def check_not_published(environ: dict[str, str], version: str) -> None:
    prefixes = (f"{ARCHIVE_PREFIX}-{version}.tar.gz", f"{ARCHIVE_PREFIX}-{version}-")
    taken = [name for name in published_files(environ) if name.startswith(prefixes)]
    if taken:
        raise Refused(f"{PROJECT} {version} is already on the index ({', '.join(taken)}): raise the version")


def upload(files: list[Path], environ: dict[str, str]) -> None:
    # Credentials reach twine through its environment variables only; no keyring is consulted.
    env = {**environ, "TWINE_NON_INTERACTIVE": "1", "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    command = [sys.executable, "-m", "twine", "upload", "--disable-progress-bar", *map(str, files)]
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    output = scrubbed(result.stdout + result.stderr, environ["TWINE_PASSWORD"])
    if result.returncode != 0:
        lines = [line.strip() for line in output.splitlines() if line.strip()]
        raise Refused("the upload failed: " + (lines[-1] if lines else f"twine exited {result.returncode}"))
    print(output.strip())


def scrubbed(text: str, secret: str) -> str:
    return text.replace(secret, "****") if secret else text


def shown(url: str) -> str:
    """`url` without any user:password@ part, for messages."""
    return re.sub(r"//[^/@]*@", "//", url)


def publish(root: Path, dist: Path, environ: dict[str, str]) -> str:
    """Check everything, then upload; returns what was published. Raises Refused."""
    missing = [name for name in REQUIRED_VARIABLES if not environ.get(name)]
    if missing:
        raise Refused(f"set {', '.join(missing)} (the index to upload to, and its credentials)")
    version = package_version(root)
    check_tree(root, version)
    files = archives(dist, version)
    check_metadata(files)
    check_not_published(environ, version)
    upload(files, environ)
    return f"{PROJECT} {version} ({', '.join(path.name for path in files)})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where `make build` put the archives")
    args = parser.parse_args(argv)
    try:
        published = publish(ROOT, args.dist, dict(os.environ))
    except Refused as refusal:
        print(f"publish: refused: {scrubbed(str(refusal), os.environ.get('TWINE_PASSWORD', ''))}", file=sys.stderr)
        return 1
    print(f"publish: uploaded {published} to {shown(os.environ['TWINE_REPOSITORY_URL'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
