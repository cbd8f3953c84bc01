"""A user's code under `mypy --strict`: typed bodies catch mistakes before they reach Klarna.

One mypy run checks two scripts: a correct one, which must pass, and one with a mistake per
line marked `# mistake:`, each of which must be reported on its own line.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

# The compatibility venvs (tests/compat: httpx and attrs at their bounds) have no mypy; what is
# checked here does not depend on those versions.
pytest.importorskip("mypy", reason="mypy is not installed in this venv")

CORRECT = """
from typing import assert_never

from klarna_payments import KlarnaPayments, lines
from klarna_payments.models import Order, OrderFraudStatus
from klarna_payments.params import CreateOrderRequestParam, CustomerTokenCreationRequestParam

cart = [lines.item("Kaffe", quantity=2, unit_price=12500, tax_rate=2500), lines.shipping_fee("Post", amount=4900, tax_rate=2500)]
order_body: CreateOrderRequestParam = {
    "purchase_country": "SE",
    "purchase_currency": "SEK",
    "locale": "sv-SE",
    "order_amount": 29900,
    "order_lines": cart,
    "billing_address": {"country": "SE", "postal_code": "11122"},
}
token_body: CustomerTokenCreationRequestParam = {
    "purchase_country": "SE", "purchase_currency": "SEK", "locale": "sv-SE",
    "description": "Kaffe", "intended_use": "SUBSCRIPTION",
}


def ship(order: Order) -> str:
    match order.fraud_status:
        case OrderFraudStatus.ACCEPTED:
            return "ship"
        case OrderFraudStatus.PENDING | OrderFraudStatus.REJECTED:
            return "wait"
        case str(other):
            return f"unknown {other}"
        case _:
            return "absent"


def main() -> None:
    with KlarnaPayments(api_key="klarna_test_api_x", region="eu", environment="playground") as klarna:
        order = klarna.orders.create_order("token", order_body, idempotency_key=None, timeout=5.0)
        print(ship(order), order.order_id)
        raw = klarna.orders.with_raw_response.purchase_token("token", token_body)
        print(raw.correlation_id, raw.parse().token_id)
        copy = klarna.with_options(max_retries=0)
        copy.orders.cancel_authorization("token", extra_headers={"X-Flow": "abandon"})
"""

MISTAKES = """
from typing import assert_never

from klarna_payments import KlarnaPayments, lines
from klarna_payments.models import Order, OrderFraudStatus
from klarna_payments.types import Unset

klarna = KlarnaPayments(api_key="klarna_test_api_x")
line = {"name": "Kaffe", "quantity": 1, "unit_price": 1000, "total_amount": 1000}
klarna.orders.create_order("t", {"purchase_contry": "SE", "purchase_currency": "SEK", "order_amount": 1000, "order_lines": []})  # mistake: unknown key
klarna.orders.create_order("t", {"purchase_currency": "SEK", "order_amount": 1000, "order_lines": []})  # mistake: missing required key
klarna.orders.create_order("t", {"purchase_country": "SE", "purchase_currency": "SEK", "order_amount": "1000", "order_lines": []})  # mistake: str amount
klarna.orders.purchase_token("t", {"purchase_country": "SE", "purchase_currency": "SEK", "locale": "sv-SE", "description": "d", "intended_use": "subscription"})  # mistake: enum value
klarna.orders.create_order("t", {"purchase_country": "SE", "purchase_currency": "SEK", "order_amount": 1, "order_lines": [{"name": "x", "quantity": 1, "unit_price": 1, "total_amount": 1, "type": "Physical"}]})  # mistake: line type
lines.item("Kaffe", quantity=1, unit_price=100, tax_rate=0, refrence="K-1")  # mistake: misspelt line field
klarna.sessions.create_credit_session({"purchase_country": "SE", "purchase_currency": "SEK", "order_amount": 1, "order_lines": [], "intent": "subscribe"})  # mistake: session intent
KlarnaPayments(api_key="klarna_test_api_x", region="xx")  # mistake: region
KlarnaPayments(api_key="klarna_test_api_x", environment="test")  # mistake: environment


def exhaustive(order: Order) -> str:
    status = order.fraud_status
    if isinstance(status, Unset):
        return "absent"
    match status:
        case OrderFraudStatus.ACCEPTED | OrderFraudStatus.PENDING | OrderFraudStatus.REJECTED:
            return "known"
        case _:
            assert_never(status)  # mistake: a response enum is open
"""


@pytest.fixture(scope="module")
def mypy_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[int]]:
    """file name -> lines mypy --strict reports an error on."""
    folder = tmp_path_factory.mktemp("user_code")
    (folder / "correct.py").write_text(CORRECT)
    (folder / "mistakes.py").write_text(MISTAKES)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(folder / ".mypy_cache"),
            "correct.py",
            "mistakes.py",
        ],
        cwd=folder,
        capture_output=True,
        text=True,
    )
    errors: dict[str, set[int]] = {"correct.py": set(), "mistakes.py": set()}
    for match in re.finditer(r"^(\w+\.py):(\d+): error:", result.stdout, re.MULTILINE):
        errors[match.group(1)].add(int(match.group(2)))
    print(result.stdout)  # shown when a test fails
    return errors


MISTAKE_LINES = {
    line.split("# mistake: ")[1]: number
    for number, line in enumerate(MISTAKES.splitlines(), start=1)
    if "# mistake: " in line
}


@pytest.mark.slow
def test_correct_user_code_passes_mypy_strict(mypy_report: dict[str, set[int]]) -> None:
    assert mypy_report["correct.py"] == set()


@pytest.mark.slow
@pytest.mark.parametrize("mistake", MISTAKE_LINES)
def test_mypy_strict_reports_each_mistake_on_its_line(mistake: str, mypy_report: dict[str, set[int]]) -> None:
    assert MISTAKE_LINES[mistake] in mypy_report["mistakes.py"]


@pytest.mark.slow
def test_mypy_reports_nothing_but_the_mistakes(mypy_report: dict[str, set[int]]) -> None:
    assert mypy_report["mistakes.py"] <= set(MISTAKE_LINES.values())
