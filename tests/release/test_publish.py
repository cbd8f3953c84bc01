"""`make publish` against a real index server: pypiserver on 127.0.0.1, with a password file.

A throwaway copy of the repository (this working tree, committed and tagged `v<version>`) is
built and published; a new venv installs the release from that index alone (which also serves
the pinned runtime wheels) and runs examples/quickstart.py against Prism. The refusals are
tried on the same copy: nothing reaches the index unless every check passes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import venv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import bcrypt
import pytest
from build_dist import WHEELHOUSE
from passlib.apache import HtpasswdFile
from publish import Refused, check_metadata, package_version, simple_page_url
from sdk_document import ROOT

from tests.support.git import git

USERNAME = "release-bot"
PASSWORD = "s3cret-index-password-7f9c"
PYPI_SERVER = Path(sys.executable).parent / "pypi-server"


@dataclass(frozen=True)
class Index:
    url: str
    packages: Path

    def environ(self, password: str = PASSWORD) -> dict[str, str]:
        return {**os.environ, "TWINE_REPOSITORY_URL": self.url, "TWINE_USERNAME": USERNAME, "TWINE_PASSWORD": password}


@dataclass(frozen=True)
class Published:
    result: subprocess.CompletedProcess[str]
    files: dict[str, str]  # name -> sha256 of what the index holds


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def sha256_of(folder: Path) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.glob("klarna*"))}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Index]:
    root = tmp_path_factory.mktemp("index")
    packages = root / "packages"
    packages.mkdir()
    for wheel in WHEELHOUSE.glob("*.whl"):  # httpx, attrs and theirs: the index is all pip may reach
        shutil.copy2(wheel, packages)
    # A bcrypt entry as htpasswd writes it, at the lowest cost: pypiserver checks it (with
    # passlib) on every request pip makes.
    entry = bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(rounds=4)).decode()
    (root / "htpasswd").write_text(f"{USERNAME}:{entry}\n")
    assert HtpasswdFile(str(root / "htpasswd")).check_password(USERNAME, PASSWORD)
    port = free_port()
    command = [str(PYPI_SERVER), "run", "--host", "127.0.0.1", "--port", str(port), "--disable-fallback"]
    command += ["--passwords", str(root / "htpasswd"), "--authenticate", "update,download,list", str(packages)]
    log = root / "pypiserver.log"  # a file, not a pipe: nobody reads a pipe while tests run, and it would fill
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log.open("wb"))
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{url}health", timeout=2).close()
                break
            except (urllib.error.URLError, OSError) as error:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"pypiserver did not start: {log.read_text()}") from error
                time.sleep(0.1)
        yield Index(url, packages)
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of this working tree as a repository whose HEAD is tagged v<version>, built."""
    repo = tmp_path_factory.mktemp("release") / "klarna-payments"
    listed = git(ROOT, "ls-files", "--cached", "--others", "--exclude-standard", "-z").split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, repo / name)
    git(repo, "init", "--quiet")
    git(repo, "add", "--all")
    git(repo, "commit", "--quiet", "--message", "release")
    git(repo, "tag", f"v{package_version(repo)}")
    subprocess.run([sys.executable, "scripts/build_dist.py"], cwd=repo, check=True, capture_output=True)
    return repo


def run_publish(repo: Path, environ: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "scripts/publish.py"], cwd=repo, env=environ, capture_output=True, text=True)


@pytest.fixture(scope="module")
def published(index: Index, release: Path) -> Published:
    result = run_publish(release, index.environ())
    return Published(result, sha256_of(index.packages))


def test_a_tagged_release_is_uploaded(published: Published, release: Path) -> None:
    version = package_version(release)

    assert published.result.returncode == 0, published.result.stderr
    assert sorted(published.files) == [
        f"klarna_payments-{version}-py3-none-any.whl",
        f"klarna_payments-{version}.tar.gz",
    ]
    assert PASSWORD not in published.result.stdout + published.result.stderr


def test_the_release_installs_from_the_index_alone_and_runs_the_quickstart(
    published: Published, index: Index, release: Path, prism_url: str, tmp_path: Path
) -> None:
    venv.create(tmp_path / "venv")  # without pip: this venv's pip installs into it (--python)
    python = tmp_path / "venv" / "bin" / "python"
    index_url = index.url.replace("http://", f"http://{USERNAME}:{PASSWORD}@") + "simple/"
    # No pip configuration file: the machine's extra indexes and find-links stay out of it.
    pip_env = {**os.environ, "PIP_CONFIG_FILE": os.devnull}
    requirement = f"klarna-payments=={package_version(release)}"
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-cache-dir"]
    subprocess.run([*install, "--index-url", index_url, requirement], env=pip_env, check=True, capture_output=True)

    environ = {**os.environ, "KLARNA_BASE_URL": prism_url, "KLARNA_USERNAME": "demo", "KLARNA_PASSWORD": "demo"}
    quickstart = subprocess.run(
        [str(python), str(release / "examples" / "quickstart.py")], env=environ, capture_output=True, text=True
    )

    assert quickstart.returncode == 0, quickstart.stderr
    assert "order" in quickstart.stdout.lower()


def test_the_same_version_again_is_refused_and_the_index_keeps_its_files(
    published: Published, index: Index, release: Path
) -> None:
    again = run_publish(release, index.environ())

    assert again.returncode == 1
    assert "already on the index" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1
    assert sha256_of(index.packages) == published.files


def test_a_wrong_password_is_refused_with_a_clear_message(published: Published, index: Index, release: Path) -> None:
    wrong = "not-the-password-31415"

    result = run_publish(release, index.environ(password=wrong))

    assert result.returncode == 1
    assert "the index refused TWINE_USERNAME/TWINE_PASSWORD (HTTP 403" in result.stderr  # pypiserver says 403
    assert wrong not in result.stdout + result.stderr


def test_a_dirty_tree_is_refused(index: Index, release: Path) -> None:
    stray = release / "notes.txt"
    stray.write_text("not committed")
    try:
        result = run_publish(release, index.environ())
    finally:
        stray.unlink()

    assert result.returncode == 1
    assert "uncommitted change" in result.stderr


def test_an_untagged_head_is_refused(index: Index, release: Path, tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "--quiet", str(release), str(clone))
    git(clone, "commit", "--quiet", "--allow-empty", "--message", "after the release")

    result = run_publish(clone, index.environ())

    assert result.returncode == 1
    assert f"HEAD is not tagged v{package_version(release)}" in result.stderr


def test_missing_credentials_are_refused(release: Path) -> None:
    environ = {key: value for key, value in os.environ.items() if not key.startswith("TWINE_")}

    result = run_publish(release, environ)

    assert result.returncode == 1
    assert "set TWINE_REPOSITORY_URL, TWINE_USERNAME, TWINE_PASSWORD" in result.stderr


def test_archives_twine_check_rejects_are_refused(tmp_path: Path) -> None:
    broken = tmp_path / "klarna_payments-0.0.0-py3-none-any.whl"
    broken.write_bytes(b"not a zip archive")

    with pytest.raises(Refused, match="twine check --strict failed"):
        check_metadata([broken])


@pytest.mark.parametrize(
    ("environ", "simple"),
    [
        ({"TWINE_REPOSITORY_URL": "http://127.0.0.1:8080/"}, "http://127.0.0.1:8080/simple/klarna-payments/"),
        ({"TWINE_REPOSITORY_URL": "https://pypi.example/legacy/"}, "https://pypi.example/simple/klarna-payments/"),
        (
            {
                "TWINE_REPOSITORY_URL": "https://nexus.example/upload/",
                "PUBLISH_SIMPLE_URL": "https://nexus.example/simple",
            },
            "https://nexus.example/simple/klarna-payments/",
        ),
    ],
    ids=["pypiserver", "legacy upload path", "PUBLISH_SIMPLE_URL"],
)
def test_the_simple_page_is_found_from_the_upload_url(environ: dict[str, str], simple: str) -> None:
    assert simple_page_url(environ) == simple
