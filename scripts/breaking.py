"""`make breaking`: what changed since the last release is announced by the version.

Two gates, one version number (`info.version` of openapi.yaml, which is the package version):

- the document: `redocly diff` rates every change of openapi.yaml as major, minor or patch
  (its rules in redocly-diff.yaml: a value added to an enum is minor, as the SDK's response
  enums are open), and a request property that is gone (removed or renamed) is major too: the
  SDK refuses a body key the document does not know; an operation, parameter or property newly
  marked `deprecated: true` is minor (redocly rates it a patch; semver's minor announces
  deprecations, and the SDK warns where it is used);
- the Python surface: `griffe` compares the public API of generated/klarna_payments with the
  package at the base (a removed or renamed public name, a removed parameter, a changed
  signature; a template change the document never shows), and the annotations of the models'
  attributes and of the `params` TypedDicts' keys.

A breaking change fails unless the version takes a breaking step: the next major, or below 1.0
the next minor (0.1.0 -> 0.2.0), as semver's caret ranges read it. The message names each
change and the version to set. Other changes pass, with a note naming the version the next
release needs. On a release commit (HEAD tagged `v<version>`) the base is the previous release
and the document's version must match every change (`--check-version`).

The base is the newest release tag (`v<version>`) reachable from HEAD or, with none, the merge
base with `main`; uncommitted changes to openapi.yaml or generated/ are compared with the
newest release tag whatever HEAD is (HEAD's own tag included). When the base cannot be
determined (a shallow clone, or tags that were not fetched although CHANGELOG.md records a
release), the gate fails under CI (`CI` set) with how to fetch them, and warns elsewhere.
Only a repository that has never had a release passes without a base, and says so.

Usage: python scripts/breaking.py [--base REF]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from packaging.version import Version
from redocly import output_of, redocly
from release_check import CHANGELOG_ENTRY, ISO_DATE, ReleaseCheckError, spec_version

ROOT = Path(__file__).resolve().parent.parent
SPEC_NAME = "openapi.yaml"
DIFF_RULES = ROOT / "redocly-diff.yaml"
PACKAGE = "klarna_payments"
GENERATED = "generated"
FETCH_HINT = "git fetch --tags --unshallow origin (in CI: check out with full history and tags, e.g. fetch-depth: 0)"


@dataclass(frozen=True)
class Base:
    ref: str
    description: str
    is_previous_release: bool = False  # HEAD is a release: its version must match every change


def git(repo: Path, *args: str) -> str | None:
    """stdout of a git command, or None when it fails."""
    result = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True)
    return result.stdout.strip() if result.returncode == 0 else None


def last_release_tag(repo: Path, commit: str) -> str | None:
    return git(repo, "describe", "--tags", "--abbrev=0", "--match", "v[0-9]*", commit) or None


def find_base(repo: Path) -> Base | None:
    """What the working copy is compared with: see the module docstring."""
    edited = git(repo, "status", "--porcelain", "--", SPEC_NAME, GENERATED)
    if edited and (tag := last_release_tag(repo, "HEAD")):
        return Base(tag, f"release tag {tag} (with the uncommitted changes on top)")
    if git(repo, "tag", "--points-at", "HEAD", "--list", "v[0-9]*"):
        previous = last_release_tag(repo, "HEAD^")
        return Base(previous, f"the previous release {previous}", is_previous_release=True) if previous else None
    if tag := last_release_tag(repo, "HEAD"):
        return Base(tag, f"release tag {tag}")
    head = git(repo, "rev-parse", "HEAD")
    for branch in ("main", "origin/main"):
        if commit := git(repo, "merge-base", "HEAD", branch):
            # On main itself, never released: nothing older to compare with.
            return Base(commit, f"the merge base with {branch} ({commit[:12]})") if commit != head else None
    return None


def released_versions(changelog: str) -> list[str]:
    """Versions CHANGELOG.md records as released (dated entries)."""
    return [
        match.group("version")
        for match in CHANGELOG_ENTRY.finditer(changelog)
        if match.group("date") and ISO_DATE.match(match.group("date").strip())
    ]


def missing_history(repo: Path) -> str | None:
    """Why the base may be wrong or missing in this checkout, or None when the history is whole."""
    if git(repo, "rev-parse", "--is-shallow-repository") == "true":
        return "this clone is shallow: the release tags and the merge base may be missing"
    changelog = repo / "CHANGELOG.md"
    released = released_versions(changelog.read_text(encoding="utf-8")) if changelog.exists() else []
    missing = [version for version in released if not git(repo, "rev-parse", "--verify", "--quiet", f"v{version}")]
    if missing:
        return f"CHANGELOG.md records releases whose tags are not here: {', '.join('v' + v for v in missing)}"
    return None


def takes_breaking_step(base: Version, current: Version) -> bool:
    """Whether going from `base` to `current` announces incompatible changes."""
    if current.major != base.major:
        return current.major > base.major
    return current.major == 0 and current.minor > base.minor


def next_breaking_version(base: Version) -> Version:
    return Version(f"{base.major + 1}.0.0") if base.major else Version(f"0.{base.minor + 1}.0")


def redocly_diff(base_document: Path, document: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    return redocly("diff", str(base_document), document.name, "--config", str(DIFF_RULES), *flags, cwd=document.parent)


def removed_request_properties(base_text: str, document: Path) -> list[str]:
    """Request properties of the base the working copy no longer has (removed, or renamed)."""
    from sdk_document import Document

    config = {"class_overrides": {}}
    before = Document(yaml.safe_load(base_text), config)
    after = Document(yaml.safe_load(document.read_text(encoding="utf-8")), config)
    gone = []
    for name in sorted(before.request_side & set(after.schemas)):
        pointer = f"#/components/schemas/{name}"
        old, _ = before.object_schema(before.schemas[name], pointer)
        new, _ = after.object_schema(after.schemas[name], pointer)
        gone += [
            f"Request property `{key}` of `{name}` was removed or renamed: a body that sends it is refused."
            for key in old
            if key not in new and not before.resolve(old[key]).get("readOnly")
        ]
    return gone


def newly_deprecated(base_text: str, document: Path) -> list[str]:
    """Operations, parameters and properties of the base that the working copy marks `deprecated:
    true` and the base did not: minor changes (calls that use them warn)."""
    from sdk_document import Document

    config = {"class_overrides": {}}
    before = Document(yaml.safe_load(base_text), config)
    after = Document(yaml.safe_load(document.read_text(encoding="utf-8")), config)
    old_operations = {(op.method, op.path): op for op in before.operations()}
    found = []
    for op in after.operations():
        old = old_operations.get((op.method, op.path))
        if old is None:
            continue
        if op.node.get("deprecated") is True and old.node.get("deprecated") is not True:
            found.append(f"Operation `{op.operation_id}` ({op.method} {op.path}) became deprecated.")
        was = {(p["in"], p["name"]): p.get("deprecated") is True for p in old.parameters}
        found += [
            f"Parameter `{p['name']}` ({p['in']}) of `{op.operation_id}` became deprecated."
            for p in op.parameters
            if p.get("deprecated") is True and was.get((p["in"], p["name"])) is False
        ]
    for name in sorted(set(before.schemas) & set(after.schemas)):
        if not (before.is_object(before.schemas[name]) and after.is_object(after.schemas[name])):
            continue
        pointer = f"#/components/schemas/{name}"
        old_properties, _ = before.object_schema(before.schemas[name], pointer)
        new_properties, _ = after.object_schema(after.schemas[name], pointer)
        found += [
            f"Property `{key}` of `{name}` became deprecated."
            for key, prop in new_properties.items()
            if key in old_properties and after.is_deprecated(prop) and not before.is_deprecated(old_properties[key])
        ]
    return found


def next_minor_version(base: Version) -> Version:
    return Version(f"{base.major}.{base.minor + 1}.0")


def gate(base_text: str, document: Path, base: Base) -> tuple[bool, str]:
    """(passed, report) for the working copy `document` against the base's document text."""
    base_version, version = spec_version(base_text), spec_version(document.read_text())
    if version < base_version:
        return False, f"info.version went backwards: {base_version} at {base.description}, now {version}"
    flags = ["--fail-on", "none" if takes_breaking_step(base_version, version) else "major"]
    if base.is_previous_release:
        flags.append("--check-version")
    with tempfile.TemporaryDirectory(prefix="klarna-breaking-") as tmp:
        base_document = Path(tmp) / f"openapi@{re.sub(r'[^A-Za-z0-9.-]', '_', base.ref[:12])}.yaml"
        base_document.write_text(base_text)
        result = redocly_diff(base_document, document, *flags)
        needed = redocly_diff(base_document, document, "--format", "next-version").stdout.strip()
    report = output_of(result)
    deprecated = newly_deprecated(base_text, document)
    if deprecated:
        report += "\n\n" + "\n".join(f"✔ minor  {line}" for line in deprecated)
        minor = next_minor_version(base_version)
        needed = str(max(Version(needed), minor)) if needed else str(minor)
        if base.is_previous_release and version < minor:
            result = subprocess.CompletedProcess(result.args, 1, result.stdout, result.stderr)
    gone = removed_request_properties(base_text, document)
    if gone:
        report += "\n\n" + "\n".join(f"✖ major  {line}" for line in gone)
        breaking = next_breaking_version(base_version)
        needed = str(max(Version(needed), breaking)) if needed else str(breaking)
        if not takes_breaking_step(base_version, version):
            result = subprocess.CompletedProcess(result.args, 1, result.stdout, result.stderr)
    if result.returncode != 0:
        return False, (
            f"{report}\n\nopenapi.yaml changed since {base.description} (info.version {base_version}) "
            f"in ways version {version} does not announce. Set info.version to {needed or 'a higher version'}, "
            "run `make generate`, and add that version's section to CHANGELOG.md."
        )
    if needed and Version(needed) > version:
        report += (
            f"\n\nNote: these changes need info.version {needed} or higher before they are released "
            f"(it is {version}); `make breaking` fails on a release commit until then."
        )
    return True, report


def python_surface_changes(repo: Path, base: Base) -> list[str] | None:
    """The breaking changes of generated/klarna_payments's public API since `base`, one line each;
    None when the base has no such package to compare with."""
    import griffe

    try:
        old = griffe.load_git(PACKAGE, ref=base.ref, repo=repo, search_paths=[GENERATED])
    except (ImportError, ModuleNotFoundError, OSError, RuntimeError):
        return None
    new = griffe.load(PACKAGE, search_paths=[repo / GENERATED], allow_inspection=False)
    found = {_plain(breakage.explain()) for breakage in griffe.find_breaking_changes(old, new)}
    return sorted(found | set(changed_annotations(old, new)))


def changed_annotations(old: Any, new: Any) -> list[str]:
    """Attributes of the models and keys of the params TypedDicts whose type changed (a widened
    response type breaks readers under a type checker, a narrowed request type breaks callers)."""
    changes = []
    for module in ("models", "params"):
        if module not in old.members or module not in new.members:
            continue
        for class_name, before in _classes(old.members[module]).items():
            after = _classes(new.members[module]).get(class_name)
            if after is None:
                continue
            for name, attribute in before.attributes.items():
                kept = after.attributes.get(name)
                if kept is not None and str(attribute.annotation) != str(kept.annotation):
                    path = f"{module}.{class_name}.{name}"
                    changes.append(f"{path}: type changed: {attribute.annotation} -> {kept.annotation}")
    return changes


def _classes(module: Any) -> dict[str, Any]:
    """The classes a module defines or re-exports (the models package re-exports its modules' classes)."""
    import griffe

    found = {}
    for name, member in module.members.items():
        try:
            target = member.final_target if member.is_alias else member
        except (griffe.AliasResolutionError, griffe.CyclicAliasError):
            continue  # an import from outside the package (typing.Literal)
        if getattr(target, "is_class", False):
            found[name] = target
        elif getattr(target, "is_module", False):
            found.update({n: m for n, m in target.members.items() if not m.is_alias and m.is_class})
    return found


def _plain(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", text).strip()


def python_gate(repo: Path, base: Base, base_version: Version, version: Version) -> tuple[bool, str]:
    """(passed, report) for the Python surface against `base`."""
    changes = python_surface_changes(repo, base)
    if changes is None:
        return True, f"Python surface: {base.description} has no {GENERATED}/{PACKAGE} to compare with"
    if not changes:
        return True, f"Python surface: no breaking change since {base.description}"
    listed = "\n".join(f"  - {change}" for change in changes)
    if takes_breaking_step(base_version, version):
        return True, f"Python surface: breaking changes since {base.description}, announced by {version}:\n{listed}"
    return False, (
        f"Python surface: breaking changes since {base.description} (version {base_version}):\n{listed}\n\n"
        f"Version {version} does not announce them. Set info.version to {next_breaking_version(base_version)} "
        "in openapi.yaml, run `make generate`, and add that version's section to CHANGELOG.md."
    )


def main(argv: list[str] | None = None, repo: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="compare with this git ref instead of the last release")
    args = parser.parse_args(argv)
    problem = None if args.base else missing_history(repo)
    if problem and os.environ.get("CI"):
        print(f"breaking: cannot determine the base to compare with: {problem}. Run: {FETCH_HINT}", file=sys.stderr)
        return 1
    if problem:
        print(f"breaking: warning: {problem}; the comparison below may use the wrong base ({FETCH_HINT})")
    base = Base(args.base, args.base) if args.base else find_base(repo)
    if base is None:
        print("breaking: this repository has never had a release (no v* tag) and HEAD is main: nothing to compare with")
        return 0
    base_text = git(repo, "show", f"{base.ref}:{SPEC_NAME}")
    if base_text is None:
        print(f"breaking: {base.description} has no {SPEC_NAME}; nothing to compare with")
        return 0
    try:
        document_passed, document_report = gate(base_text, repo / SPEC_NAME, base)
        version, base_version = spec_version((repo / SPEC_NAME).read_text()), spec_version(base_text)
    except ReleaseCheckError as error:
        print(f"breaking: {error}", file=sys.stderr)
        return 1
    python_passed, python_report = python_gate(repo, base, base_version, version)
    passed = document_passed and python_passed
    report = f"breaking: against {base.description}\nopenapi.yaml:\n{document_report}\n{python_report}"
    print(report, file=sys.stdout if passed else sys.stderr)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
