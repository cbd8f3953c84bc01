"""Fail when generated/ is not exactly what `make generate` would write now.

Regenerates into a temporary folder and compares every file. On a difference it prints which
files differ (a short unified diff for each, capped) and tells the reader to run make generate.
"""

from __future__ import annotations

import difflib
import filecmp
import sys
import tempfile
from pathlib import Path

from generate import DEFAULT_OUTPUT, generate

MAX_DIFF_LINES = 40


def relative_files(folder: Path) -> set[Path]:
    return {p.relative_to(folder) for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def describe_differences(expected: Path, actual: Path) -> list[str]:
    """Human-readable lines for every file that differs between two trees."""
    expected_files, actual_files = relative_files(expected), relative_files(actual)
    lines: list[str] = []
    for missing in sorted(expected_files - actual_files):
        lines.append(f"missing from generated/: {missing}")
    for extra in sorted(actual_files - expected_files):
        lines.append(f"not produced by the generator: generated/{extra}")
    for common in sorted(expected_files & actual_files):
        if filecmp.cmp(expected / common, actual / common, shallow=False):
            continue
        diff = list(
            difflib.unified_diff(
                (actual / common).read_text(encoding="utf-8").splitlines(),
                (expected / common).read_text(encoding="utf-8").splitlines(),
                fromfile=f"generated/{common} (committed)",
                tofile=f"generated/{common} (from openapi.yaml now)",
                lineterm="",
            )
        )
        lines.extend(diff[:MAX_DIFF_LINES])
        if len(diff) > MAX_DIFF_LINES:
            lines.append(f"... {len(diff) - MAX_DIFF_LINES} more diff lines in {common}")
    return lines


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="klarna-check-generated-") as tmp:
        fresh = Path(tmp) / "generated"
        generate(fresh)
        if not DEFAULT_OUTPUT.exists():
            print("generated/ does not exist: run make generate", file=sys.stderr)
            return 1
        differences = describe_differences(fresh, DEFAULT_OUTPUT)
    if differences:
        print("\n".join(differences), file=sys.stderr)
        print(
            "\ngenerated/ is stale (it differs from what openapi.yaml, generator-config.yaml and "
            "templates/ produce): run make generate and commit the result.",
            file=sys.stderr,
        )
        return 1
    print("==> generated/ is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
