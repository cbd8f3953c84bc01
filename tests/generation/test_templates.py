"""Template overrides stay upgradable: each names the upstream file it forks or replaces, and that pin holds."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import openapi_python_client
import pytest
from openapi_document import ROOT

TEMPLATES = ROOT / "templates"
UPSTREAM_COPIES = TEMPLATES / "_upstream"
INSTALLED = Path(openapi_python_client.__file__).parent / "templates"
OVERRIDES = sorted(p for p in TEMPLATES.glob("*.jinja") if (INSTALLED / p.name).exists())
FORKS = [p for p in OVERRIDES if (UPSTREAM_COPIES / p.name).exists()]
PIN = re.compile(r"upstream sha256 ([0-9a-f]{64})")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_generator_version_is_the_pinned_one() -> None:
    assert openapi_python_client.__version__ == "0.29.1"


@pytest.mark.parametrize("override", OVERRIDES, ids=lambda p: p.name)
def test_override_pins_the_installed_upstream_file(override: Path) -> None:
    pin = PIN.search(override.read_text(encoding="utf-8"))
    assert pin, f"{override.name} must state the sha256 of the upstream file it forks or replaces"
    assert pin.group(1) == sha256(INSTALLED / override.name), "the installed generator's template changed"


@pytest.mark.parametrize("fork", FORKS, ids=lambda p: p.name)
def test_fork_has_a_pristine_upstream_copy(fork: Path) -> None:
    assert sha256(UPSTREAM_COPIES / fork.name) == sha256(INSTALLED / fork.name)


@pytest.mark.parametrize("fork", FORKS, ids=lambda p: p.name)
def test_fork_matches_upstream_outside_its_fences(fork: Path) -> None:
    ours = fork.read_text(encoding="utf-8")
    without_header = re.sub(r"\A\{# klarna: override.*?#\}\n", "", ours, flags=re.S)
    unfenced = re.sub(r"\{# klarna: begin.*?\{# klarna: end #\}\n", "", without_header, flags=re.S)
    upstream_lines = (UPSTREAM_COPIES / fork.name).read_text(encoding="utf-8").splitlines()
    # Every line outside our fences is an upstream line, in upstream order.
    position = 0
    for line in (line for line in unfenced.splitlines() if line.strip()):
        assert line in upstream_lines[position:], f"not an upstream line; fence it with klarna: begin/end: {line!r}"
        position = upstream_lines.index(line, position) + 1


def test_runtime_modules_hold_no_jinja_syntax() -> None:
    """templates/runtime/ is plain Python, included or copied verbatim."""
    for module in (TEMPLATES / "runtime").glob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert not re.search(r"\{\{|\{%|\{#", text), module.name
