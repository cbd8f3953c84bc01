"""`make test-deep`: the property tests with many random examples, then Schemathesis on Prism.

One Prism (free port) serves both. The property tests run with the `deep` Hypothesis profile
(300 random examples per property instead of 15 fixed ones); Schemathesis then generates
requests from openapi.yaml, valid and invalid, and checks every response Prism gives against
the document (status codes, content types, headers, schemas) and that valid requests are
accepted. Both print the seed to replay a failure.

Checks not run, because they test the mock rather than the document: `ignored_auth` (Prism
checks that HTTP Basic credentials are present, never their values) and `unsupported_method`
(Prism's 405 has no Allow header). scripts/schemathesis_hooks.py drops two more Prism
behaviours, precisely.

Usage: python scripts/test_deep.py [--max-examples N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from prism import PrismError, running_prism

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
PROPERTY_TESTS = "tests/contract/test_properties.py"
MOCK_ONLY_CHECKS = "ignored_auth,unsupported_method"


def property_tests(url: str) -> int:
    env = {**os.environ, "HYPOTHESIS_PROFILE": "deep", "TEST_API_BASE_URL": url}
    return subprocess.run([str(ROOT / "scripts" / "run_pytest.sh"), PROPERTY_TESTS, "--timeout=0"], env=env).returncode


def schemathesis(url: str, max_examples: int) -> int:
    env = {
        **os.environ,
        "SCHEMATHESIS_HOOKS": "schemathesis_hooks",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "scripts"), os.environ.get("PYTHONPATH")])),
    }
    command = [
        str(VENV_BIN / "schemathesis"),
        "run",
        str(ROOT / "openapi.yaml"),
        "--url",
        url,
        "--auth",
        "test-user:test-password",
        "--checks",
        "all",
        "--exclude-checks",
        MOCK_ONLY_CHECKS,
        "--max-examples",
        str(max_examples),
        "--request-timeout",
        "10",
    ]
    return subprocess.run(command, env=env, cwd=ROOT).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-examples", type=int, default=300, help="Schemathesis cases per operation")
    args = parser.parse_args()
    try:
        with running_prism() as url:
            print(f"==> Prism mock of openapi.yaml at {url}", flush=True)
            print("==> property tests, deep profile", flush=True)
            properties = property_tests(url)
            print("==> Schemathesis", flush=True)
            fuzzing = schemathesis(url, args.max_examples)
    except PrismError as error:
        print(error, file=sys.stderr)
        return 1
    print(
        f"==> property tests: {'passed' if properties == 0 else 'FAILED'}; "
        f"Schemathesis: {'passed' if fuzzing == 0 else 'FAILED'}"
    )
    return 0 if properties == fuzzing == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
