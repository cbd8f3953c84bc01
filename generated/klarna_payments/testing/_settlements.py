"""Settlements, as the fake pays out what its orders captured and refunded.

`fake.settle()` is Klarna's payout run: for each merchant and currency, one payout of every
capture and refund not paid out before, on the fake clock's now (its `merchant_id` the merchant's
name; a merchant reads only its own payouts and transactions). Each capture is a `SALE` transaction (and, with a
`fee_rate`, a `FEE`), each refund a `RETURN`, carrying the order's `order_id` and
`merchant_reference1/2` and the capture's or refund's own `reference`
(`merchant_capture_reference`, `merchant_refund_reference`): the keys a merchant reconciles by.
The eight Settlements operations answer from these payouts: filtered, paged as Klarna pages
(`size`, `offset`, `pagination` with `next` and `prev`), summed per currency, and as CSV and PDF
reports.

The document decides what it can: the totals and summary fields (every required one, 0 unless
the fake moves money of that kind), the paging parameters' defaults and bounds, the CSV's columns
(its example's header row) and each report's media type. So a field added to openapi.yaml shows
up here without a second table to keep in step.

Inferred (Klarna does not document it): every amount is positive, its `type` saying which way
the money went, and `settlement_amount` is `sale_amount - return_amount - fee_amount` (so it is
negative when returns outweigh sales; Klarna would carry that as debt); payouts are listed
oldest first, transactions in the order they happened; a `RETURN`'s `capture_date` is its
order's first capture's; an unknown `payment_reference` filters getTransactions down to nothing
(getPayout and the reports answer 404 `NOT_FOUND`).
"""

from __future__ import annotations

import copy
import csv
import datetime
import io
import urllib.parse
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final

from .._spec import DEFAULT_BASE_URL
from ._document import Route, check_request, resolve, route_named, routes
from ._state import Call, FakeState, _Problem, timestamp

NO_CURRENCY: Final = "XXX"  # ISO 4217's "no currency": an order placed without purchase_currency
NO_COUNTRY: Final = "ZZ"  # an unknown country, for an order placed without purchase_country
MERCHANT_SETTLEMENT_TYPE: Final = "NET"  # fees and returns are taken off the payout
WHOLE: Final = 10_000  # fee_rate is in hundredths of a percent
PAGING: Final = {"size": {"default": 20, "minimum": 1, "maximum": 500}, "offset": {"default": 0, "minimum": 0}}
# Used only when the document has no example CSV (a foreign document): the example's own columns.
CSV_COLUMNS: Final = (
    "payment_reference",
    "payout_date",
    "type",
    "order_id",
    "capture_id",
    "refund_id",
    "merchant_capture_reference",
    "merchant_refund_reference",
    "amount",
    "currency_code",
)
PDF_LINES: Final = 50  # what fits one A4 page at 14 points a line

Answer = tuple[int, Any] | tuple[int, Any, dict[str, str]]


class SettlementsBehaviour(FakeState):
    """`settle()`, and the stateful behaviour of the operations tagged `settlements`."""

    payouts: dict[str, dict[str, Any]]  # payment_reference -> the payout, as getPayout answers it
    transactions: list[dict[str, Any]]  # every settlement transaction, as getTransactions answers it
    _paid: set[str]  # the capture and refund ids already paid out
    _merchant: Callable[[str | None], str]  # FakeKlarna's: the merchant a `merchant=` keyword names

    def settle(self, *, fee_rate: int = 0, merchant: str | None = None) -> list[str]:
        """Pay out, one payout per merchant and currency, everything captured and refunded since
        the last payout: of every merchant, or only of `merchant` (a username or API key).

        Each payout is dated the fake clock's now and paid `NET`: its `settlement_amount` is the
        sales less the returns and fees. `fee_rate` is Klarna's fee in hundredths of a percent of
        each capture (290: 2.9%, rounded half up to a minor unit), a `FEE` transaction per capture;
        0 (the default) charges none.

        Returns:
            The new payouts' `payment_reference`s, by merchant and currency code; an empty list
            when nothing was captured or refunded since the last payout (Klarna makes no empty
            payout, and a test that settles twice need not catch anything).

        Raises:
            ValueError: `fee_rate` is not a whole number from 0 to 10000.
        """
        if not isinstance(fee_rate, int) or isinstance(fee_rate, bool) or not 0 <= fee_rate <= WHOLE:
            raise ValueError(f"fee_rate is in hundredths of a percent, 0 to {WHOLE}, not {fee_rate!r}")
        only = None if merchant is None else self._merchant(merchant)
        with self._lock:
            movements: dict[tuple[str, str], list[tuple[datetime.datetime, dict[str, Any]]]] = {}
            for order in self.orders.values():
                if "captures" not in order or (only is not None and order["merchant"] != only):
                    continue
                payee = (order["merchant"], order["purchase_currency"] or NO_CURRENCY)
                for moment, transaction in self._unpaid(order, fee_rate):
                    movements.setdefault(payee, []).append((moment, transaction))
            references = []
            for payee in sorted(movements):
                happened = [transaction for _, transaction in sorted(movements[payee], key=lambda pair: pair[0])]
                references.append(self._pay_out(*payee, happened))
            return references

    def _unpaid(self, order: Mapping[str, Any], fee_rate: int) -> Iterable[tuple[datetime.datetime, dict[str, Any]]]:
        """The transactions of `order`'s captures and refunds not yet paid out, each with when it happened."""
        body = order["body"]
        common = {
            "currency_code": order["purchase_currency"] or NO_CURRENCY,
            "purchase_country": str(body.get("purchase_country") or NO_COUNTRY).upper(),
            "order_id": order["order_id"],
            "short_order_id": order["klarna_reference"],
            "sale_date": timestamp(order["created"]),
        }
        for field in ("merchant_reference1", "merchant_reference2"):
            if order.get(field):
                common[field] = order[field]
        first_capture = order["captures"][0]["captured_at"] if order["captures"] else order["created"]
        for capture in order["captures"]:
            if capture["capture_id"] in self._paid:
                continue
            self._paid.add(capture["capture_id"])
            of_capture = {
                **common,
                "capture_id": capture["capture_id"],
                "capture_date": timestamp(capture["captured_at"]),
            }
            if capture.get("reference"):
                of_capture["merchant_capture_reference"] = capture["reference"]
            amount = capture["captured_amount"]
            yield capture["captured_at"], {"type": "SALE", "detailed_type": "PURCHASE", "amount": amount, **of_capture}
            if fee_rate:
                fee = (amount * fee_rate + WHOLE // 2) // WHOLE
                yield (
                    capture["captured_at"],
                    {
                        "type": "FEE",
                        "detailed_type": "PURCHASE_FEE_PERCENTAGE",
                        "amount": fee,
                        **of_capture,
                    },
                )
        for refund in order["refunds"]:
            if refund["refund_id"] in self._paid:
                continue
            self._paid.add(refund["refund_id"])
            returned = {
                "type": "RETURN",
                "detailed_type": "PURCHASE_RETURN",
                "amount": refund["refunded_amount"],
                **common,
                "refund_id": refund["refund_id"],
                "capture_date": timestamp(first_capture),
            }
            if refund.get("reference"):
                returned["merchant_refund_reference"] = refund["reference"]
            yield refund["refunded_at"], returned

    def _pay_out(self, merchant: str, currency: str, happened: list[dict[str, Any]]) -> str:
        """Record one payout to `merchant` of `happened` (its transactions, in order); its payment_reference."""
        reference = self._new_payment_reference()
        base = DEFAULT_BASE_URL or ""
        for transaction in happened:
            transaction["payment_reference"] = reference
            transaction["payout"] = base + _template(
                "get_payout", "/settlements/v1/payouts/{payment_reference}"
            ).replace("{payment_reference}", reference)
        sums = {
            kind: sum(each["amount"] for each in happened if each["type"] == kind) for kind in ("SALE", "RETURN", "FEE")
        }
        totals = dict.fromkeys(_total_fields(), 0)
        totals.update(
            sale_amount=sums["SALE"],
            return_amount=sums["RETURN"],
            fee_amount=sums["FEE"],
            settlement_amount=sums["SALE"] - sums["RETURN"] - sums["FEE"],
        )
        query = urllib.parse.urlencode({"payment_reference": reference})
        self.payouts[reference] = {
            "payment_reference": reference,
            "payout_date": timestamp(self.clock.now()),
            "currency_code": currency,
            "merchant_settlement_type": MERCHANT_SETTLEMENT_TYPE,
            "merchant_id": merchant,
            "transactions": f"{base}{_template('get_transactions', '/settlements/v1/transactions')}?{query}",
            "totals": totals,
        }
        self.transactions.extend(happened)
        return reference

    def _new_payment_reference(self) -> str:
        """8 uppercase letters and digits, like `XISA93DJ`, and not one already paid."""
        while True:
            reference = uuid.uuid4().hex[:8].upper()
            if reference not in self.payouts and not reference.isdigit():
                return reference

    # Reading

    def _payouts_in(self, call: Call) -> list[dict[str, Any]]:
        """The payouts the query's `start_date`, `end_date` and `currency_code` select, oldest first."""
        start, end = _date(call, "start_date"), _date(call, "end_date")
        currency = _text(call, "currency_code")
        selected = []
        for payout in self.payouts.values():
            if payout["merchant_id"] != call.merchant:
                continue
            paid = _parsed(payout["payout_date"])
            in_period = (start is None or paid >= start) and (end is None or paid <= end)
            if in_period and (currency is None or payout["currency_code"] == currency.upper()):
                selected.append(payout)
        return sorted(selected, key=lambda payout: _parsed(payout["payout_date"]))

    def _payout(self, reference: str | None, merchant: str) -> dict[str, Any]:
        payout = self.payouts.get(reference or "")
        if payout is None or payout["merchant_id"] != merchant:
            raise _Problem(404, "NOT_FOUND", f"Payout {reference} cannot be found")
        return payout

    def _transactions_of(self, payouts: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
        references = {payout["payment_reference"] for payout in payouts}
        return [transaction for transaction in self.transactions if transaction["payment_reference"] in references]

    def _operation_get_payouts(self, call: Call) -> Answer:
        check_request(route_named(call.operation), call)
        return _page(call, "payouts", self._payouts_in(call))

    def _operation_get_payout(self, call: Call) -> Answer:
        check_request(route_named(call.operation), call)
        return 200, copy.deepcopy(self._payout(call.path.get("payment_reference"), call.merchant))

    def _operation_get_payout_summary(self, call: Call) -> Answer:
        check_request(route_named(call.operation), call)
        return 200, self._summaries(call, self._payouts_in(call))

    def _summaries(self, call: Call, payouts: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """One summary per settlement currency: each `summary_total_<kind>` the sum of `<kind>`."""
        fields = _summary_fields()
        summaries = []
        for currency in sorted({payout["currency_code"] for payout in payouts}):
            summary: dict[str, Any] = dict.fromkeys(fields, 0)
            summary["summary_settlement_currency"] = currency
            summary["summary_payout_date_start"] = call.query["start_date"][0]
            summary["summary_payout_date_end"] = call.query["end_date"][0]
            for payout in payouts:
                if payout["currency_code"] == currency:
                    for name, amount in payout["totals"].items():
                        if f"summary_total_{name}" in summary:
                            summary[f"summary_total_{name}"] += amount
            summaries.append(summary)
        return summaries

    def _operation_get_transactions(self, call: Call) -> Answer:
        check_request(route_named(call.operation), call)
        reference, order_id = _text(call, "payment_reference"), _text(call, "order_id")
        mine = {key for key, payout in self.payouts.items() if payout["merchant_id"] == call.merchant}
        selected = [
            transaction
            for transaction in self.transactions
            if transaction["payment_reference"] in mine
            and (reference is None or transaction["payment_reference"] == reference)
            and (order_id is None or transaction["order_id"] == order_id)
        ]
        return _page(call, "transactions", selected)

    # Reports

    def _operation_get_payout_report_with_transactions(self, call: Call) -> Answer:
        check_request(route_named(call.operation), call)
        payout = self._payout(_text(call, "payment_reference"), call.merchant)
        return _report(call, _csv([payout], self._transactions_of([payout])))

    def _operation_get_payouts_summary_report_with_transactions(self, call: Call) -> Answer:
        check_request(route_named(call.operation), call)
        payouts = self._payouts_in(call)
        return _report(call, _csv(payouts, self._transactions_of(payouts)))

    def _operation_get_payout_report(self, call: Call) -> Answer:
        check_request(route_named(call.operation), call)
        payout = self._payout(_text(call, "payment_reference"), call.merchant)
        lines = [f"Klarna payout {payout['payment_reference']}", *_statement(payout)]
        lines += [_transaction_line(transaction) for transaction in self._transactions_of([payout])]
        return _report(call, _pdf(lines))

    def _operation_get_payouts_summary_report(self, call: Call) -> Answer:
        check_request(route_named(call.operation), call)
        lines = [f"Klarna payouts {call.query['start_date'][0]} to {call.query['end_date'][0]}"]
        for summary in self._summaries(call, self._payouts_in(call)):
            lines += [f"{name}: {value}" for name, value in summary.items()]
        return _report(call, _pdf(lines))


# What the document says


def _template(name: str, fallback: str) -> str:
    """The document's path of operation `name` (`fallback` for a document without it)."""
    return next((candidate.template for candidate in routes() if candidate.name == name), fallback)


def _success_schema(name: str) -> dict[str, Any]:
    """The JSON schema of operation `name`'s success, resolved; {} when the document has none."""
    found = next((candidate for candidate in routes() if candidate.name == name), None)
    if found is None:
        return {}
    answer = resolve(found.node.get("responses", {}).get("200", {}))
    schema: dict[str, Any] = resolve(answer.get("content", {}).get("application/json", {}).get("schema", {}))
    return schema


def _fields(schema: Mapping[str, Any]) -> list[str]:
    """Every field `schema` names: the required ones first, then the rest, in the document's order."""
    required = list(schema.get("required", []))
    return required + [name for name in schema.get("properties", {}) if name not in required]


def _total_fields() -> list[str]:
    payout = _success_schema("get_payout")
    totals = resolve(payout.get("properties", {}).get("totals", {}))
    return _fields(totals) or ["sale_amount", "return_amount", "fee_amount", "settlement_amount"]


def _summary_fields() -> list[str]:
    summary = resolve(_success_schema("get_payout_summary").get("items", {}))
    return [name for name in _fields(summary) if name.startswith("summary_total_")]


def _parameter_schema(call: Call, name: str) -> Mapping[str, Any]:
    operation = route_named(call.operation)
    for parameter in operation.parameters:
        if parameter["name"] == name and parameter["in"] == "query":
            schema: Mapping[str, Any] = resolve(parameter.get("schema", {}))
            return schema
    return PAGING.get(name, {})


def _route_media_type(operation: Route) -> str:
    answer = resolve(operation.node.get("responses", {}).get("200", {}))
    return next(iter(answer.get("content") or {}), "application/octet-stream")


# The query


def _text(call: Call, name: str) -> str | None:
    values = call.query.get(name)
    return values[0] if values else None


def _parsed(moment: str) -> datetime.datetime:
    parsed = datetime.datetime.fromisoformat(moment)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.UTC)  # a date alone: midnight UTC


def _date(call: Call, name: str) -> datetime.datetime | None:
    value = _text(call, name)
    if value is None:
        return None
    try:
        return _parsed(value)
    except ValueError:
        raise _Problem(400, "BAD_VALUE", f"Bad value: {name}") from None


def _number(call: Call, name: str) -> int:
    """The query's whole number `name`, its default when absent; 400 outside the document's bounds."""
    schema = {**PAGING.get(name, {}), **_parameter_schema(call, name)}
    value = _text(call, name)
    try:
        number = int(value) if value is not None else int(schema["default"])
    except ValueError:
        raise _Problem(400, "BAD_VALUE", f"Bad value: {name}") from None
    if number < schema.get("minimum", number) or number > schema.get("maximum", number):
        raise _Problem(400, "BAD_VALUE", f"Bad value: {name}")
    return number


def _page(call: Call, key: str, items: list[dict[str, Any]]) -> Answer:
    """The page of `items` the query's `size` and `offset` ask for, with Klarna's `pagination`."""
    size, offset = _number(call, "size"), _number(call, "offset")
    page = copy.deepcopy(items[offset : offset + size])
    pagination: dict[str, Any] = {"count": len(page), "total": len(items), "offset": offset}
    if offset + len(page) < len(items):
        pagination["next"] = _link(call, offset + len(page), size)
    if offset > 0:
        pagination["prev"] = _link(call, max(0, offset - size), size)
    return 200, {key: page, "pagination": pagination}


def _link(call: Call, offset: int, size: int) -> str:
    """This request's URL at another `offset`: its other parameters kept, as Klarna's links are."""
    query = {name: values for name, values in call.query.items() if name not in ("offset", "size")}
    query = {**query, "offset": [str(offset)], "size": [str(size)]}
    path = route_named(call.operation).template
    return f"{DEFAULT_BASE_URL or ''}{path}?{urllib.parse.urlencode(query, doseq=True)}"


# The reports


def _report(call: Call, content: bytes) -> Answer:
    return 200, content, {"Content-Type": _route_media_type(route_named(call.operation))}


def _csv_columns(call_name: str = "get_payout_report_with_transactions") -> list[str]:
    """The columns of the document's example CSV (Klarna documents none: they are illustrative)."""
    found = next((candidate for candidate in routes() if candidate.name == call_name), None)
    answer = resolve(found.node.get("responses", {}).get("200", {})) if found is not None else {}
    example = (answer.get("content") or {}).get("text/csv", {}).get("example")
    if isinstance(example, str) and example.strip():
        return next(csv.reader(io.StringIO(example)))
    return list(CSV_COLUMNS)


def _csv(payouts: Iterable[Mapping[str, Any]], transactions: list[dict[str, Any]]) -> bytes:
    """A header row, then one row per transaction: its own fields, else its payout's."""
    by_reference = {payout["payment_reference"]: payout for payout in payouts}
    columns = _csv_columns()
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(columns)
    for transaction in transactions:
        payout = by_reference[transaction["payment_reference"]]
        writer.writerow([transaction.get(column, payout.get(column, "")) for column in columns])
    return text.getvalue().encode()


def _statement(payout: Mapping[str, Any]) -> list[str]:
    lines = [f"{name}: {payout[name]}" for name in ("payout_date", "currency_code", "merchant_id")]
    return lines + [f"{name}: {amount}" for name, amount in payout["totals"].items() if amount]


def _transaction_line(transaction: Mapping[str, Any]) -> str:
    reference = transaction.get("merchant_capture_reference") or transaction.get("merchant_refund_reference") or ""
    amount = f"{transaction['amount']} {transaction['currency_code']}"
    return f"{transaction['type']} {amount} {transaction['order_id']} {reference}"


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF (1.4, Helvetica) of `lines`: enough for a reader to open, no more."""
    if len(lines) > PDF_LINES:
        lines = [*lines[: PDF_LINES - 1], f"... and {len(lines) - PDF_LINES + 1} more lines"]
    shown = " ".join(f"({_pdf_text(line)}) '" for line in lines)
    content = f"BT /F1 10 Tf 14 TL 50 812 Td {shown} ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    document, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(document))
        document += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(document)
    document += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    document += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    document += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return document


def _pdf_text(line: str) -> str:
    """`line` as a PDF string literal's content: Latin-1, with its backslashes and parentheses escaped."""
    printable = line.encode("latin-1", "replace").decode("latin-1")
    return printable.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
