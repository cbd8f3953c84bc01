"""`make demo`: run examples/quickstart.py against a Prism mock of openapi.yaml, then stop Prism."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from prism import PrismError, running_prism

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    try:
        with running_prism() as url:
            print(f"==> Prism mock of openapi.yaml at {url}", flush=True)
            # Demo credentials: Prism checks that HTTP Basic is present, never its values.
            env = {**os.environ, "KLARNA_BASE_URL": url, "KLARNA_USERNAME": "demo", "KLARNA_PASSWORD": "demo"}
            env.pop("KLARNA_API_KEY", None)
            return subprocess.run([sys.executable, str(ROOT / "examples" / "quickstart.py")], env=env).returncode
    except PrismError as error:
        print(error, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
