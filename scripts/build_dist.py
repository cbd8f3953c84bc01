"""`make build`: the sdist and wheel of generated/ in dist/, with their metadata checked.

The build runs on a copy of generated/, so the backend's scratch files never land in the
committed output, and without build isolation: the backend (pdm-backend) is pinned in
requirements/runtime.txt, so nothing is downloaded. SOURCE_DATE_EPOCH is the last commit's time,
which makes the archives' timestamps reproducible.

The wheel must declare exactly the runtime dependencies the SDK promises (httpx and attrs):
a stray generator dependency such as python-dateutil would reach every user's environment.
Both archives must pass `twine check --strict`, as an index would judge their metadata.

Usage: python scripts/build_dist.py [--outdir DIR]
"""

from __future__ import annotations

import argparse
import email.parser
import os
import shutil
import subprocess
import sys
import tempfile
import venv
import zipfile
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
DEFAULT_OUTDIR = ROOT / "dist"
RUNTIME_DEPENDENCIES = frozenset({"httpx", "attrs"})
# The runtime dependencies' wheels at their pinned versions, downloaded by `make bootstrap`.
WHEELHOUSE = ROOT / ".venv" / "wheelhouse"


class BuildError(RuntimeError):
    """The build failed or produced a wheel with the wrong metadata."""


def source_date_epoch() -> str:
    result = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True)
    return result.stdout.strip() if result.returncode == 0 and result.stdout.strip() else "315532800"


def build(outdir: Path) -> tuple[Path, Path]:
    """Build generated/ into `outdir` (replacing same-named files); returns (sdist, wheel)."""
    with tempfile.TemporaryDirectory(prefix="klarna-build-") as tmp:
        source, staging = Path(tmp) / "klarna-payments", Path(tmp) / "dist"
        shutil.copytree(GENERATED, source, ignore=shutil.ignore_patterns("__pycache__"))
        result = subprocess.run(
            [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(staging), str(source)],
            env={**os.environ, "SOURCE_DATE_EPOCH": source_date_epoch()},
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise BuildError(f"python -m build failed:\n{result.stdout}\n{result.stderr}")
        sdists, wheels = sorted(staging.glob("*.tar.gz")), sorted(staging.glob("*.whl"))
        if len(sdists) != 1 or len(wheels) != 1:
            raise BuildError(f"expected one sdist and one wheel, found {sorted(p.name for p in staging.iterdir())}")
        check_dependencies(wheels[0])
        check_metadata([sdists[0], wheels[0]])
        outdir.mkdir(parents=True, exist_ok=True)
        return Path(shutil.copy2(sdists[0], outdir)), Path(shutil.copy2(wheels[0], outdir))


def wheel_requirements(wheel: Path) -> list[Requirement]:
    """A wheel's Requires-Dist, the extras' included (their marker names the extra)."""
    with zipfile.ZipFile(wheel) as archive:
        metadata_name = next(name for name in archive.namelist() if name.endswith(".dist-info/METADATA"))
        metadata = email.parser.Parser().parsestr(archive.read(metadata_name).decode())
    return [Requirement(line) for line in metadata.get_all("Requires-Dist") or []]


def wheel_dependencies(wheel: Path) -> set[str]:
    """Names of the distributions a wheel requires (Requires-Dist without extras)."""
    requirements = wheel_requirements(wheel)
    return {req.name.lower() for req in requirements if req.marker is None or "extra" not in str(req.marker)}


def check_dependencies(wheel: Path) -> None:
    declared = wheel_dependencies(wheel)
    if declared != RUNTIME_DEPENDENCIES:
        raise BuildError(
            f"{wheel.name} requires {sorted(declared)}; the SDK promises exactly {sorted(RUNTIME_DEPENDENCIES)}"
        )


def check_metadata(distributions: list[Path]) -> None:
    """`twine check --strict`: the metadata an index shows (a README that renders, a summary)."""
    command = [sys.executable, "-m", "twine", "check", "--strict", *map(str, distributions)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise BuildError(f"twine check --strict failed:\n{result.stdout}{result.stderr}")


def install_in_new_venv(wheel: Path, directory: Path) -> Path:
    """A new venv in `directory` holding `wheel` and what it requires, installed offline from
    the wheelhouse (so a requirement beyond httpx, attrs and theirs fails); returns its Python."""
    if not any(WHEELHOUSE.glob("*.whl")):
        raise BuildError(f"no wheels in {WHEELHOUSE}: run `make bootstrap`")
    venv.create(directory, with_pip=True)
    python = directory / "bin" / "python"
    install = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-index"]
    result = subprocess.run([*install, "--find-links", str(WHEELHOUSE), str(wheel)], capture_output=True, text=True)
    if result.returncode != 0:
        raise BuildError(f"installing {wheel.name} offline failed:\n{result.stdout}\n{result.stderr}")
    return python


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outdir", type=Path, default=DEFAULT_OUTDIR)
    args = parser.parse_args()
    try:
        artefacts = build(args.outdir.resolve())
    except BuildError as error:
        print(f"build: {error}", file=sys.stderr)
        return 1
    for path in artefacts:
        print(f"build: {path} ({path.stat().st_size / 1024:.0f} KiB)")
    print(f"build: runtime dependencies {', '.join(sorted(RUNTIME_DEPENDENCIES))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
