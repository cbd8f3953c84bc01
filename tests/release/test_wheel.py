"""`make build`: the wheel installs on its own and needs nothing beyond httpx and attrs.

The wheel goes into an empty venv from the pinned wheels `make bootstrap` downloaded (offline,
`--no-index`), and that venv's Python calls Prism: proof of the metadata, the package data and
the runtime dependency list, without the repository's .venv anywhere on the path.
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import distribution
from pathlib import Path

import pytest
from build_dist import RUNTIME_DEPENDENCIES, build, install_in_new_venv, wheel_dependencies, wheel_requirements
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from sdk_document import ROOT

EXAMPLE_ORDER_ID = "3eaeb557-5e30-47f8-b840-b8d987f5945d"  # openapi.yaml's createOrder 200 example

ONE_CALL = """
import json, sys
import klarna_payments
from klarna_payments import KlarnaPayments

with KlarnaPayments(base_url=sys.argv[1], username="wheel-test", password="wheel-test", max_retries=0) as klarna:
    order = klarna.orders.create_order(
        "2b7c6614-90a5-427c-bf0d-2879888822fb",
        {"purchase_country": "SE", "purchase_currency": "SEK", "order_amount": 1000,
         "order_lines": [{"name": "Kaffe", "quantity": 1, "unit_price": 1000, "total_amount": 1000}]},
    )
print(json.dumps({"order_id": order.order_id, "version": klarna_payments.__version__,
                  "module": klarna_payments.__file__}))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _, wheel = build(tmp_path_factory.mktemp("dist"))
    return wheel


@pytest.fixture(scope="module")
def wheel_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Python of a new venv holding the wheel and, from the wheelhouse, what it requires."""
    return install_in_new_venv(wheel, tmp_path_factory.mktemp("venv"))


def installed_distributions(python: Path) -> set[str]:
    listing = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=json", "--disable-pip-version-check"],
        check=True,
        capture_output=True,
        text=True,
    )
    return {canonicalize_name(entry["name"]) for entry in json.loads(listing.stdout)} - {"pip", "setuptools"}


def dependency_closure(names: frozenset[str]) -> set[str]:
    """`names` and everything they require on this Python, per the installed metadata."""
    closure: set[str] = set()
    pending = [canonicalize_name(name) for name in names]
    while pending:
        name = pending.pop()
        if name in closure:
            continue
        closure.add(name)
        for line in distribution(name).requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                pending.append(canonicalize_name(requirement.name))
    return closure


def test_wheel_declares_exactly_httpx_and_attrs(wheel: Path) -> None:
    assert wheel_dependencies(wheel) == {"httpx", "attrs"}


def test_the_otel_extra_requires_the_opentelemetry_api_alone_from_the_version_compat_tests(wheel: Path) -> None:
    (requirement,) = [req for req in wheel_requirements(wheel) if req.marker and req.marker.evaluate({"extra": "otel"})]
    assert canonicalize_name(requirement.name) == "opentelemetry-api"
    lowest = (ROOT / "requirements" / "compat-lowest.in").read_text()
    pinned = [line.split("==")[1].strip() for line in lowest.splitlines() if line.startswith("opentelemetry-api==")]
    assert [spec.version for spec in requirement.specifier if spec.operator == ">="] == pinned


def test_wheel_name_carries_the_document_version(wheel: Path) -> None:
    from release_check import spec_version

    assert wheel.name == f"klarna_payments-{spec_version((ROOT / 'openapi.yaml').read_text())}-py3-none-any.whl"


def test_empty_venv_gets_only_httpx_attrs_and_their_dependencies(wheel_venv: Path) -> None:
    expected = dependency_closure(RUNTIME_DEPENDENCIES) | {"klarna-payments"}
    assert installed_distributions(wheel_venv) == expected


def test_installed_wheel_is_consistent(wheel_venv: Path) -> None:
    check = subprocess.run([str(wheel_venv), "-m", "pip", "check"], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout


def test_installed_wheel_is_typed(wheel_venv: Path) -> None:
    site_packages = subprocess.run(
        [
            str(wheel_venv),
            "-c",
            "import klarna_payments, pathlib; print(pathlib.Path(klarna_payments.__file__).parent)",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    assert (Path(site_packages) / "py.typed").is_file()


def test_installed_wheel_creates_an_order_against_prism(wheel_venv: Path, prism_url: str) -> None:
    result = subprocess.run(
        [str(wheel_venv), "-I", "-c", ONE_CALL, prism_url], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert outcome["order_id"] == EXAMPLE_ORDER_ID
    assert outcome["module"].startswith(str(wheel_venv.parent.parent)), "imported from outside the new venv"
    assert sys.prefix not in outcome["module"]
