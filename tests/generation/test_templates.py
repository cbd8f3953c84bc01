"""Template overrides stay upgradable: each says what it is, pins what it depends on, and that holds."""

from __future__ import annotations

import hashlib
import importlib
import re
from pathlib import Path

import openapi_python_client
import pytest
from sdk_document import ROOT
from sdk_emit import TEMPLATES_MODULE

TEMPLATES = ROOT / "templates"
UPSTREAM_COPIES = TEMPLATES / "_upstream"
INSTALLED = Path(openapi_python_client.__file__).parent / "templates"
OVERRIDES = sorted(p for p in TEMPLATES.glob("*.jinja") if (INSTALLED / p.name).exists())
PATCHES = [p for p in OVERRIDES if (UPSTREAM_COPIES / p.name).exists()]
REPLACEMENTS = [p for p in OVERRIDES if p not in PATCHES]
PIN = re.compile(r"upstream sha256 ([0-9a-f]{64})")
HEADER = re.compile(r"\A\{# klarna: (patch of|replaces) .*?#\}\n", re.S)
FENCED = re.compile(r"\{# klarna: begin.*?\{# klarna: end #\}\n", re.S)
UPSTREAM_REFERENCE = re.compile(r"""\{%-?\s*(?:from|import|include)\s+["']([^"']+)["']""")
DEPENDENCY_ROW = re.compile(r"^\| `([^`]+)` \| `([0-9a-f]{64})` \|$", re.M)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_generator_is_the_pinned_version() -> None:
    assert openapi_python_client.__version__ == "0.29.1"


@pytest.mark.parametrize("override", OVERRIDES, ids=lambda p: p.name)
def test_an_override_says_what_it_is_and_pins_the_installed_upstream_file(override: Path) -> None:
    text = override.read_text(encoding="utf-8")
    header = HEADER.match(text)
    assert header, f"{override.name} must start with `{{# klarna: patch of ...` or `{{# klarna: replaces ...`"
    assert (header.group(1) == "patch of") == (override in PATCHES), "a patch has a pristine copy in _upstream/"
    pin = PIN.search(header.group(0))
    assert pin and pin.group(1) == sha256(INSTALLED / override.name), "the installed generator's template changed"


@pytest.mark.parametrize("patch", PATCHES, ids=lambda p: p.name)
def test_a_patch_has_a_pristine_upstream_copy(patch: Path) -> None:
    assert sha256(UPSTREAM_COPIES / patch.name) == sha256(INSTALLED / patch.name)


@pytest.mark.parametrize("patch", PATCHES, ids=lambda p: p.name)
def test_a_patch_is_upstream_exactly_once_its_fenced_lines_are_taken_out(patch: Path) -> None:
    text = patch.read_text(encoding="utf-8")
    unfenced = FENCED.sub("", HEADER.sub("", text))
    assert unfenced == (UPSTREAM_COPIES / patch.name).read_text(encoding="utf-8")


@pytest.mark.parametrize("replacement", REPLACEMENTS, ids=lambda p: p.name)
def test_a_replacement_imports_no_upstream_template(replacement: Path) -> None:
    referenced = set(UPSTREAM_REFERENCE.findall(replacement.read_text(encoding="utf-8")))
    ours = {path.name for path in TEMPLATES.glob("*.jinja")} | {TEMPLATES_MODULE}  # written at generate
    assert referenced <= ours, f"imports upstream templates {sorted(referenced - ours)}: make it a patch"


def test_every_upstream_template_a_patch_depends_on_is_pinned() -> None:
    pinned = dict(DEPENDENCY_ROW.findall((TEMPLATES / "UPSTREAM.md").read_text(encoding="utf-8")))
    needed: set[str] = set()
    for patch in PATCHES:
        text = patch.read_text(encoding="utf-8")
        needed |= {name for name in UPSTREAM_REFERENCE.findall(text) if not name.endswith("/")}
        if '"property_templates/" +' in text:  # one template chosen per property
            needed |= {f"property_templates/{p.name}" for p in (INSTALLED / "property_templates").glob("*.jinja")}
    assert needed <= pinned.keys(), f"pin these in templates/UPSTREAM.md: {sorted(needed - pinned.keys())}"
    changed = [name for name, digest in pinned.items() if sha256(INSTALLED / name) != digest]
    assert changed == [], f"upstream templates the patches depend on changed: {changed}"


def test_runtime_modules_hold_no_jinja_syntax() -> None:
    """templates/runtime/ is plain Python (and data), copied verbatim."""
    for module in (TEMPLATES / "runtime").rglob("*"):
        if module.is_file() and module.suffix in {".py", ".json"}:
            assert not re.search(r"\{\{|\{%|\{#", module.read_text(encoding="utf-8")), module.name


def test_only_operations_whose_body_has_rules_promise_order_rule_error() -> None:
    from klarna_payments import _spec, api

    for name, operation in _spec.OPERATIONS.items():
        module = importlib.import_module(f"{api.__name__}.{operation.resource}.{name}")
        promised = "OrderRuleError" in (module.sync.__doc__ or "")
        assert promised == (operation.body is not None and _spec.MODELS[operation.body].rules is not None), name
