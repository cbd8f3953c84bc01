"""Klarna's order rules, checked before anything is sent.

The most common real failure of ``create_order`` is ``400 BAD_VALUE`` on amounts or tax, and
it arrives after the shopper has approved the payment. These checks find what Klarna would
reject, with Klarna's own paths (``order_lines[2].total_tax_amount``), before the request:

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

import functools
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal, NamedTuple

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
MAX_TAX_RATE: Final = 10000  # hundredths of a percent: 100 %
# A tax_rate of 1 to 99 (0.01 % to 0.99 %) is no VAT rate a Klarna country charges: it is 25
# meant as 25 % (2500), the natural slip. A warning in preflight, a ValueError in `lines`.
PERCENT_SLIP_MAX: Final = 99


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

    def error(self, path: str, what: str, expected: object = None, actual: object = None) -> None:
        self.problems.append(Problem(path, f"{path}: {what}", expected, actual, "error"))

    def warning(self, path: str, what: str, expected: object = None, actual: object = None) -> None:
        self.problems.append(Problem(path, f"{path}: {what}", expected, actual, "warning"))

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


def _round_div(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded to the nearest integer, halves away from zero."""
    quotient = (2 * abs(numerator) + denominator) // (2 * denominator)
    return quotient if numerator >= 0 else -quotient


def tax_of(total_amount: int, tax_rate: int) -> int:
    """The tax inside a gross `total_amount` at `tax_rate` (hundredths of a percent), as Klarna
    computes it: ``total_amount − total_amount × 10000 / (10000 + tax_rate)``, rounded."""
    return _round_div(total_amount * tax_rate, 10000 + tax_rate)


def _tax_within_one(total_tax_amount: int, total_amount: int, tax_rate: int) -> bool:
    # |tax − total × rate / (10000 + rate)| ≤ 1, in integers: multiply through by (10000 + rate).
    return abs(total_tax_amount * (10000 + tax_rate) - total_amount * tax_rate) <= 10000 + tax_rate


class _Sums(NamedTuple):
    amounts: int  # of total_amount
    taxes: int  # of total_tax_amount
    items: int  # of quantity
    sales_tax: int  # total_amount of the sales_tax lines


def _sound_lines(lines: Sequence[Any], us: bool, rates: frozenset[int] | None = None) -> _Sums | None:
    """The sums of order lines that all break no rule, decided in one tight loop; None when a
    line needs `_check_line` to say what is wrong with it.

    The common case of a 1000-line order, checked on every call; every rule here is also
    `_check_line`'s (`rates`: the country's VAT rates and 0, as `_Vat.rates`; None: no list).
    """
    amounts = taxes = items = sales_tax = 0
    for line in lines:
        if line.__class__ is not dict:
            return None
        try:
            quantity, unit_price, total = line["quantity"], line["unit_price"], line["total_amount"]
        except KeyError:
            return None
        discount = line.get("total_discount_amount", 0)
        tax = line.get("total_tax_amount", 0)
        if not (
            quantity.__class__ is unit_price.__class__ is total.__class__ is discount.__class__ is tax.__class__ is int
        ):
            return None
        if quantity < 0 or discount < 0 or total != quantity * unit_price - discount:
            return None
        if "tax_rate" in line:
            rate = line["tax_rate"]
            if rate.__class__ is not int or not 0 <= rate <= MAX_TAX_RATE or (us and rate):
                return None
            if 0 < rate <= PERCENT_SLIP_MAX or (rates is not None and rate not in rates):
                return None
            if abs(tax * (10000 + rate) - total * rate) > 10000 + rate:
                return None
        amounts += total
        taxes += tax
        items += quantity
        if "type" in line and line["type"] == "sales_tax":
            sales_tax += total
    return _Sums(amounts, taxes, items, sales_tax)


@dataclass(frozen=True)
class LineRules:
    """The per-line part of a rule set, for the body check to inline into its generated loop over
    the lines (`_validation`): a long order is then walked once, each line's documented checks and
    Klarna's rules for it in one pass, with nothing built per line.

    The statements run for a line that passed its documented checks, with each field of `reads`
    in a local `line_<field>` (None when absent) and the `context` names as arguments; a line
    that breaks a rule makes them `return index, None` (the line is then looked at closely),
    and each name of `sums` starts at 0 and ends in the result. They take the fields of
    `integers` to be integers, so the pass is used only while the document types them so (its
    checks then refuse anything else). They state `_sound_lines`' rules again, in the form the
    generated loop takes; `test_check_fast_paths.py` holds the two to each other.
    """

    field: str  # the body's list of lines
    reads: tuple[str, ...]
    integers: tuple[str, ...]
    sums: tuple[str, ...]
    context: tuple[str, ...]
    statements: str


ORDER_LINES: Final = LineRules(
    field="order_lines",
    reads=("quantity", "unit_price", "total_amount", "total_discount_amount", "total_tax_amount", "tax_rate", "type"),
    integers=("quantity", "unit_price", "total_amount", "total_discount_amount", "total_tax_amount", "tax_rate"),
    sums=("amounts", "taxes", "items", "sales_tax"),  # as in _Sums
    context=("us", "rates"),
    statements=f"""
discount = 0 if line_total_discount_amount is None else line_total_discount_amount
tax = 0 if line_total_tax_amount is None else line_total_tax_amount
total = line_total_amount
if line_quantity < 0 or discount < 0 or total != line_quantity * line_unit_price - discount:
    return index, None
rate = line_tax_rate
if rate is not None and (
    not 0 <= rate <= {MAX_TAX_RATE}
    or (us and rate)
    or 0 < rate <= {PERCENT_SLIP_MAX}
    or (rates is not None and rate not in rates)
    or abs(tax * (10000 + rate) - total * rate) > 10000 + rate
):
    return index, None
amounts += total
taxes += tax
items += line_quantity
if line_type == "sales_tax":
    sales_tax += total
""",
)


class _Vat(NamedTuple):
    """A country's VAT rates, as `markets.json` lists them."""

    country: str
    rates: frozenset[int]  # standard and reduced, and 0 (zero-rated, exempt), in hundredths of a percent


def _percent(rate: int) -> str:
    return f"{rate / 100:g} %"


def _check_rate(findings: _Findings, path: str, rate: int, vat: _Vat | None) -> None:
    """A warning for a `tax_rate` no country charges (1 to 99: a percent written as such) or one
    that is not among the purchase country's rates. Never an error: rates change."""
    if 0 < rate <= PERCENT_SLIP_MAX:
        what = (
            f"{rate} is {_percent(rate)}: tax_rate is in hundredths of a percent, so 2500 means 25 % "
            f"({rate} % is {rate * 100})"
        )
        findings.warning(path, what, rate * 100, rate)
    elif vat is not None and rate not in vat.rates:
        listed = sorted(vat.rates, reverse=True)
        what = (
            f"{rate} ({_percent(rate)}) is not one of {vat.country}'s VAT rates "
            f"({', '.join(_percent(known) for known in listed)}): tax_rate is in hundredths of a percent, "
            "so 2500 means 25 %"
        )
        findings.warning(path, what, listed, rate)


def _check_line(
    findings: _Findings, line: Mapping[str, Any], path: str, us: bool, vat: _Vat | None = None
) -> tuple[int | None, ...]:
    """The line's (total_amount, total_tax_amount, quantity) where they are usable integers; every
    broken rule added to `findings` (`vat`: the purchase country's rates, when known)."""
    quantity = findings.integer(line, "quantity", path, minimum=0, unit=" (fractional quantities are refused)")
    unit_price = findings.integer(line, "unit_price", path, unit=" in minor units")
    discount = findings.integer(line, "total_discount_amount", path, minimum=0, unit=" in minor units")
    total = findings.integer(line, "total_amount", path, unit=" in minor units")
    tax = findings.integer(line, "total_tax_amount", path, unit=" in minor units")
    rate_unit = " in hundredths of a percent (6.625 % is 663)"
    tax_rate = findings.integer(line, "tax_rate", path, minimum=0, unit=rate_unit)
    if tax_rate is not None and tax_rate > MAX_TAX_RATE:
        findings.error(
            f"{path}tax_rate", f"must be at most {MAX_TAX_RATE} (100 %), not {tax_rate}", MAX_TAX_RATE, tax_rate
        )
        tax_rate = None
    discount_usable = discount is not None or "total_discount_amount" not in line  # absent is 0
    if quantity is not None and unit_price is not None and total is not None and discount_usable:
        expected = quantity * unit_price - (discount or 0)
        if total != expected:
            formula = f"{quantity} × {unit_price}" + (f" − {discount}" if discount else "")
            findings.error(f"{path}total_amount", f"must be {expected} ({formula}), not {total}", expected, total)
    if us and tax_rate:
        findings.error(
            f"{path}tax_rate",
            f"must be 0 in the US, not {tax_rate}: US tax goes on its own line of type sales_tax",
            0,
            tax_rate,
        )
    elif tax_rate is not None:
        _check_rate(findings, f"{path}tax_rate", tax_rate, vat)
        sent = tax if tax is not None else 0
        if total is not None and not _tax_within_one(sent, total, tax_rate):
            calculated = tax_of(total, tax_rate)
            findings.error(
                f"{path}total_tax_amount",
                f"{sent} differs from the calculated value [{calculated}] by more than [1] "
                f"({total} × {tax_rate} / (10000 + {tax_rate}))",
                calculated,
                sent,
            )
    return total, tax, quantity


def _check_lines(
    findings: _Findings, lines: Sequence[object], us: bool, vat: _Vat | None = None
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
        if tax is None and "total_tax_amount" not in line:
            tax = 0
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
    vat = _vat_of_body(data)
    return {"us": _is_us(data), "rates": vat.rates if vat is not None else None}


def _vat_of_body(data: Mapping[str, Any]) -> _Vat | None:
    """The purchase country's VAT rates: its own, or, in a body without one, those of the one
    country paying in its currency (SEK: SE); None when unknown or unlisted (US, CA)."""
    country = data.get("purchase_country")
    if country is None:
        currency = data.get("purchase_currency")
        countries = _countries_paying_in(currency.upper()) if isinstance(currency, str) else ()
        country = countries[0] if len(countries) == 1 else None
    return _vat_of(country.upper()) if isinstance(country, str) else None


@functools.lru_cache(maxsize=64)  # bounded: the values come from request bodies
def _vat_of(country: str) -> _Vat | None:
    market = markets().get(country)
    vat = market.get("vat") if market is not None else None
    if not vat:
        return None
    return _Vat(country, frozenset([0, vat["standard"], *vat["reduced"]]))


def _is_us(data: Mapping[str, Any]) -> bool:
    """Whether the US rules hold: the purchase country says so, or, in a body without one (a
    recurring order on a customer token, a session update), a currency only the US uses."""
    country = data.get("purchase_country")
    if country is not None:
        return str(country).upper() == "US"
    currency = data.get("purchase_currency")
    return isinstance(currency, str) and _countries_paying_in(currency.upper()) == ("US",)


@functools.lru_cache(maxsize=64)  # bounded: the values come from request bodies
def _countries_paying_in(currency: str) -> tuple[str, ...]:
    return tuple(sorted(code for code, market in markets().items() if market["currency"] == currency))


def _order_problems(data: Mapping[str, Any], line_sums: tuple[int, ...] | None) -> list[Problem]:
    """`check_order` of a JSON body; `line_sums` are its lines' `_Sums` when every line is already
    known to keep the line rules (the body check's pass with `ORDER_LINES`)."""
    findings = _Findings()
    us = _is_us(data)
    vat = _vat_of_body(data)
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
        sums = _Sums(*line_sums) if line_sums is not None else _sound_lines(lines, us, rates)
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
    if not isinstance(region, str) or region not in _known_regions():
        return []
    country, currency = data.get("purchase_country"), data.get("purchase_currency")
    if isinstance(country, str):
        where = country.upper()
        countries: tuple[str, ...] = (where,) if where in markets() else ()
    elif country is None and isinstance(currency, str):
        countries = _countries_paying_in(currency.upper())
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


@functools.cache
def _known_regions() -> frozenset[str]:
    return frozenset(market["region"] for market in markets().values())


@functools.cache
def markets() -> Mapping[str, Any]:
    """Klarna's country table: country code -> {"currency": ..., "locales": [...], "region": ...,
    "vat": {"standard": ..., "reduced": [...], "source": ...} or None}."""
    from importlib import resources  # on the first order, not at `import klarna_payments`

    text = resources.files(__package__).joinpath("markets.json").read_text(encoding="utf-8")
    table: Mapping[str, Any] = json.loads(text)["markets"]
    return table


@functools.lru_cache(maxsize=256)  # bounded: the values come from request bodies
def _listed(country: str, currency: str | None, locale: str | None) -> bool:
    """Whether Klarna lists this combination (asked once per combination, not once per order)."""
    market = markets().get(country.upper())
    if market is None or (currency is not None and currency.upper() != market["currency"]):
        return False
    return locale is None or locale.lower() in {known.lower() for known in market["locales"]}


def _check_market(findings: _Findings, data: Mapping[str, Any]) -> None:
    country, currency, locale = data.get("purchase_country"), data.get("purchase_currency"), data.get("locale")
    if not isinstance(country, str):
        return
    currency = currency if isinstance(currency, str) else None
    locale = locale if isinstance(locale, str) else None
    if _listed(country, currency, locale):
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
