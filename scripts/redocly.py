"""Run the pinned Redocly CLI (node_modules) quietly, for `make breaking` and `make docs`.

Redocly checks for updates and sends telemetry over the network unless told not to, and under
Node 20 prints a boxed deprecation notice on every run; neither belongs in a test log.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
QUIET = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
NOTICE_BOX = ("╔", "║", "╚")


def redocly(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """`redocly ARGS` in `cwd`, output captured."""
    return subprocess.run([str(REDOCLY), *args], cwd=cwd, env={**os.environ, **QUIET}, capture_output=True, text=True)


def output_of(result: subprocess.CompletedProcess[str]) -> str:
    """stdout and stderr without the deprecation notice box, blank runs collapsed."""
    lines = (result.stdout + "\n" + result.stderr).splitlines()
    kept = "\n".join(line for line in lines if not line.lstrip().startswith(NOTICE_BOX))
    return re.sub(r"\n{3,}", "\n\n", kept).strip()
