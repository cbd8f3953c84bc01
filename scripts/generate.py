"""Generate the SDK from openapi.yaml into generated/ (or another folder).

openapi-python-client always writes into a fresh temporary folder; only a complete, successful
run replaces the output folder, so a failed generation never leaves half a package behind and
files of removed schemas never linger.

Usage: python scripts/generate.py [--output DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "templates"
DEFAULT_OUTPUT = ROOT / "generated"
META = "pdm"


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
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(staging, output)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="target folder")
    args = parser.parse_args()
    generate(args.output.resolve())
    print(f"==> generated {args.output}")


if __name__ == "__main__":
    main()
