"""`make release-check`: openapi.yaml's info.version is the one version every other place states."""

from __future__ import annotations

import pytest
from release_check import ReleaseCheckError, changelog_entry, problems
from sdk_document import ROOT

SPEC = "openapi: 3.1.0\ninfo:\n  title: Klarna Payments\n  version: {version}\npaths: {{}}\n"
PYPROJECT = '[project]\nname = "klarna-payments"\nversion = "{version}"\n'
INIT = '"""SDK."""\n\n__version__ = "{version}"\n'
CHANGELOG = "# Changelog\n\n## [Unreleased]\n\n## [{version}] - {date}\n\n### Added\n- x\n\n## [0.0.9] - 2026-01-01\n"


def sources(
    spec: str = "0.2.0", pyproject: str = "0.2.0", init: str = "0.2.0", logged: str = "0.2.0", date: str = "2026-11-26"
):
    return (
        SPEC.format(version=spec),
        PYPROJECT.format(version=pyproject),
        INIT.format(version=init),
        CHANGELOG.format(version=logged, date=date),
    )


def test_agreeing_sources_have_no_problems() -> None:
    assert problems(*sources(), tag=None) == []


def test_the_repository_itself_agrees() -> None:
    texts = [
        (ROOT / path).read_text()
        for path in (
            "openapi.yaml",
            "generated/pyproject.toml",
            "generated/klarna_payments/__init__.py",
            "CHANGELOG.md",
        )
    ]
    assert problems(*texts, tag=None) == []


def test_stale_generated_pyproject_says_to_run_make_generate() -> None:
    assert problems(*sources(pyproject="0.1.0"), tag=None) == [
        "generated/pyproject.toml says 0.1.0: run `make generate`"
    ]


def test_stale_dunder_version_says_to_run_make_generate() -> None:
    assert problems(*sources(init="0.1.0"), tag=None) == ["klarna_payments.__version__ is 0.1.0: run `make generate`"]


def test_changelog_without_a_section_for_the_version_is_a_problem() -> None:
    assert problems(*sources(logged="0.1.0"), tag=None) == [
        "CHANGELOG.md's top entry is [0.1.0]: add a `## [0.2.0]` section above it"
    ]


def test_unreleased_heading_is_skipped_when_reading_the_top_entry() -> None:
    assert changelog_entry(CHANGELOG.format(version="1.4.0", date="Unreleased")) == ("1.4.0", "Unreleased")


def test_changelog_without_version_entries_is_an_error() -> None:
    with pytest.raises(ReleaseCheckError, match="no `## \\[<version>\\]"):
        changelog_entry("# Changelog\n\n## [Unreleased]\n")


def test_release_tag_must_name_the_version() -> None:
    assert problems(*sources(), tag="v0.1.9") == ["HEAD is tagged v0.1.9, but the version is 0.2.0: tag it v0.2.0"]


def test_release_tag_needs_a_dated_changelog_entry() -> None:
    assert problems(*sources(date="Unreleased"), tag="v0.2.0") == [
        "HEAD is tagged v0.2.0, but CHANGELOG's [0.2.0] has no release date (YYYY-MM-DD)"
    ]


def test_unversioned_document_is_an_error() -> None:
    spec, pyproject, init, changelog = sources()
    with pytest.raises(ReleaseCheckError, match="not a version number"):
        problems(spec.replace("0.2.0", "latest"), pyproject, init, changelog, tag=None)


def test_make_build_installs_only_the_python_tools() -> None:
    makefile = (ROOT / "Makefile").read_text()
    recipe = makefile[makefile.index("\nbuild:") :].split("\n\n")[0]
    assert "scripts/bootstrap.sh build" in recipe and "bootstrap ##" not in recipe.split("\n")[1]
    bootstrap = (ROOT / "scripts" / "bootstrap.sh").read_text()
    assert '[[ "$profile" == build ]] && node_current=true' in bootstrap
    assert "build) layers=(runtime test) ;;" in bootstrap
