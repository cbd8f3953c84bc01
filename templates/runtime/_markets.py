"""Klarna's country table (`markets.json`): each country's currency, locales, region and VAT rates.

Read once, on the first body that needs it (not at ``import klarna_payments``), and asked
through small caches: the values asked about come from request bodies, so each cache is bounded.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from typing import Any, NamedTuple

__all__ = ["Vat", "countries_paying_in", "is_us", "known_regions", "listed", "markets", "vat_of", "vat_of_body"]


class Vat(NamedTuple):
    """A country's VAT rates, as `markets.json` lists them."""

    country: str
    rates: frozenset[int]  # standard and reduced, and 0 (zero-rated, exempt), in hundredths of a percent


@functools.cache
def markets() -> Mapping[str, Any]:
    """Klarna's country table: country code -> {"currency": ..., "locales": [...], "region": ...,
    "vat": {"standard": ..., "reduced": [...], "source": ...} or None}."""
    from importlib import resources  # on the first order, not at `import klarna_payments`

    text = resources.files(__package__).joinpath("markets.json").read_text(encoding="utf-8")
    table: Mapping[str, Any] = json.loads(text)["markets"]
    return table


@functools.lru_cache(maxsize=64)  # bounded: the values come from request bodies
def vat_of(country: str) -> Vat | None:
    """The VAT rates of `country` (upper case); None for a country without a list (US, CA) or unknown."""
    market = markets().get(country)
    vat = market.get("vat") if market is not None else None
    if not vat:
        return None
    return Vat(country, frozenset([0, vat["standard"], *vat["reduced"]]))


def vat_of_body(data: Mapping[str, Any]) -> Vat | None:
    """The purchase country's VAT rates: its own, or, in a body without one, those of the one
    country paying in its currency (SEK: SE); None when unknown or unlisted (US, CA)."""
    country = data.get("purchase_country")
    if country is None:
        currency = data.get("purchase_currency")
        countries = countries_paying_in(currency.upper()) if isinstance(currency, str) else ()
        country = countries[0] if len(countries) == 1 else None
    return vat_of(country.upper()) if isinstance(country, str) else None


def is_us(data: Mapping[str, Any]) -> bool:
    """Whether the US rules hold: the purchase country says so, or, in a body without one (a
    recurring order on a customer token, a session update), a currency only the US uses."""
    country = data.get("purchase_country")
    if country is not None:
        return str(country).upper() == "US"
    currency = data.get("purchase_currency")
    return isinstance(currency, str) and countries_paying_in(currency.upper()) == ("US",)


@functools.lru_cache(maxsize=64)  # bounded: the values come from request bodies
def countries_paying_in(currency: str) -> tuple[str, ...]:
    """The countries whose currency is `currency` (upper case), sorted."""
    return tuple(sorted(code for code, market in markets().items() if market["currency"] == currency))


@functools.cache
def known_regions() -> frozenset[str]:
    """The regions serving some country of the table (`eu`, `na`, `oc`)."""
    return frozenset(market["region"] for market in markets().values())


@functools.lru_cache(maxsize=256)  # bounded: the values come from request bodies
def listed(country: str, currency: str | None, locale: str | None) -> bool:
    """Whether Klarna lists this combination (asked once per combination, not once per order)."""
    market = markets().get(country.upper())
    if market is None or (currency is not None and currency.upper() != market["currency"]):
        return False
    return locale is None or locale.lower() in {known.lower() for known in market["locales"]}
