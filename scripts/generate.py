"""Generate the SDK from openapi.yaml into generated/ (or another folder).

openapi-python-client always writes into a fresh temporary folder; only a complete, successful
run replaces the output folder, so a failed generation never leaves half a package behind and
files of removed schemas never linger. Two post-generation steps follow, for what a template
cannot reach: the runtime modules in templates/runtime/ whose names start with `_` are copied
into the package, and `_spec.py` is written with tables read from the document (base URLs,
required fields, idempotent operations).

Usage: python scripts/generate.py [--output DIR]
"""

from __future__ import annotations

import argparse
import os
import pprint
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import pascal_case, snake_case

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "templates"
DEFAULT_OUTPUT = ROOT / "generated"
RUNTIME = TEMPLATES / "runtime"
PACKAGE = "klarna_payments"
META = "pdm"
IDEMPOTENCY_HEADER = "Klarna-Idempotency-Key"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def generate(output: Path, spec: Path = SPEC) -> None:
    """Render the package for `spec` into `output`, replacing whatever was there."""
    venv_bin = Path(sys.executable).parent
    # The post hooks in generator-config.yaml call plain `ruff`; putting this interpreter's
    # bin/ first makes that the pinned ruff of the project's venv, not whatever is on PATH.
    env = {**os.environ, "PATH": f"{venv_bin}{os.pathsep}{os.environ.get('PATH', '')}"}
    with tempfile.TemporaryDirectory(prefix="klarna-generate-") as tmp:
        staging = Path(tmp) / "out"
        result = subprocess.run(
            [
                str(venv_bin / "openapi-python-client"),
                "generate",
                "--path",
                str(spec),
                "--config",
                str(CONFIG),
                "--custom-template-path",
                str(TEMPLATES),
                "--meta",
                META,
                "--output-path",
                str(staging),
                "--fail-on-warning",
            ],
            env=env,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0 or not (staging / "pyproject.toml").exists():
            sys.stderr.write(result.stdout + result.stderr)
            raise SystemExit(f"openapi-python-client failed (exit {result.returncode})")
        package = staging / PACKAGE
        for module in sorted(RUNTIME.glob("_*.py")):
            shutil.copyfile(module, package / module.name)
        document = yaml.safe_load(spec.read_text(encoding="utf-8"))
        config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
        (package / "_spec.py").write_text(spec_module(document, config), encoding="utf-8")
        subprocess.run([str(venv_bin / "ruff"), "format", "--no-cache", "--quiet", str(package)], check=True)
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(staging, output)


def resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def spec_module(document: dict[str, Any], config: dict[str, Any]) -> str:
    """Source of `_spec.py`: the tables the runtime reads, derived from the document."""
    overrides = config.get("class_overrides", {})

    def class_name(schema: str) -> str:
        return str(overrides.get(schema, {}).get("class_name") or pascal_case(schema))

    servers = {
        (server["x-klarna-region"], server["x-klarna-environment"]): server["url"] for server in document["servers"]
    }
    idempotent = set()
    for item in document["paths"].values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            parameters = [resolve(document, p) for p in item.get("parameters", []) + operation.get("parameters", [])]
            if any(p["in"] == "header" and p["name"] == IDEMPOTENCY_HEADER for p in parameters):
                idempotent.add(snake_case(operation["operationId"]))
    required: dict[str, tuple[str, ...]] = {}
    nested: dict[str, dict[str, tuple[bool, str]]] = {}
    for schema_name, schema in document["components"]["schemas"].items():
        required[class_name(schema_name)] = tuple(schema.get("required", ()))
        children = {}
        for property_name, prop in schema.get("properties", {}).items():
            is_list = prop.get("type") == "array"
            ref = (prop.get("items", {}) if is_list else prop).get("$ref")
            if ref:
                children[property_name] = (is_list, class_name(ref.rsplit("/", 1)[-1]))
        if children:
            nested[class_name(schema_name)] = children
    return "\n".join(
        [
            '"""Tables read from openapi.yaml by `make generate` (scripts/generate.py); not edited by hand."""',
            "",
            "from typing import Final",
            "",
            "# (region, environment) -> base URL, from the document's `servers` (x-klarna-region/-environment).",
            f"SERVERS: Final[dict[tuple[str, str], str]] = {pprint.pformat(servers, width=100)}",
            "",
            f"# Operations that declare the {IDEMPOTENCY_HEADER} header: each call sends one.",
            f"IDEMPOTENT_OPERATIONS: Final[frozenset[str]] = frozenset({pprint.pformat(sorted(idempotent))})",
            "",
            "# Model class -> its required fields.",
            f"REQUIRED_FIELDS: Final[dict[str, tuple[str, ...]]] = {pprint.pformat(required, width=100)}",
            "",
            "# Model class -> {field: (is a list, model class of the field or of its items)}.",
            f"NESTED_MODELS: Final[dict[str, dict[str, tuple[bool, str]]]] = {pprint.pformat(nested, width=100)}",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="target folder")
    args = parser.parse_args()
    generate(args.output.resolve())
    print(f"==> generated {args.output}")


if __name__ == "__main__":
    main()
