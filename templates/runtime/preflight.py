"""Klarna's order rules, checked before anything is sent.

The most common real failure of ``create_order`` is ``400 BAD_VALUE`` on amounts or tax, and
it arrives after the shopper has approved the payment. These checks find what Klarna would
reject, with Klarna's own paths (``order_lines[2].total_tax_amount``), before the request:

Each rule of a single line is declared once, in `_line_rules` (with the fast paths made from
it); the market table is `_markets`. The rules:

- every amount, quantity and tax rate is an integer (minor units; hundredths of a percent);
- a ``tax_rate`` is one of the purchase country's VAT rates (``markets.json``) or 0, and never
  1 to 99, which is 25 meant as 25 % (2500): a warning, naming the line's field;
- per line, ``total_amount = quantity × unit_price − total_discount_amount`` (the discount
  ≥ 0, absent = 0), and with a ``tax_rate`` the ``total_tax_amount`` is within ±1 of
  ``total_amount × tax_rate / (10000 + tax_rate)`` (negative on discount lines);
- ``order_amount`` equals the sum of the lines' ``total_amount`` exactly, and
  ``order_tax_amount`` the sum of their ``total_tax_amount`` (Klarna tolerates ± the number of
  items: a difference within that is a warning, beyond it an error); a body that states its
  ``order_amount`` without ``order_tax_amount`` says 0 tax, checked the same way;
- 1 to 1000 order lines;
- in the US, tax is a line of type ``sales_tax``: no line has a non-zero ``tax_rate``, and
  ``order_tax_amount`` equals the sales-tax lines' ``total_amount`` (a body without
  ``purchase_country``, such as a recurring order on a customer token, is a US one when its
  currency is one only the US uses);
- the country, currency and locale are a combination Klarna lists (``markets.json``;
  a warning only: the list changes and needs a contract per country), and the client's region
  serves the country (`check_region`, a warning);
- for a customer token, the billing address's country is the purchase country;
- a refund with a ``return_fee`` line: the lines' ``total_amount`` add up to
  ``refunded_amount``;
- a new authorization (``update_authorization``) carries its ``order_lines`` (a warning:
  without them Klarna drops the order's lines).

Every operation whose body has rules (sessions, orders, customer tokens and recurring orders on
them, refunds, new authorizations) runs these checks unless ``preflight=False``: errors raise
``OrderRuleError`` and nothing is sent; warnings are logged. Amounts above what the order
allows (a capture beyond the authorization, a refund beyond the captures) are Klarna's to
refuse: only it knows the order. Call the checks yourself to check a cart early.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal, NamedTuple

from ._line_rules import ORDER_LINES, VALUES, LineRules, sound_lines
from ._line_rules import RULES as LINE_RULES
from ._line_rules import tax_of as tax_of
from ._markets import Vat, countries_paying_in, is_us, known_regions, listed, vat_of_body
from ._markets import markets as markets

__all__ = [
    "MAX_ORDER_LINES",
    "Problem",
    "check_authorization_update",
    "check_customer_token",
    "check_order",
    "check_refund",
    "check_region",
]

MAX_ORDER_LINES: Final = 1000


@dataclass(frozen=True)
class Problem:
    """One broken rule.

    Attributes:
        path: Where, in Klarna's form: ``order_amount``, ``order_lines[2].total_tax_amount``.
        message: One line, starting with the path, with the expected and actual values.
        expected: The value the rule calls for, where there is one.
        actual: The value the body has.
        severity: ``"error"`` (Klarna rejects it) or ``"warning"`` (it may).
    """

    path: str
    message: str
    expected: object = None
    actual: object = None
    severity: Literal["error", "warning"] = "error"


def _json_of(body: object) -> Mapping[str, Any]:
    """A body as its JSON object: a dict (or TypedDict) as it is, a model through `to_dict()`."""
    if type(body) is dict or isinstance(body, Mapping):
        return body
    to_dict = getattr(body, "to_dict", None)
    if callable(to_dict):
        try:
            data = to_dict()
        except (AttributeError, TypeError, ValueError) as error:
            raise ValueError(f"the body cannot be encoded: {error}") from None
        if isinstance(data, Mapping):
            return data
    raise TypeError(f"expected a dict or a model, not {type(body).__name__}")


class _Findings:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(
        self, severity: Literal["error", "warning"], path: str, what: str, expected: object, actual: object
    ) -> None:
        self.problems.append(Problem(path, f"{path}: {what}", expected, actual, severity))

    def error(self, path: str, what: str, expected: object = None, actual: object = None) -> None:
        self.add("error", path, what, expected, actual)

    def warning(self, path: str, what: str, expected: object = None, actual: object = None) -> None:
        self.add("warning", path, what, expected, actual)

    def integer(
        self, data: Mapping[str, Any], key: str, prefix: str = "", *, minimum: int | None = None, unit: str = ""
    ) -> int | None:
        """`data[key]` when it is an integer in range; otherwise None, with an error if it is present."""
        value = data.get(key)
        path = f"{prefix}{key}"
        if value is None:
            return None
        if type(value) is not int:
            self.error(path, f"must be an integer{unit}, not {value!r}", actual=value)
            return None
        if minimum is not None and value < minimum:
            self.error(path, f"must be at least {minimum}, not {value}", expected=minimum, actual=value)
            return None
        return value


class _Sums(NamedTuple):  # `_line_rules.SUMS`, in order
    amounts: int  # of total_amount
    taxes: int  # of total_tax_amount
    items: int  # of quantity
    sales_tax: int  # total_amount of the sales_tax lines


def _check_line(
    findings: _Findings, line: Mapping[str, Any], path: str, us: bool, vat: Vat | None = None
) -> tuple[int | None, ...]:
    """The line's (total_amount, total_tax_amount, quantity) where they are usable integers
    (absent ones taken at their defaults); every broken bound and rule (`_line_rules`) added to
    `findings` (`vat`: the purchase country's rates, when known)."""
    values: dict[str, int | None] = {}
    for value in VALUES:
        number = findings.integer(line, value.field, path, minimum=value.minimum, unit=value.unit)
        if number is not None and value.maximum is not None and number > value.maximum:
            what = f"must be at most {value.maximum}{value.maximum_means}, not {number}"
            findings.error(f"{path}{value.field}", what, value.maximum, number)
            number = None
        if number is None and line.get(value.field) is None:
            number = value.default  # absent (or null): the default, where there is one
        values[value.name] = number
    context = {"us": us, "rates": vat.rates if vat is not None else None}
    for rule in LINE_RULES:
        if rule.broken_by(values, context):
            what, expected, actual = rule.explain(values, vat)
            findings.add(rule.severity, f"{path}{rule.field}", what, expected, actual)
    return values["total"], values["tax"], values["quantity"]


def _check_lines(
    findings: _Findings, lines: Sequence[object], us: bool, vat: Vat | None = None
) -> tuple[_Sums, bool, bool]:
    """Every line's broken rules added to `findings`; the sums of what is usable, and whether all
    amounts and all taxes were."""
    amounts = taxes = items = sales_tax = 0
    amounts_known = taxes_known = True
    for index, raw_line in enumerate(lines):
        if not (isinstance(raw_line, Mapping) or hasattr(raw_line, "to_dict")):
            amounts_known = taxes_known = False  # not an object: the body check reports it
            continue
        line = _json_of(raw_line)
        total, tax, quantity = _check_line(findings, line, f"order_lines[{index}].", us, vat)
        amounts_known &= total is not None
        taxes_known &= tax is not None
        amounts += total or 0
        taxes += tax or 0
        items += quantity if quantity is not None else 1
        if total is not None and line.get("type") == "sales_tax":
            sales_tax += total
    return _Sums(amounts, taxes, items, sales_tax), amounts_known, taxes_known


def check_order(body: object) -> list[Problem]:
    """Every order rule a create-order body breaks, in body order (dict, `Param` or model)."""
    return _order_problems(_json_of(body), None)


def _order_context(data: Mapping[str, Any]) -> dict[str, object]:
    vat = vat_of_body(data)
    return {"us": is_us(data), "rates": vat.rates if vat is not None else None}


def _order_problems(data: Mapping[str, Any], line_sums: tuple[int, ...] | None) -> list[Problem]:
    """`check_order` of a JSON body; `line_sums` are its lines' `_Sums` when every line is already
    known to keep the line rules (the body check's pass with `ORDER_LINES`)."""
    findings = _Findings()
    us = is_us(data)
    vat = vat_of_body(data)
    order_amount = findings.integer(data, "order_amount", minimum=0, unit=" in minor units")
    order_tax = findings.integer(data, "order_tax_amount", minimum=0, unit=" in minor units")
    # A body that states its order_amount states its tax too: absent, Klarna takes 0 (a session
    # update without order_amount changes neither, and is left alone).
    tax_absent = order_tax is None and data.get("order_tax_amount") is None and order_amount is not None
    if tax_absent:
        order_tax = 0
    sent = "not absent (Klarna takes it as 0)" if tax_absent else f"not {order_tax}"
    lines = data.get("order_lines")
    if type(lines) is list or (isinstance(lines, Sequence) and not isinstance(lines, str)):
        if not 1 <= len(lines) <= MAX_ORDER_LINES:
            what = f"must hold 1 to {MAX_ORDER_LINES} lines, not {len(lines)}"
            findings.error("order_lines", what, MAX_ORDER_LINES if lines else 1, len(lines))
        rates = vat.rates if vat is not None else None
        sound = line_sums if line_sums is not None else sound_lines(lines, us, rates)
        sums = _Sums(*sound) if sound is not None else None
        amounts_known = taxes_known = True  # False once a line's value is unusable
        if sums is None:
            sums, amounts_known, taxes_known = _check_lines(findings, lines, us, vat)
        amounts, taxes, items, sales_tax = sums
        if order_amount is not None and amounts_known:
            expected = amounts
            if order_amount != expected:
                what = f"must be {expected} (the sum of order_lines[].total_amount), not {order_amount}"
                findings.error("order_amount", what, expected, order_amount)
        actual = None if tax_absent else order_tax
        if us and order_tax is not None and order_tax != sales_tax:
            what = f"must be {sales_tax} in the US (the total of the sales_tax lines), {sent}"
            findings.error("order_tax_amount", what, sales_tax, actual)
        elif not us and order_tax is not None and taxes_known:
            expected = taxes
            difference, tolerance = abs(order_tax - expected), max(items, len(lines))
            what = f"should be {expected} (the sum of order_lines[].total_tax_amount), {sent}"
            if difference > tolerance:
                findings.error("order_tax_amount", f"{what}; Klarna allows ±{tolerance} here", expected, actual)
            elif difference:
                findings.warning("order_tax_amount", f"{what}; within Klarna's ±{tolerance}", expected, actual)
    _check_market(findings, data)
    return _in_body_order(findings.problems, data)


def check_customer_token(body: object) -> list[Problem]:
    """Every rule a customer-token body breaks (dict, `Param` or model)."""
    data = _json_of(body)
    findings = _Findings()
    country = data.get("purchase_country")
    billing = data.get("billing_address")
    billing_country = billing.get("country") if isinstance(billing, Mapping) else None
    if isinstance(country, str) and isinstance(billing_country, str) and billing_country.upper() != country.upper():
        findings.error(
            "purchase_country",
            f"is {country} but billing_address.country is {billing_country}: Klarna answers 400 BAD_VALUE",
            billing_country,
            country,
        )
    _check_market(findings, data)
    return _in_body_order(findings.problems, data)


RETURN_FEE: Final = "return_fee"


def check_refund(body: object) -> list[Problem]:
    """Every rule a refund body breaks: with a ``return_fee`` line, the lines are the whole
    refund, so their ``total_amount`` must add up to ``refunded_amount`` exactly (Klarna also
    wants the order captured in one capture, in AT, DE, DK, FI, FR, NL, NO or SE: its to judge)."""
    data = _json_of(body)
    findings = _Findings()
    lines = data.get("order_lines")
    if not isinstance(lines, Sequence) or isinstance(lines, str):
        return []
    if not any(isinstance(line, Mapping) and line.get("type") == RETURN_FEE for line in lines):
        return []
    refunded = findings.integer(data, "refunded_amount", minimum=0, unit=" in minor units")
    totals = [line.get("total_amount") if isinstance(line, Mapping) else None for line in lines]
    amounts = [total for total in totals if type(total) is int]
    if refunded is None or len(amounts) != len(totals):
        return findings.problems  # the body check names the unusable values
    expected = sum(amounts)
    if refunded != expected:
        what = (
            f"must be {expected} (the sum of order_lines[].total_amount: a refund with a "
            f"{RETURN_FEE} line is its lines), not {refunded}"
        )
        findings.error("refunded_amount", what, expected, refunded)
    return _in_body_order(findings.problems, data)


def check_authorization_update(body: object) -> list[Problem]:
    """Every rule a new authorization breaks: without ``order_lines`` Klarna drops the order's
    lines (a warning: send the lines of the new amount)."""
    data = _json_of(body)
    if data.get("order_lines") is not None:
        return []
    findings = _Findings()
    what = "absent: Klarna replaces the order's lines with none; send the lines of the new amount"
    findings.warning("order_lines", what)
    return findings.problems


def check_region(body: object, region: str | None) -> list[Problem]:
    """A warning when the client's `region` (``region=``, ``KLARNA_REGION``) does not serve the
    body's purchase country (or, without one, any country paying in its currency): Klarna's API
    of each region knows only its own merchants and countries. Nothing for a region the country
    table does not name (a base URL of your own, a document with other servers)."""
    data = _json_of(body)
    if not isinstance(region, str) or region not in known_regions():
        return []
    country, currency = data.get("purchase_country"), data.get("purchase_currency")
    if isinstance(country, str):
        where = country.upper()
        countries: tuple[str, ...] = (where,) if where in markets() else ()
    elif country is None and isinstance(currency, str):
        countries = countries_paying_in(currency.upper())
        where = f"{currency.upper()} ({', '.join(countries)})"
    else:
        return []
    serving = sorted({markets()[code]["region"] for code in countries})
    if not serving or region in serving:
        return []
    findings = _Findings()
    path = "purchase_country" if isinstance(country, str) else "purchase_currency"
    what = (
        f"the client's region is {region!r}, which does not serve {where}: Klarna serves it from "
        f"region {' or '.join(map(repr, serving))} (set region= or KLARNA_REGION, with that region's credentials)"
    )
    findings.warning(path, what, serving[0] if len(serving) == 1 else serving, region)
    return findings.problems


def _check_market(findings: _Findings, data: Mapping[str, Any]) -> None:
    country, currency, locale = data.get("purchase_country"), data.get("purchase_currency"), data.get("locale")
    if not isinstance(country, str):
        return
    currency = currency if isinstance(currency, str) else None
    locale = locale if isinstance(locale, str) else None
    if listed(country, currency, locale):
        return
    market = markets().get(country.upper())
    if market is None:
        findings.warning(
            "purchase_country", f"{country} is not a country Klarna lists for Klarna Payments", None, country
        )
        return
    if isinstance(currency, str) and currency.upper() != market["currency"]:
        what = f"Klarna lists {market['currency']} for {country.upper()}, not {currency}"
        findings.warning("purchase_currency", what, market["currency"], currency)
    locales = {known.lower() for known in market["locales"]}
    if isinstance(locale, str) and locale.lower() not in locales:
        what = f"Klarna lists {', '.join(market['locales'])} for {country.upper()}, not {locale}"
        findings.warning("locale", what, market["locales"], locale)


_PATH_PARTS = re.compile(r"([^.\[]+)(?:\[(\d+)\])?(?:\.(.+))?")


def _in_body_order(problems: list[Problem], data: Mapping[str, Any]) -> list[Problem]:
    """`problems` sorted by where their path is in the body (fields in the order given)."""
    if not problems:
        return problems
    keys = {key: index for index, key in enumerate(data)}
    lines = data.get("order_lines")

    def position(problem: Problem) -> tuple[int, int, int]:
        match = _PATH_PARTS.fullmatch(problem.path)
        if match is None:  # pragma: no cover - every path above matches
            return (len(keys), 0, 0)
        top, index, field = match.groups()
        line_index = int(index) if index is not None else -1
        field_index = 0
        if field is not None and isinstance(lines, Sequence) and 0 <= line_index < len(lines):
            line = lines[line_index]
            line_keys = list(line) if isinstance(line, Mapping) else []
            field_index = line_keys.index(field) if field in line_keys else len(line_keys)
        return (keys.get(top, len(keys)), line_index, field_index)

    return sorted(problems, key=position)


@dataclass(frozen=True)
class RuleSet:
    """What a request schema's `x-klarna-rules` names: the check of a whole body, and, for a rule
    set with per-line rules, those rules and the check of the body given its lines' sums."""

    check: Callable[[object], list[Problem]]
    lines: LineRules | None = None
    context: Callable[[Mapping[str, Any]], dict[str, object]] | None = None  # the `lines.context` values
    check_with_sums: Callable[[Mapping[str, Any], tuple[int, ...]], list[Problem]] | None = None


# The rule sets a request schema can name with `x-klarna-rules` in openapi.yaml.
RULES: Final[dict[str, RuleSet]] = {
    "order": RuleSet(check_order, ORDER_LINES, _order_context, _order_problems),
    "customer-token": RuleSet(check_customer_token),
    "refund": RuleSet(check_refund),
    "authorization-update": RuleSet(check_authorization_update),
}
