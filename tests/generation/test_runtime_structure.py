"""The runtime's shape: its imports form no cycle and never reach a layer above the importer's,
and no module reads another object's private attributes (`obj._name`), only its own
(`self._name`, `cls._name`)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from sdk_document import ROOT

PACKAGE = ROOT / "generated" / "klarna_payments"
RUNTIME = ROOT / "templates" / "runtime"


def module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE).with_suffix("")
    parts = ["klarna_payments", *relative.parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """The package modules `path` imports, at module level or inside functions (a lazy import is
    the usual way to hide a cycle), except under `if TYPE_CHECKING:`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rsplit(".", 1)[0]
    type_checking = {
        id(child)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
        for child in ast.walk(node)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in type_checking:
            continue
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            target = f"{base}.{node.module}" if node.module else base
            # `from . import errors` imports the submodule; the package itself is run first for
            # any of its modules, so it is an import only when it is named as a module.
            found |= {f"{target}.{alias.name}" for alias in node.names} | ({target} if node.module else set())
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("klarna_payments")}
    return found


def import_graph() -> dict[str, set[str]]:
    modules = {module_name(path): path for path in PACKAGE.rglob("*.py")}
    return {name: {m for m in imports_of(path) if m in modules and m != name} for name, path in modules.items()}


def test_the_package_imports_form_no_cycle() -> None:
    graph = import_graph()
    visiting, done, cycles = set(), set(), []

    def visit(name: str, trail: list[str]) -> None:
        if name in done:
            return
        if name in visiting:
            cycles.append([*trail[trail.index(name) :], name])
            return
        visiting.add(name)
        for target in sorted(graph[name]):
            # A package __init__ importing its own submodules is the package being assembled.
            if not target.startswith(name + "."):
                visit(target, [*trail, target])
        visiting.discard(name)
        done.add(name)

    for name in sorted(graph):
        visit(name, [name])
    assert cycles == []


# The runtime's layers, lowest first. A module imports from its own layer or below: the
# document's tables know nothing of the checks, the checks nothing of sending, sending nothing
# of the clients, and nothing but the fake knows the fake. A new module takes its place here.
LAYERS: tuple[tuple[str, frozenset[str]], ...] = (
    ("the document", frozenset({"_schema", "_spec", "types", "params", "models"})),
    (
        "primitives",
        frozenset(
            {
                "_text",
                "_codegen",
                "_markets",
                "_deadlines",
                "_proxies",
                "_download",
                "_config",
                "_logs",
                "_error_body",
                "errors",
                "_deprecation",
                "_pagination",
            }
        ),
    ),
    ("rules and bodies", frozenset({"_line_rules", "preflight", "lines", "_decoding", "_validation"})),
    ("connections", frozenset({"_transport", "_deadline_transport", "_http", "_bodies"})),
    ("a call", frozenset({"_prepare", "_policy", "_telemetry", "_send", "_response"})),
    ("clients", frozenset({"_base_client", "_iterators", "_client", "callbacks", "api", "client", ""})),
    ("the fake", frozenset({"testing"})),
)


def layer_of(module: str) -> int | None:
    """The index in LAYERS of `module`'s top-level name below the package ("" for the package)."""
    top = module.removeprefix("klarna_payments").removeprefix(".").split(".")[0]
    return next((index for index, (_, names) in enumerate(LAYERS) if top in names), None)


def test_every_module_of_the_package_has_a_layer() -> None:
    assert sorted(module for module in import_graph() if layer_of(module) is None) == []


def test_no_module_imports_from_a_layer_above_its_own() -> None:
    upward = [
        f"{module} ({LAYERS[own][0]}) imports {target} ({LAYERS[theirs][0]})"
        for module, targets in sorted(import_graph().items())
        if (own := layer_of(module)) is not None
        for target in sorted(targets)
        if (theirs := layer_of(target)) is not None and theirs > own
    ]
    assert upward == []


def private_reads(path: Path) -> list[str]:
    """`obj._name` where obj is not self or cls (dunder names aside)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Attribute) or not node.attr.startswith("_") or node.attr.startswith("__"):
            continue
        if isinstance(node.value, ast.Name) and node.value.id in {"self", "cls"}:
            continue
        found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    return found


# Module-level functions of the module that defines the class may read its private fields.
OWN_CLASS_READS = {"_base_client.py": {"client._config", "client._pool", "copy._setup"}}


@pytest.mark.parametrize("path", sorted(RUNTIME.glob("*.py")), ids=lambda p: p.name)
def test_a_runtime_module_reads_no_other_objects_private_attributes(path: Path) -> None:
    allowed = OWN_CLASS_READS.get(path.name, set())
    assert [read for read in private_reads(path) if read.split(": ", 1)[1] not in allowed] == []
