"""`make release-check`: the SDK has one version, and every place that states it agrees.

`info.version` of openapi.yaml is the package version. This check fails when any of these
disagree with it: the generated pyproject, `klarna_payments.__version__`, and the CHANGELOG's
top version entry (a leading `## [Unreleased]` section is allowed and skipped). When HEAD
carries a release tag, the tag must be `v<version>` and that CHANGELOG entry must be dated.

Usage: python scripts/release_check.py
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml
from packaging.version import InvalidVersion, Version

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
PYPROJECT = ROOT / "generated" / "pyproject.toml"
PACKAGE_INIT = ROOT / "generated" / "klarna_payments" / "__init__.py"
CHANGELOG = ROOT / "CHANGELOG.md"

# "## [1.2.0] - 2026-11-26" or "## [1.2.0] - Unreleased"; the link form of Keep a Changelog.
CHANGELOG_ENTRY = re.compile(r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>.+))?$", re.MULTILINE)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ReleaseCheckError(Exception):
    """A version source is missing or unreadable."""


def spec_version(document_text: str) -> Version:
    """`info.version` of an OpenAPI document, as a version number."""
    document = yaml.safe_load(document_text)
    try:
        return Version(str(document["info"]["version"]))
    except (TypeError, KeyError) as error:
        raise ReleaseCheckError("openapi.yaml has no info.version") from error
    except InvalidVersion as error:
        raise ReleaseCheckError(f"info.version is not a version number: {error}") from error


def pyproject_version(text: str) -> str:
    return str(tomllib.loads(text)["project"]["version"])


def package_version(init_text: str) -> str:
    match = re.search(r'^__version__ = "([^"]+)"$', init_text, re.MULTILINE)
    if match is None:
        raise ReleaseCheckError("klarna_payments/__init__.py sets no __version__")
    return match.group(1)


def changelog_entry(text: str) -> tuple[str, str | None]:
    """(version, date) of the CHANGELOG's top version entry, skipping `[Unreleased]`."""
    for match in CHANGELOG_ENTRY.finditer(text):
        if match.group("version").lower() != "unreleased":
            return match.group("version"), match.group("date")
    raise ReleaseCheckError("CHANGELOG.md has no `## [<version>] - <date>` entry")


def release_tag_at_head() -> str | None:
    result = subprocess.run(
        ["git", "tag", "--points-at", "HEAD", "--list", "v[0-9]*"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    tags = result.stdout.split()
    return tags[0] if result.returncode == 0 and tags else None


def problems(spec_text: str, pyproject_text: str, init_text: str, changelog_text: str, tag: str | None) -> list[str]:
    """Every disagreement between the version sources; empty when they agree."""
    version = str(spec_version(spec_text))
    found = []
    if (packaged := pyproject_version(pyproject_text)) != version:
        found.append(f"generated/pyproject.toml says {packaged}: run `make generate`")
    if (exported := package_version(init_text)) != version:
        found.append(f"klarna_payments.__version__ is {exported}: run `make generate`")
    logged, date = changelog_entry(changelog_text)
    if logged != version:
        found.append(f"CHANGELOG.md's top entry is [{logged}]: add a `## [{version}]` section above it")
    if tag is not None:
        if tag != f"v{version}":
            found.append(f"HEAD is tagged {tag}, but the version is {version}: tag it v{version}")
        if date is None or not ISO_DATE.match(date.strip()):
            found.append(f"HEAD is tagged {tag}, but CHANGELOG's [{logged}] has no release date (YYYY-MM-DD)")
    return found


def main() -> int:
    try:
        version = spec_version(SPEC.read_text())
        found = problems(
            SPEC.read_text(),
            PYPROJECT.read_text(),
            PACKAGE_INIT.read_text(),
            CHANGELOG.read_text(),
            release_tag_at_head(),
        )
    except (OSError, ReleaseCheckError) as error:
        print(f"release-check: {error}", file=sys.stderr)
        return 1
    if found:
        print(f"release-check: openapi.yaml's info.version is {version}, but", file=sys.stderr)
        for problem in found:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print(f"release-check: version {version} agrees in openapi.yaml, generated/, and CHANGELOG.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
