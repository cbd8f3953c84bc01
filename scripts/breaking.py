"""`make breaking`: compare openapi.yaml with the last release and demand the right version bump.

The base is the newest release tag (`v<version>`) reachable from HEAD or, with none, the merge
base with `main`. `redocly diff` rates every change between the base's document and the working
copy as major, minor or patch. Then:

- a breaking (major) change fails (`--fail-on major`) unless `info.version` takes a breaking
  step: the next major, or below 1.0 the next minor (0.1.0 -> 0.2.0), as semver's caret ranges
  read it. The message names the version to set.
- other changes pass, with a note naming the version the next release needs (a patch for a
  description, a minor for an added optional field).
- on a release commit (HEAD tagged `v<version>`) the base is the previous release and the version
  must match every change (`--check-version`): a changed document with an unchanged version
  fails there.

With no base (no tag, no `main`, or no openapi.yaml there) there is nothing to compare: it says
so and passes.

Usage: python scripts/breaking.py [--base REF]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from packaging.version import Version
from redocly import output_of, redocly
from release_check import ReleaseCheckError, spec_version

ROOT = Path(__file__).resolve().parent.parent
SPEC_NAME = "openapi.yaml"


@dataclass(frozen=True)
class Base:
    ref: str
    description: str
    is_previous_release: bool = False  # HEAD is a release: its version must match every change


def git(repo: Path, *args: str) -> str | None:
    """stdout of a git command, or None when it fails."""
    result = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True)
    return result.stdout.strip() if result.returncode == 0 else None


def last_release_tag(repo: Path, commit: str) -> str | None:
    return git(repo, "describe", "--tags", "--abbrev=0", "--match", "v[0-9]*", commit) or None


def find_base(repo: Path) -> Base | None:
    """What the working copy is compared with: see the module docstring."""
    if git(repo, "tag", "--points-at", "HEAD", "--list", "v[0-9]*"):
        previous = last_release_tag(repo, "HEAD^")
        return Base(previous, f"the previous release {previous}", is_previous_release=True) if previous else None
    if tag := last_release_tag(repo, "HEAD"):
        return Base(tag, f"release tag {tag}")
    for branch in ("main", "origin/main"):
        if commit := git(repo, "merge-base", "HEAD", branch):
            return Base(commit, f"the merge base with {branch} ({commit[:12]})")
    return None


def takes_breaking_step(base: Version, current: Version) -> bool:
    """Whether going from `base` to `current` announces incompatible changes."""
    if current.major != base.major:
        return current.major > base.major
    return current.major == 0 and current.minor > base.minor


def redocly_diff(base_document: Path, document: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    return redocly("diff", str(base_document), document.name, *flags, cwd=document.parent)


def gate(base_text: str, document: Path, base: Base) -> tuple[bool, str]:
    """(passed, report) for the working copy `document` against the base's document text."""
    base_version, version = spec_version(base_text), spec_version(document.read_text())
    if version < base_version:
        return False, f"info.version went backwards: {base_version} at {base.description}, now {version}"
    flags = ["--fail-on", "none" if takes_breaking_step(base_version, version) else "major"]
    if base.is_previous_release:
        flags.append("--check-version")
    with tempfile.TemporaryDirectory(prefix="klarna-breaking-") as tmp:
        base_document = Path(tmp) / f"openapi@{re.sub(r'[^A-Za-z0-9.-]', '_', base.ref[:12])}.yaml"
        base_document.write_text(base_text)
        result = redocly_diff(base_document, document, *flags)
        needed = redocly_diff(base_document, document, "--format", "next-version").stdout.strip()
    report = output_of(result)
    if result.returncode != 0:
        return False, (
            f"{report}\n\nopenapi.yaml changed since {base.description} (info.version {base_version}) "
            f"in ways version {version} does not announce. Set info.version to {needed or 'a higher version'}, "
            "run `make generate`, and add that version's section to CHANGELOG.md."
        )
    if needed and Version(needed) > version:
        report += (
            f"\n\nNote: these changes need info.version {needed} or higher before they are released "
            f"(it is {version}); `make breaking` fails on a release commit until then."
        )
    return True, report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="compare with this git ref instead of the last release")
    args = parser.parse_args()
    base = Base(args.base, args.base) if args.base else find_base(ROOT)
    if base is None:
        print("breaking: no release tag and no main branch to compare with; nothing to check")
        return 0
    base_text = git(ROOT, "show", f"{base.ref}:{SPEC_NAME}")
    if base_text is None:
        print(f"breaking: {base.description} has no {SPEC_NAME}; nothing to check")
        return 0
    try:
        passed, report = gate(base_text, ROOT / SPEC_NAME, base)
    except ReleaseCheckError as error:
        passed, report = False, str(error)
    print(f"breaking: openapi.yaml against {base.description}\n{report}", file=sys.stdout if passed else sys.stderr)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
