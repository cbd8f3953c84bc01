"""`make test-compat`: tests/runtime/ with httpx and attrs at the bounds the package declares.

The built wheel goes, without its dependencies, into .venv-compat/lowest (httpx 0.25.0, attrs
22.2.0, the `otel` extra's opentelemetry-api 1.30.0 with its SDK) and .venv-compat/newest (the
newest versions allowed), which `make bootstrap` made from
requirements/compat-*.txt; each then runs the runtime tests. The two runs go in parallel: they
spend most of their time waiting on real timeouts.

Usage: python scripts/test_compat.py [pytest arguments]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from build_dist import BuildError, build

ROOT = Path(__file__).resolve().parent.parent
VENVS = {bound: ROOT / ".venv-compat" / bound for bound in ("lowest", "newest")}
UV = Path(sys.executable).parent / "uv"  # the venvs have no pip: `make bootstrap` filled them with uv
NO_TESTS = 5  # pytest's exit code when it collected nothing: a failure here


def versions(python: Path) -> str:
    code = (
        "import attrs, httpcore, httpx; from opentelemetry.version import __version__ as otel; "
        "print(f'httpx {httpx.__version__}, httpcore {httpcore.__version__}, attrs {attrs.__version__}, "
        "opentelemetry-api {otel}')"
    )
    return subprocess.run([str(python), "-c", code], check=True, capture_output=True, text=True).stdout.strip()


def main(argv: list[str]) -> int:
    missing = [bound for bound, venv in VENVS.items() if not (venv / "bin" / "python").exists()]
    if missing:
        print(f"test-compat: no .venv-compat/{missing[0]}: run `make bootstrap`", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="klarna-compat-") as tmp:
        try:
            _, wheel = build(Path(tmp))
        except BuildError as error:
            print(f"test-compat: {error}", file=sys.stderr)
            return 1
        runs = {}
        for bound, venv in VENVS.items():
            python = venv / "bin" / "python"
            install = [str(UV), "pip", "install", "--quiet", "--python", str(python), "--no-deps", "--reinstall"]
            subprocess.run([*install, str(wheel)], check=True)
            command = [str(python), "-m", "pytest", "tests/runtime", "-q", "-p", "no:cacheprovider", *argv]
            log = Path(tmp) / f"{bound}.log"
            runs[bound] = (
                versions(python),
                log,
                subprocess.Popen(command, cwd=ROOT, stdout=log.open("w"), stderr=subprocess.STDOUT),
            )
        started, failed = time.monotonic(), []
        for bound, (pinned, log, process) in runs.items():
            code = process.wait()
            lines = log.read_text().splitlines()
            summary = lines[-1] if lines else "no output"
            print(f"==> compat {bound} ({pinned}): {summary}")
            if code != 0:
                failed.append(bound)
                print("\n".join(lines[-40:]) if code != NO_TESTS else "pytest collected no tests", file=sys.stderr)
        print(f"==> compat: both runs took {time.monotonic() - started:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
