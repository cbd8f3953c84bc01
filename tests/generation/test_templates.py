"""Template overrides stay upgradable: each names the upstream file it forks, and that pin holds."""

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
OVERRIDES = sorted(p for p in TEMPLATES.glob("*.jinja"))
PIN = re.compile(r"upstream sha256 ([0-9a-f]{64})")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_generator_version_is_the_pinned_one() -> None:
    assert openapi_python_client.__version__ == "0.29.1"


@pytest.mark.parametrize("override", OVERRIDES, ids=lambda p: p.name)
def test_override_pins_the_upstream_file_it_forks(override: Path) -> None:
    pin = PIN.search(override.read_text(encoding="utf-8"))
    if not (UPSTREAM_COPIES / override.name).exists():
        pytest.skip(f"{override.name} is our own template, not a fork of an upstream one")
    assert pin, f"{override.name} must state the sha256 of the upstream file it forks"
    assert pin.group(1) == sha256(UPSTREAM_COPIES / override.name), "templates/_upstream copy changed"
    assert pin.group(1) == sha256(INSTALLED / override.name), "the installed generator's template changed"


@pytest.mark.parametrize("override", OVERRIDES, ids=lambda p: p.name)
def test_override_matches_upstream_outside_its_fences(override: Path) -> None:
    upstream = UPSTREAM_COPIES / override.name
    if not upstream.exists():
        pytest.skip(f"{override.name} is our own template")
    ours = override.read_text(encoding="utf-8")
    without_header = re.sub(r"\A\{# klarna: override.*?#\}\n", "", ours, flags=re.S)
    unfenced = re.sub(r"\{# klarna: begin.*?\{# klarna: end #\}\n", "", without_header, flags=re.S)
    kept_upstream_lines = [line for line in unfenced.splitlines() if line.strip()]
    upstream_lines = upstream.read_text(encoding="utf-8").splitlines()
    # Every line outside our fences is an upstream line, in upstream order.
    position = 0
    for line in kept_upstream_lines:
        assert line in upstream_lines[position:], f"not an upstream line; fence it with klarna: begin/end: {line!r}"
        position = upstream_lines.index(line, position) + 1
