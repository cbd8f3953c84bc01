"""`make breaking`: openapi.yaml's changes since the last release are announced by its version."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from breaking import Base, find_base, gate, main, missing_history, python_gate, takes_breaking_step
from packaging.version import Version
from sdk_document import ROOT

from tests.support.git import git

Document = dict[str, Any]
SINCE_MAIN = Base("main", "the merge base with main")
PREVIOUS_RELEASE = Base("v0.1.0", "the previous release v0.1.0", is_previous_release=True)


def load_document() -> Document:
    return yaml.safe_load((ROOT / "openapi.yaml").read_text())


def with_version(document: Document, version: str) -> Document:
    document["info"]["version"] = version
    return document


def remove_response_property(document: Document) -> Document:
    del document["components"]["schemas"]["order"]["properties"]["redirect_url"]
    return document


def require_request_field(document: Document) -> Document:
    document["components"]["schemas"]["create_order_request"]["required"].append("merchant_reference1")
    return document


def add_optional_request_field(document: Document) -> Document:
    properties = document["components"]["schemas"]["create_order_request"]["properties"]
    properties["gift_message"] = {"type": "string", "description": "A note printed on the packing slip."}
    return document


def reword_a_description(document: Document) -> Document:
    document["components"]["schemas"]["order"]["description"] = "The order that Klarna created."
    return document


@pytest.fixture
def run_gate(tmp_path: Path) -> Callable[..., tuple[bool, str]]:
    """gate() with the repository's document as base and a changed copy as the working copy."""

    def run(change: Callable[[Document], Document], *, base_version: str = "0.1.0", base: Base = SINCE_MAIN):
        base_text = yaml.safe_dump(with_version(load_document(), base_version), sort_keys=False)
        working_copy = tmp_path / "openapi.yaml"
        working_copy.write_text(yaml.safe_dump(change(with_version(load_document(), base_version)), sort_keys=False))
        return gate(base_text, working_copy, base)

    return run


def test_unchanged_document_passes(run_gate) -> None:
    passed, report = run_gate(lambda document: document)
    assert passed, report
    assert "Note:" not in report


def test_removing_a_response_property_fails_and_names_the_version_to_set(run_gate) -> None:
    passed, report = run_gate(remove_response_property)
    assert not passed
    assert "Property `redirect_url` of `order` was removed" in report
    assert "Set info.version to 0.2.0" in report


def test_making_a_request_field_required_fails(run_gate) -> None:
    passed, report = run_gate(require_request_field)
    assert not passed
    assert "merchant_reference1" in report


def test_adding_an_optional_field_passes_with_a_note_on_the_bump_it_needs(run_gate) -> None:
    passed, report = run_gate(add_optional_request_field)
    assert passed, report
    assert "need info.version 0.2.0 or higher before they are released" in report


def test_adding_an_optional_field_with_a_minor_bump_passes_without_a_note(run_gate) -> None:
    passed, report = run_gate(lambda document: with_version(add_optional_request_field(document), "0.2.0"))
    assert passed, report
    assert "Note:" not in report


def test_breaking_change_below_1_0_passes_with_the_next_minor(run_gate) -> None:
    passed, report = run_gate(lambda document: with_version(remove_response_property(document), "0.2.0"))
    assert passed, report


def test_breaking_change_from_1_0_fails_with_a_minor_bump(run_gate) -> None:
    passed, report = run_gate(
        lambda document: with_version(remove_response_property(document), "1.1.0"), base_version="1.0.0"
    )
    assert not passed
    assert "Set info.version to 2.0.0" in report


def test_breaking_change_from_1_0_passes_with_the_next_major(run_gate) -> None:
    passed, report = run_gate(
        lambda document: with_version(remove_response_property(document), "2.0.0"), base_version="1.0.0"
    )
    assert passed, report


def test_release_with_a_changed_document_and_unchanged_version_fails(run_gate) -> None:
    passed, report = run_gate(reword_a_description, base=PREVIOUS_RELEASE)
    assert not passed
    assert "Set info.version to 0.1.1" in report


def test_release_whose_version_matches_its_changes_passes(run_gate) -> None:
    passed, report = run_gate(
        lambda document: with_version(reword_a_description(document), "0.1.1"), base=PREVIOUS_RELEASE
    )
    assert passed, report


def test_version_going_backwards_fails(run_gate) -> None:
    passed, report = run_gate(lambda document: with_version(document, "0.0.9"))
    assert not passed
    assert "went backwards" in report


@pytest.mark.parametrize(
    ("base", "current", "breaking_step"),
    [
        ("0.1.0", "0.2.0", True),
        ("0.1.0", "0.1.1", False),
        ("0.1.0", "1.0.0", True),
        ("1.2.0", "1.3.0", False),
        ("1.2.0", "2.0.0", True),
        ("1.2.0", "1.2.0", False),
    ],
)
def test_breaking_step_follows_caret_ranges(base: str, current: str, breaking_step: bool) -> None:
    assert takes_breaking_step(Version(base), Version(current)) is breaking_step


# Choosing the base


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "--quiet", "--initial-branch=main")
    commit(tmp_path, "first")
    return tmp_path


def commit(repo: Path, message: str) -> str:
    (repo / "openapi.yaml").write_text(f"# {message}\n")
    git(repo, "add", "openapi.yaml")
    git(repo, "commit", "--quiet", "-m", message)
    return git(repo, "rev-parse", "HEAD")


def test_without_tags_the_base_is_the_merge_base_with_main(repo: Path) -> None:
    fork_point = git(repo, "rev-parse", "HEAD")
    git(repo, "switch", "--quiet", "-c", "feature")
    commit(repo, "feature work")
    base = find_base(repo)
    assert base is not None
    assert (base.ref, base.is_previous_release) == (fork_point, False)


def test_the_newest_release_tag_is_the_base(repo: Path) -> None:
    git(repo, "tag", "v0.1.0")
    commit(repo, "second")
    git(repo, "tag", "v0.2.0")
    commit(repo, "unreleased work")
    assert find_base(repo) == Base("v0.2.0", "release tag v0.2.0")


def test_a_release_commit_is_compared_with_the_previous_release(repo: Path) -> None:
    git(repo, "tag", "v0.1.0")
    commit(repo, "release 0.2.0")
    git(repo, "tag", "v0.2.0")
    assert find_base(repo) == Base("v0.1.0", "the previous release v0.1.0", is_previous_release=True)


def test_tags_that_are_not_releases_are_ignored(repo: Path) -> None:
    git(repo, "tag", "nightly")
    fork_point = git(repo, "rev-parse", "HEAD")
    git(repo, "switch", "--quiet", "-c", "feature")
    commit(repo, "feature work")
    base = find_base(repo)
    assert base is not None
    assert base.ref == fork_point


def test_main_without_a_release_has_no_base(repo: Path) -> None:
    assert find_base(repo) is None


def test_no_base_without_tags_or_main(repo: Path) -> None:
    git(repo, "branch", "--quiet", "-m", "main", "trunk")
    assert find_base(repo) is None


# The Python surface (griffe) and checkouts that lack the history to compare with

PACKAGE_V1 = (
    'def create_order(token: str, body: dict, *, idempotency_key: str | None = None) -> None:\n    """Create."""\n'
)


def commit_package(repo: Path, source: str, message: str) -> None:
    package = repo / "generated" / "klarna_payments"
    package.mkdir(parents=True, exist_ok=True)
    (package / "__init__.py").write_text(source)
    git(repo, "add", "generated")
    git(repo, "commit", "--quiet", "-m", message)


@pytest.fixture
def released_package(repo: Path) -> Path:
    """A repository whose v0.1.0 release holds a one-function package in generated/."""
    commit_package(repo, PACKAGE_V1, "release 0.1.0")
    git(repo, "tag", "v0.1.0")
    return repo


def gate_after_editing(repo: Path, old: str, new: str, *, proposed: str) -> tuple[bool, str]:
    """The Python gate once the released package's `old` reads `new`, at version `proposed`."""
    (repo / "generated/klarna_payments/__init__.py").write_text(PACKAGE_V1.replace(old, new))
    return python_gate(repo, Base("v0.1.0", "release tag v0.1.0"), Version("0.1.0"), Version(proposed))


def test_a_removed_parameter_fails_the_python_gate_and_names_the_version(released_package: Path) -> None:
    passed, report = gate_after_editing(
        released_package, ", *, idempotency_key: str | None = None", "", proposed="0.1.1"
    )
    assert not passed
    assert "create_order(idempotency_key): Parameter was removed" in report
    assert "Set info.version to 0.2.0" in report


def test_a_renamed_public_name_fails_the_python_gate(released_package: Path) -> None:
    passed, report = gate_after_editing(released_package, "create_order", "place_order", proposed="0.1.0")
    assert not passed
    assert "create_order: Public object was removed" in report


def test_a_breaking_python_change_passes_with_a_breaking_version_step(released_package: Path) -> None:
    passed, report = gate_after_editing(released_package, "create_order", "place_order", proposed="0.2.0")
    assert passed, report
    assert "announced by 0.2.0" in report


def test_an_added_optional_parameter_passes_the_python_gate(released_package: Path) -> None:
    added = "idempotency_key: str | None = None, timeout: float = 1.0"
    passed, report = gate_after_editing(released_package, "idempotency_key: str | None = None", added, proposed="0.1.0")
    assert passed, report


def test_a_shallow_clone_is_missing_history(released_package: Path, tmp_path: Path) -> None:
    commit(released_package, "after the release")
    clone = tmp_path / "shallow"
    git(tmp_path, "clone", "--quiet", "--depth", "1", f"file://{released_package}", str(clone))
    assert "shallow" in (missing_history(clone) or "")


def test_a_release_recorded_without_its_tag_is_missing_history(repo: Path) -> None:
    (repo / "CHANGELOG.md").write_text("# Changelog\n\n## [0.2.0] - Unreleased\n\n## [0.1.0] - 2026-11-01\n")
    assert missing_history(repo) == "CHANGELOG.md records releases whose tags are not here: v0.1.0"
    git(repo, "tag", "v0.1.0")
    assert missing_history(repo) is None


def test_under_ci_missing_history_fails_and_says_how_to_fetch(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "CHANGELOG.md").write_text("# Changelog\n\n## [0.1.0] - 2026-11-01\n")
    monkeypatch.setenv("CI", "true")
    assert main([], repo=repo) == 1
    assert "git fetch --tags --unshallow" in capsys.readouterr().err


def test_a_repository_that_never_had_a_release_passes_and_says_so(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CI", "true")
    assert main([], repo=repo) == 0
    assert "never had a release" in capsys.readouterr().out


# Types of the models' attributes and of the params' keys; uncommitted edits on a release


def commit_files(repo: Path, files: dict[str, str], message: str) -> None:
    for name, source in files.items():
        path = repo / "generated" / "klarna_payments" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source)
    git(repo, "add", "generated")
    git(repo, "commit", "--quiet", "-m", message)


TYPED_PACKAGE = {
    "__init__.py": '"""SDK."""\n',
    "params.py": "from typing import Literal, TypedDict\n\n\nclass OrderLineParam(TypedDict, total=False):\n"
    "    type: Literal['physical', 'digital']\n",
    "models/__init__.py": "from .order_line import OrderLine\n\n__all__ = ['OrderLine']\n",
    "models/order_line.py": "class OrderLine:\n    type_: str\n",
}


@pytest.mark.parametrize(
    ("file", "old", "new", "named"),
    [
        ("params.py", "Literal['physical', 'digital']", "Literal['physical', 'digital'] | str", "OrderLineParam.type"),
        ("models/order_line.py", "type_: str", "type_: str | None", "OrderLine.type_"),
    ],
    ids=["TypedDict key", "model attribute"],
)
def test_a_changed_type_fails_the_python_gate(repo: Path, file: str, old: str, new: str, named: str) -> None:
    commit_files(repo, TYPED_PACKAGE, "release 0.1.0")
    git(repo, "tag", "v0.1.0")
    path = repo / "generated" / "klarna_payments" / file
    path.write_text(path.read_text().replace(old, new))
    passed, report = python_gate(repo, Base("v0.1.0", "release tag v0.1.0"), Version("0.1.0"), Version("0.1.0"))
    assert not passed
    assert f"{named}: type changed" in report


def test_unchanged_types_pass_the_python_gate(repo: Path) -> None:
    commit_files(repo, TYPED_PACKAGE, "release 0.1.0")
    git(repo, "tag", "v0.1.0")
    passed, report = python_gate(repo, Base("v0.1.0", "release tag v0.1.0"), Version("0.1.0"), Version("0.1.0"))
    assert passed, report


def test_uncommitted_edits_on_a_tagged_head_are_compared_with_that_release(repo: Path) -> None:
    git(repo, "tag", "v0.1.0")
    (repo / "openapi.yaml").write_text((repo / "openapi.yaml").read_text() + "\n# an edit\n")
    base = find_base(repo)
    assert base is not None and base.ref == "v0.1.0" and not base.is_previous_release


def test_a_removed_request_property_fails_the_document_gate(run_gate) -> None:
    def remove(document: Document) -> Document:
        del document["components"]["schemas"]["create_order_request"]["properties"]["merchant_reference2"]
        return document

    passed, report = run_gate(remove)
    assert not passed
    assert "Request property `merchant_reference2` of `create_order_request` was removed or renamed" in report
    assert "Set info.version to 0.2.0" in report


def test_an_added_response_enum_value_is_minor(run_gate) -> None:
    def add(document: Document) -> Document:
        document["components"]["schemas"]["order"]["properties"]["fraud_status"]["enum"].append("UNDER_REVIEW")
        return document

    passed, report = run_gate(add)
    assert passed, report
    assert "0.1.1" not in report or "minor" in report
