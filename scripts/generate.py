"""Generate the SDK from openapi.yaml into generated/ (or another folder).

openapi-python-client renders the generator's view of the document (`sdk_document.
generator_view`) with our templates into a fresh temporary folder; only a complete, successful
run replaces the output folder, so a failed generation never leaves half a package behind and
files of removed schemas never linger. Then, for what no template can reach:

- every file of templates/runtime/ is copied into the package at the same relative path (the
  SDK runtime is plain Python there, linted and tested as such);
- `_spec.py` (tables the runtime reads), `params.py` (request TypedDicts), `_iterators.py`
  (the paginated operations' iterators, mixed into the resource classes) and
  `testing/_handlers.py` (the fake's handler of each operation) are written from the document;
- `openapi.json`, the document itself as JSON, ships in the package: the test fake validates
  against it, and users can start Prism from it (no YAML parser needed at run time);
- the repository's LICENSE goes next to pyproject.toml, which names it.

Usage: python scripts/generate.py [--output DIR] [--spec FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from sdk_document import CONFIG, ROOT, SPEC, Document, DocumentError
from sdk_emit import TEMPLATES_MODULE, handlers_module, iterators_module, params_module, spec_module, templates_module
from sdk_view import generator_view

TEMPLATES = ROOT / "templates"
DEFAULT_OUTPUT = ROOT / "generated"
RUNTIME = TEMPLATES / "runtime"
PACKAGE = "klarna_payments"
META = "pdm"


def generate(output: Path, spec: Path = SPEC, config: Path = CONFIG) -> None:
    """Render the package for `spec` into `output`, replacing whatever was there."""
    venv_bin = Path(sys.executable).parent
    # The post hooks in generator-config.yaml call plain `ruff`; putting this interpreter's
    # bin/ first makes that the pinned ruff of the project's venv, not whatever is on PATH.
    env = {**os.environ, "PATH": f"{venv_bin}{os.pathsep}{os.environ.get('PATH', '')}"}
    document = Document.load(spec, config)
    with tempfile.TemporaryDirectory(prefix="klarna-generate-") as tmp:
        view, staging = Path(tmp) / "openapi.yaml", Path(tmp) / "out"
        view.write_text(yaml.safe_dump(generator_view(document), sort_keys=False), encoding="utf-8")
        command = [str(venv_bin / "openapi-python-client"), "generate", "--path", str(view), "--config", str(config)]
        templates = Path(tmp) / "templates"
        shutil.copytree(TEMPLATES, templates, ignore=shutil.ignore_patterns("runtime", "tables", "__pycache__"))
        (templates / TEMPLATES_MODULE).write_text(templates_module(document), encoding="utf-8")
        command += ["--custom-template-path", str(templates), "--meta", META, "--output-path", str(staging)]
        result = subprocess.run([*command, "--fail-on-warning"], env=env, capture_output=True, text=True)
        if result.returncode != 0 or not (staging / "pyproject.toml").exists():
            sys.stderr.write(result.stdout + result.stderr)
            raise SystemExit(f"openapi-python-client failed (exit {result.returncode})")
        package = staging / PACKAGE
        shutil.copytree(RUNTIME, package, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copy2(ROOT / "LICENSE", staging / "LICENSE")
        (package / "_spec.py").write_text(spec_module(document), encoding="utf-8")
        (package / "params.py").write_text(params_module(document), encoding="utf-8")
        (package / "_iterators.py").write_text(iterators_module(document), encoding="utf-8")
        (package / "testing" / "_handlers.py").write_text(handlers_module(document), encoding="utf-8")
        (package / "openapi.json").write_text(json.dumps(document.raw, indent=1, ensure_ascii=False) + "\n")
        ruff = str(venv_bin / "ruff")
        subprocess.run([ruff, "check", "--no-cache", "--quiet", "--fix-only", str(package)], cwd=staging, check=True)
        subprocess.run([ruff, "format", "--no-cache", "--quiet", str(package)], cwd=staging, check=True)
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(staging, output)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="target folder")
    parser.add_argument("--spec", type=Path, default=SPEC, help="the document (default: openapi.yaml)")
    args = parser.parse_args()
    try:
        generate(args.output.resolve(), spec=args.spec)
    except DocumentError as error:  # what the document must change, by JSON pointer: no traceback
        raise SystemExit(f"{args.spec}: {error}") from None
    print(f"==> generated {args.output}")


if __name__ == "__main__":
    main()
