"""The fake pays out what its orders captured and refunded (`settle()`), and Settlements v1
answers from those payouts: totals that agree with the captures and refunds, transactions joined
by `order_id` and the merchant's references, Klarna's paging, filters, 404s, CSV and PDF."""

from __future__ import annotations

import csv
import datetime
import io
import itertools
import json
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from klarna_payments import NotFoundError
from klarna_payments.testing import FakeKlarna
from klarna_payments.testing.__main__ import serve

JANUARY = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
FEBRUARY = datetime.datetime(2026, 2, 1, tzinfo=datetime.UTC)


@pytest.fixture
def klarna_fake() -> Iterator[FakeKlarna]:
    """The plugin's fixture with its clock at the start of January 2026 (the payouts' dates are asserted)."""
    fake = FakeKlarna(now=JANUARY)
    try:
        yield fake
    finally:
        fake.close()


def placed(fake: FakeKlarna, amount: int = 10_000, currency: str = "SEK", **fields: Any) -> str:
    country = {"SEK": "SE", "GBP": "GB", "EUR": "DE"}[currency]
    body = {"order_amount": amount, "purchase_currency": currency, "purchase_country": country, **fields}
    return fake.place_order(body)


def capture(fake: FakeKlarna, order_id: str, amount: int, reference: str = "") -> str:
    with fake.client() as klarna:
        return klarna.order_management.capture_order(
            order_id, {"captured_amount": amount, "reference": reference}
        ).capture_id


def refund(fake: FakeKlarna, order_id: str, amount: int, reference: str = "") -> str:
    with fake.client() as klarna:
        return klarna.order_management.refund_order(
            order_id, {"refunded_amount": amount, "reference": reference}
        ).refund_id


def test_a_payout_totals_what_was_captured_and_refunded(klarna_fake: FakeKlarna) -> None:
    first, second = placed(klarna_fake), placed(klarna_fake)
    capture(klarna_fake, first, 6000, "shipment-1")
    capture(klarna_fake, second, 3000, "shipment-2")
    refund(klarna_fake, first, 1500, "return-1")
    [reference] = klarna_fake.settle()
    with klarna_fake.client() as klarna:
        payout = klarna.settlements.get_payout(reference)
    totals = payout.totals
    assert (totals.sale_amount, totals.return_amount, totals.fee_amount) == (9000, 1500, 0)
    assert totals.settlement_amount == 7500
    assert (payout.currency_code, payout.merchant_settlement_type, payout.payout_date) == ("SEK", "NET", JANUARY)


def test_a_payout_has_every_total_the_document_requires(klarna_fake: FakeKlarna) -> None:
    capture(klarna_fake, placed(klarna_fake), 1000)
    [reference] = klarna_fake.settle()
    schema = json.loads(open_document())["components"]["schemas"]["settlement_payout_totals"]
    totals = klarna_fake.payouts[reference]["totals"]
    assert set(schema["required"]) <= set(totals)
    assert {name for name, amount in totals.items() if amount} == {"sale_amount", "settlement_amount"}


def open_document() -> str:
    from importlib import resources

    return resources.files("klarna_payments").joinpath("openapi.json").read_text(encoding="utf-8")


def test_a_payment_reference_is_eight_uppercase_letters_and_digits(klarna_fake: FakeKlarna) -> None:
    capture(klarna_fake, placed(klarna_fake), 1000)
    [reference] = klarna_fake.settle()
    assert len(reference) == 8 and reference.isalnum() and reference == reference.upper()
    assert klarna_fake.payouts[reference]["transactions"].endswith(
        f"/settlements/v1/transactions?payment_reference={reference}"
    )


def test_a_fee_rate_charges_a_fee_per_capture_and_takes_it_off_the_payout(klarna_fake: FakeKlarna) -> None:
    order_id = placed(klarna_fake)
    capture(klarna_fake, order_id, 1000)
    capture(klarna_fake, order_id, 1500)
    [reference] = klarna_fake.settle(fee_rate=290)  # 2.9%: 29 and 43.5, rounded half up to 44
    fees = [t["amount"] for t in klarna_fake.transactions if t["type"] == "FEE"]
    totals = klarna_fake.payouts[reference]["totals"]
    assert fees == [29, 44]
    assert (totals["fee_amount"], totals["settlement_amount"]) == (73, 2500 - 73)


def test_a_second_settle_pays_only_what_is_new(klarna_fake: FakeKlarna) -> None:
    order_id = placed(klarna_fake)
    capture(klarna_fake, order_id, 4000)
    [first] = klarna_fake.settle()
    klarna_fake.clock.advance(hours=24)
    refund(klarna_fake, order_id, 1000)
    capture(klarna_fake, order_id, 2000)
    [second] = klarna_fake.settle()
    totals = klarna_fake.payouts[second]["totals"]
    assert (totals["sale_amount"], totals["return_amount"], totals["settlement_amount"]) == (2000, 1000, 1000)
    assert klarna_fake.payouts[first]["totals"]["sale_amount"] == 4000
    assert klarna_fake.payouts[second]["payout_date"] == "2026-01-02T00:00:00Z"


def test_nothing_new_to_pay_makes_no_payout(klarna_fake: FakeKlarna) -> None:
    capture(klarna_fake, placed(klarna_fake), 1000)
    klarna_fake.settle()
    assert klarna_fake.settle() == []
    assert len(klarna_fake.payouts) == 1


def test_each_currency_is_its_own_payout(klarna_fake: FakeKlarna) -> None:
    capture(klarna_fake, placed(klarna_fake, currency="SEK"), 1000)
    capture(klarna_fake, placed(klarna_fake, currency="GBP"), 700)
    references = klarna_fake.settle()
    paid = {
        klarna_fake.payouts[r]["currency_code"]: klarna_fake.payouts[r]["totals"]["sale_amount"] for r in references
    }
    assert paid == {"GBP": 700, "SEK": 1000}


def test_a_fee_rate_outside_0_to_10000_is_refused(klarna_fake: FakeKlarna) -> None:
    with pytest.raises(ValueError, match="hundredths of a percent"):
        klarna_fake.settle(fee_rate=10_001)


def test_transactions_carry_the_order_and_the_merchants_references(klarna_fake: FakeKlarna) -> None:
    order_id = placed(klarna_fake, merchant_reference1="ON4711", merchant_reference2="web")
    capture_id = capture(klarna_fake, order_id, 5000, "shipment-1")
    klarna_fake.clock.advance(hours=2)
    refund_id = refund(klarna_fake, order_id, 2000, "return-1")
    [reference] = klarna_fake.settle()
    with klarna_fake.client() as klarna:
        sale, returned = klarna.settlements.get_transactions(payment_reference=reference).transactions
    assert (sale.type_, sale.amount, sale.capture_id, sale.merchant_capture_reference) == (
        "SALE",
        5000,
        capture_id,
        "shipment-1",
    )
    assert (returned.type_, returned.amount, returned.refund_id, returned.merchant_refund_reference) == (
        "RETURN",
        2000,
        refund_id,
        "return-1",
    )
    for transaction in (sale, returned):
        assert (transaction.order_id, transaction.merchant_reference1, transaction.merchant_reference2) == (
            order_id,
            "ON4711",
            "web",
        )
        assert (transaction.currency_code, transaction.purchase_country, transaction.payment_reference) == (
            "SEK",
            "SE",
            reference,
        )
        assert transaction.sale_date == transaction.capture_date == JANUARY


def several_payouts(fake: FakeKlarna, count: int) -> list[str]:
    """`count` payouts, a day apart, each of one capture of 100 times its number."""
    references = []
    for number in range(1, count + 1):
        capture(fake, placed(fake), 100 * number)
        references += fake.settle()
        fake.clock.advance(hours=24)
    return references


def test_payouts_are_paged_with_klarnas_pagination(klarna_fake: FakeKlarna) -> None:
    references = several_payouts(klarna_fake, 5)
    with klarna_fake.client() as klarna:
        first = klarna.settlements.get_payouts(size=2)
        middle = klarna.settlements.get_payouts(size=2, offset=2)
        last = klarna.settlements.get_payouts(size=2, offset=4)
    assert [p.payment_reference for p in first.payouts + middle.payouts + last.payouts] == references
    assert (first.pagination.count, first.pagination.total, first.pagination.offset) == (2, 5, 0)
    assert first.pagination.next_ == "https://api.playground.klarna.com/settlements/v1/payouts?offset=2&size=2"
    assert not first.pagination.prev
    assert middle.pagination.prev == "https://api.playground.klarna.com/settlements/v1/payouts?offset=0&size=2"
    assert last.pagination.count == 1 and not last.pagination.next_


def test_a_page_link_keeps_the_querys_filters(klarna_fake: FakeKlarna) -> None:
    several_payouts(klarna_fake, 3)
    with klarna_fake.client() as klarna:
        page = klarna.settlements.get_payouts(currency_code="SEK", size=1)
    assert page.pagination.next_ == (
        "https://api.playground.klarna.com/settlements/v1/payouts?currency_code=SEK&offset=1&size=1"
    )


def test_the_default_page_holds_20(klarna_fake: FakeKlarna) -> None:
    order_id = placed(klarna_fake, amount=100_000)
    for _ in range(21):
        capture(klarna_fake, order_id, 10)
    klarna_fake.settle()
    with klarna_fake.client() as klarna:
        page = klarna.settlements.get_transactions()
    assert (page.pagination.count, page.pagination.total, len(page.transactions)) == (20, 21, 20)


def raw_get(fake: FakeKlarna, path: str) -> httpx.Response:
    """A request as a client without the SDK's checks sends it, as the fake's default merchant
    (whose credentials `fake.client()` sends, and whose orders `place_order` places)."""
    with httpx.Client(transport=fake.transport, auth=("fake-merchant", "fake-password")) as http:
        return http.get(f"https://api.playground.klarna.com{path}")


@pytest.mark.parametrize("query", ["size=501", "size=0", "offset=-1", "size=ten"])
def test_a_page_outside_the_documents_bounds_is_a_bad_value(klarna_fake: FakeKlarna, query: str) -> None:
    answer = raw_get(klarna_fake, f"/settlements/v1/payouts?{query}")
    assert answer.status_code == 400
    assert answer.json()["error_messages"] == [f"Bad value: {query.split('=')[0]}"]


def test_a_date_that_is_not_a_date_time_is_a_bad_value(klarna_fake: FakeKlarna) -> None:
    answer = raw_get(klarna_fake, "/settlements/v1/payouts?start_date=yesterday")
    assert (answer.status_code, answer.json()["error_messages"]) == (400, ["Bad value: start_date"])


def test_iter_payouts_fetches_pages_as_they_are_used_and_stops(klarna_fake: FakeKlarna) -> None:
    references = several_payouts(klarna_fake, 5)
    with klarna_fake.client() as klarna:
        walked = klarna.settlements.iter_payouts(size=2)
        assert [p.payment_reference for p in itertools.islice(walked, 1)] == references[:1]
        assert len(klarna_fake.calls("get_payouts")) == 1
        rest = [p.payment_reference for p in walked]
    assert rest == references[1:]
    assert [call.path for call in klarna_fake.calls("get_payouts")] == ["/settlements/v1/payouts"] * 3


def test_iter_transactions_walks_one_payouts_transactions_in_order(klarna_fake: FakeKlarna) -> None:
    order_id = placed(klarna_fake, amount=100_000)
    captures = [capture(klarna_fake, order_id, amount, f"shipment-{amount}") for amount in (10, 20, 30, 40, 50)]
    [reference] = klarna_fake.settle()
    capture(klarna_fake, order_id, 60)
    klarna_fake.settle()  # a later payout, not walked
    with klarna_fake.client() as klarna:
        walked = [t.capture_id for t in klarna.settlements.iter_transactions(payment_reference=reference, size=2)]
    assert walked == captures
    assert len(klarna_fake.calls("get_transactions")) == 3


def test_payouts_are_filtered_by_payout_date(klarna_fake: FakeKlarna) -> None:
    references = several_payouts(klarna_fake, 4)  # paid on 1, 2, 3 and 4 January
    start = JANUARY + datetime.timedelta(days=1)
    end = JANUARY + datetime.timedelta(days=2, hours=23)
    with klarna_fake.client() as klarna:
        page = klarna.settlements.get_payouts(start_date=start, end_date=end)
        after = klarna.settlements.get_payouts(start_date=FEBRUARY)
    assert [p.payment_reference for p in page.payouts] == references[1:3]
    assert (after.payouts, after.pagination.total) == ([], 0)


def test_payouts_are_filtered_by_currency(klarna_fake: FakeKlarna) -> None:
    capture(klarna_fake, placed(klarna_fake, currency="SEK"), 1000)
    capture(klarna_fake, placed(klarna_fake, currency="EUR"), 500)
    klarna_fake.settle()
    with klarna_fake.client() as klarna:
        page = klarna.settlements.get_payouts(currency_code="EUR")
    assert [(p.currency_code, p.totals.sale_amount) for p in page.payouts] == [("EUR", 500)]


def test_transactions_are_filtered_by_order(klarna_fake: FakeKlarna) -> None:
    first, second = placed(klarna_fake), placed(klarna_fake)
    capture(klarna_fake, first, 1000)
    capture(klarna_fake, second, 2000)
    refund(klarna_fake, second, 500)
    klarna_fake.settle()
    with klarna_fake.client() as klarna:
        page = klarna.settlements.get_transactions(order_id=second)
    assert [(t.type_, t.amount) for t in page.transactions] == [("SALE", 2000), ("RETURN", 500)]


def test_an_unknown_payment_reference_filters_transactions_down_to_none(klarna_fake: FakeKlarna) -> None:
    capture(klarna_fake, placed(klarna_fake), 1000)
    klarna_fake.settle()
    with klarna_fake.client() as klarna:
        page = klarna.settlements.get_transactions(payment_reference="NOSUCH00")
    assert (page.transactions, page.pagination.count, page.pagination.total) == ([], 0, 0)


@pytest.mark.parametrize(
    "call",
    [
        lambda klarna: klarna.settlements.get_payout("NOSUCH00"),
        lambda klarna: klarna.settlements.get_payout_report(payment_reference="NOSUCH00"),
        lambda klarna: klarna.settlements.get_payout_report_with_transactions(payment_reference="NOSUCH00"),
    ],
    ids=["get_payout", "pdf report", "csv report"],
)
def test_an_unknown_payout_is_not_found(klarna_fake: FakeKlarna, call: Any) -> None:
    with klarna_fake.client() as klarna, pytest.raises(NotFoundError) as raised:
        call(klarna)
    assert (raised.value.error_code, raised.value.error_messages) == ("NOT_FOUND", ["Payout NOSUCH00 cannot be found"])


def test_the_summary_sums_each_currencys_payouts_in_the_period(klarna_fake: FakeKlarna) -> None:
    capture(klarna_fake, placed(klarna_fake), 1000)
    klarna_fake.settle(fee_rate=100)
    klarna_fake.clock.advance(hours=24)
    order_id = placed(klarna_fake)
    capture(klarna_fake, order_id, 3000)
    refund(klarna_fake, order_id, 200)
    klarna_fake.settle(fee_rate=100)
    with klarna_fake.client() as klarna:
        [summary] = klarna.settlements.get_payout_summary(start_date=JANUARY, end_date=FEBRUARY)
    assert summary.summary_settlement_currency == "SEK"
    assert (summary.summary_total_sale_amount, summary.summary_total_return_amount) == (4000, 200)
    assert (summary.summary_total_fee_amount, summary.summary_total_settlement_amount) == (40, 4000 - 200 - 40)
    assert (summary.summary_payout_date_start, summary.summary_payout_date_end) == (JANUARY, FEBRUARY)


def csv_rows(content: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(content.decode())))


def test_the_csv_report_has_a_row_per_transaction(klarna_fake: FakeKlarna) -> None:
    order_id = placed(klarna_fake)
    capture(klarna_fake, order_id, 5000, "shipment-1")
    refund(klarna_fake, order_id, 1000, "return-1")
    [reference] = klarna_fake.settle(fee_rate=200)
    with klarna_fake.client() as klarna:
        content = klarna.settlements.get_payout_report_with_transactions(payment_reference=reference)
        transactions = klarna.settlements.get_transactions(payment_reference=reference).transactions
    rows = csv_rows(content)
    assert content.splitlines()[0].startswith(b"payment_reference,payout_date,type,order_id")
    assert [(row["type"], int(row["amount"])) for row in rows] == [(t.type_, t.amount) for t in transactions]
    assert [(r["merchant_capture_reference"], r["merchant_refund_reference"]) for r in rows] == [
        ("shipment-1", ""),
        ("shipment-1", ""),
        ("", "return-1"),
    ]
    assert {(row["payment_reference"], row["payout_date"], row["order_id"]) for row in rows} == {
        (reference, "2026-01-01T00:00:00Z", order_id)
    }


def test_the_periods_csv_report_has_every_payouts_transactions(klarna_fake: FakeKlarna) -> None:
    references = several_payouts(klarna_fake, 3)
    with klarna_fake.client() as klarna:
        content = klarna.settlements.get_payouts_summary_report_with_transactions(
            start_date=JANUARY + datetime.timedelta(hours=1), end_date=FEBRUARY
        )
    assert [(row["payment_reference"], row["amount"]) for row in csv_rows(content)] == [
        (references[1], "200"),
        (references[2], "300"),
    ]


def test_the_pdf_reports_are_pdf_files(klarna_fake: FakeKlarna) -> None:
    capture(klarna_fake, placed(klarna_fake), 1000, "shipment-(1)")
    [reference] = klarna_fake.settle()
    with klarna_fake.client() as klarna:
        payout = klarna.settlements.get_payout_report(payment_reference=reference)
        period = klarna.settlements.get_payouts_summary_report(start_date=JANUARY, end_date=FEBRUARY)
    for content in (payout, period):
        assert content.startswith(b"%PDF-1.4\n") and content.rstrip().endswith(b"%%EOF")
        startxref = int(content.rsplit(b"startxref\n", 1)[1].split(b"\n", 1)[0])
        assert content[startxref:].startswith(b"xref\n")  # the cross-reference table is where it says
    assert reference.encode() in payout and b"shipment-\\(1\\)" in payout


def test_a_report_answers_in_its_documented_media_type(klarna_fake: FakeKlarna) -> None:
    capture(klarna_fake, placed(klarna_fake), 1000)
    [reference] = klarna_fake.settle()
    answer = raw_get(klarna_fake, f"/settlements/v1/reports/payout-with-transactions?payment_reference={reference}")
    assert answer.headers["Content-Type"] == "text/csv"


async def test_the_async_client_reads_the_payouts(klarna_fake: FakeKlarna) -> None:
    references = several_payouts(klarna_fake, 3)
    async with klarna_fake.async_client() as klarna:
        walked = [p.payment_reference async for p in klarna.settlements.iter_payouts(size=2)]
        payout = await klarna.settlements.get_payout(references[2])
        report = await klarna.settlements.get_payout_report_with_transactions(payment_reference=references[0])
    assert walked == references
    assert payout.totals.sale_amount == 300
    assert [row["amount"] for row in csv_rows(report)] == ["100"]


def test_the_served_fake_settles_on_request() -> None:
    fake = FakeKlarna(username="u", password="p")  # its one merchant: the one the controls and calls name
    capture(fake, placed(fake), 1200, "shipment-1")
    server = serve(0, fake)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        settled = httpx.post(f"{url}/_fake/settle", json={"fee_rate": 250}, auth=("u", "p"), timeout=5)
        again = httpx.post(f"{url}/_fake/settle", json={}, auth=("u", "p"), timeout=5)
        refused = httpx.post(f"{url}/_fake/settle", json={"fee_rate": -1}, auth=("u", "p"), timeout=5)
        state = httpx.get(f"{url}/_fake/state", auth=("u", "p"), timeout=5).json()
        [reference] = settled.json()["payment_references"]
        payout = httpx.get(f"{url}/settlements/v1/payouts/{reference}", auth=("u", "p"), timeout=5)
    finally:
        server.shutdown()
        server.server_close()
    assert (settled.status_code, again.json(), refused.status_code) == (200, {"payment_references": []}, 400)
    assert payout.json()["totals"]["settlement_amount"] == 1200 - 30
    assert list(state["payouts"]) == [reference] and len(state["transactions"]) == 2
