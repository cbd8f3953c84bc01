"""Every Python snippet in README.md runs, against Prism, and passes mypy --strict."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sdk_document import ROOT

from tests.support.document import load_document

TEST_FUNCTION = re.compile(r"^def test_", re.M)
SNIPPETS = re.findall(r"^```python\n(.*?)^```$", (ROOT / "README.md").read_text(encoding="utf-8"), re.S | re.M)


def test_the_readme_has_snippets() -> None:
    assert len(SNIPPETS) >= 5


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[f"snippet-{i}" for i in range(1, len(SNIPPETS) + 1)])
def test_a_readme_snippet_runs_against_the_mock(snippet: str, prism_url: str, tmp_path: Path) -> None:
    environment = {**os.environ, "KLARNA_BASE_URL": prism_url, "KLARNA_USERNAME": "demo", "KLARNA_PASSWORD": "demo"}
    if TEST_FUNCTION.search(snippet):  # a user's test: pytest runs it, in a folder with no conftest
        (tmp_path / "test_snippet.py").write_text(snippet)
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_snippet.py"]
    else:
        command = [sys.executable, "-c", snippet]
    result = subprocess.run(command, env=environment, cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_the_readme_snippets_pass_mypy_strict(tmp_path: Path) -> None:
    files = []
    for number, snippet in enumerate(SNIPPETS, start=1):
        files.append(tmp_path / f"snippet_{number}.py")
        files[-1].write_text(snippet)
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / ".cache"), *map(str, files)]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_the_install_line_names_the_current_version_series() -> None:
    version = load_document()["info"]["version"]
    series = ".".join(version.split(".")[:2])

    assert f'"klarna-payments~={series}.0"' in (ROOT / "README.md").read_text(encoding="utf-8")
