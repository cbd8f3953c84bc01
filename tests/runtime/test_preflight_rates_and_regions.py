"""Preflight catches a new team's slips: a tax rate written as a percent (25 for 25 %), one that
is not among the purchase country's VAT rates (both warnings: rates change), and a client whose
region does not serve the purchase country (a warning, logged once per call)."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from klarna_payments import _spec
from klarna_payments.preflight import Problem, check_order, check_region, markets, tax_of

from tests.support.mock import Recorder, async_sdk, json_response, sync_sdk
from tests.support.payloads import TOKEN

MARKETS = markets()
TAXED = [code for code, market in MARKETS.items() if market["vat"] is not None]
UNLISTED = [code for code, market in MARKETS.items() if market["vat"] is None and code != "US"]


def line(rate: int, *, total: int = 25000) -> dict[str, Any]:
    return {"name": "Kaffe", "quantity": 2, "unit_price": total // 2, "total_amount": total, "tax_rate": rate,
            "total_tax_amount": tax_of(total, rate)}  # fmt: skip


def body_in(country: str, *lines: dict[str, Any]) -> dict[str, Any]:
    market = MARKETS[country]
    return {
        "purchase_country": country,
        "purchase_currency": market["currency"],
        "locale": market["locales"][0],
        "order_amount": sum(item["total_amount"] for item in lines),
        "order_tax_amount": sum(item["total_tax_amount"] for item in lines),
        "order_lines": list(lines),
    }


def rates_of(country: str) -> list[int]:
    vat = MARKETS[country]["vat"]
    return [vat["standard"], *vat["reduced"]]


def rate_warnings(problems: list[Problem]) -> list[Problem]:
    return [problem for problem in problems if problem.path.endswith(".tax_rate")]


# A percent written as such: 25 for 25 %


@pytest.mark.parametrize("rate", [1, 25, 99])
def test_a_tax_rate_of_1_to_99_is_a_warning_saying_2500_means_25_percent(rate: int) -> None:
    (problem,) = check_order(body_in("SE", line(rate)))
    assert (problem.path, problem.severity) == ("order_lines[0].tax_rate", "warning")
    assert (problem.expected, problem.actual) == (rate * 100, rate)
    assert problem.message.startswith("order_lines[0].tax_rate: ")
    assert "2500 means 25 %" in problem.message


def test_the_trials_cart_at_25_hundredths_is_no_longer_passed_silently() -> None:
    # Consistent at 0.25 % VAT, which is what 25 says: Klarna would accept it and charge no VAT.
    body = body_in("SE", line(25))
    assert body["order_tax_amount"] == 62
    assert [(problem.path, problem.expected) for problem in check_order(body)] == [("order_lines[0].tax_rate", 2500)]


@pytest.mark.parametrize("country", UNLISTED)
def test_a_country_without_listed_rates_is_still_checked_for_a_percent(country: str) -> None:
    assert rate_warnings(check_order(body_in(country, line(1300)))) == []
    assert [problem.actual for problem in rate_warnings(check_order(body_in(country, line(13))))] == [13]


def test_the_us_has_no_rate_check_beyond_its_own_rule() -> None:
    # A US line's tax_rate must be 0 (an error): the percent warning is not added on top.
    problems = check_order(body_in("US", line(25)))
    assert [(problem.path, problem.severity) for problem in rate_warnings(problems)] == [
        ("order_lines[0].tax_rate", "error")
    ]


# The purchase country's VAT rates


@pytest.mark.parametrize("country", TAXED)
def test_every_listed_rate_of_a_country_and_0_pass(country: str) -> None:
    lines = [line(rate) for rate in [*rates_of(country), 0]]
    assert check_order(body_in(country, *lines)) == []


def test_a_rate_that_is_not_the_countrys_is_a_warning_listing_its_rates() -> None:
    (problem,) = check_order(body_in("SE", line(2400)))
    assert (problem.path, problem.severity, problem.actual) == ("order_lines[0].tax_rate", "warning", 2400)
    assert problem.expected == [2500, 1200, 600, 0]
    assert problem.message == (
        "order_lines[0].tax_rate: 2400 (24 %) is not one of SE's VAT rates (25 %, 12 %, 6 %, 0 %): "
        "tax_rate is in hundredths of a percent, so 2500 means 25 %"
    )


def test_another_countrys_standard_rate_is_a_warning() -> None:
    assert [problem.actual for problem in check_order(body_in("DE", line(2500)))] == [2500]


def test_a_body_without_a_country_takes_the_rates_of_the_one_country_paying_in_its_currency() -> None:
    body = body_in("SE", line(2400))
    del body["purchase_country"], body["locale"]  # a recurring order on a customer token
    assert [problem.path for problem in check_order(body)] == ["order_lines[0].tax_rate"]


def test_a_body_without_a_country_in_a_shared_currency_is_checked_only_for_a_percent() -> None:
    body = body_in("DE", line(2400), line(25))
    del body["purchase_country"], body["locale"]
    assert [problem.actual for problem in check_order(body)] == [25]


def test_every_country_lists_its_vat_rates_with_their_source_or_says_why_it_does_not() -> None:
    for code, market in MARKETS.items():
        vat = market["vat"]
        if vat is None:
            assert market["vat_note"], code
            continue
        rates = rates_of(code)
        assert all(type(rate) is int and 100 <= rate <= 10000 for rate in rates), code
        assert vat["standard"] > max(vat["reduced"], default=0), code
        assert vat["source"].strip(), code


def test_every_country_names_a_region_the_document_has() -> None:
    assert {market["region"] for market in MARKETS.values()} <= set(_spec.REGIONS)


# The client's region


@pytest.mark.parametrize("country", list(MARKETS))
def test_the_region_that_serves_a_country_draws_no_warning(country: str) -> None:
    assert check_region(body_in(country, line(0)), MARKETS[country]["region"]) == []


def test_a_region_that_does_not_serve_the_country_is_a_warning_naming_the_one_that_does() -> None:
    (problem,) = check_region(body_in("SE", line(2500)), "na")
    assert (problem.path, problem.severity, problem.expected, problem.actual) == (
        "purchase_country",
        "warning",
        "eu",
        "na",
    )
    assert problem.message.startswith("purchase_country: the client's region is 'na', which does not serve SE")


def test_a_body_without_a_country_is_checked_by_the_countries_paying_in_its_currency() -> None:
    (problem,) = check_region({"purchase_currency": "USD", "order_amount": 0, "order_lines": []}, "eu")
    assert (problem.path, problem.expected) == ("purchase_currency", "na")
    assert check_region({"purchase_currency": "EUR"}, "eu") == []


@pytest.mark.parametrize("region", [None, "mars"])
def test_no_region_or_one_the_table_does_not_name_is_not_checked(region: str | None) -> None:
    assert check_region(body_in("SE", line(2500)), region) == []


def test_an_unlisted_country_is_left_to_the_market_check() -> None:
    assert check_region({"purchase_country": "XX", "purchase_currency": "SEK"}, "na") == []


ORDER_OK = json_response(200, {"order_id": "o-1"})


def preflight_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]


def test_a_client_whose_region_does_not_serve_the_country_logs_it_and_sends(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="klarna_payments")
    recorder = Recorder(ORDER_OK)
    with sync_sdk(recorder, base_url=None, region="na") as sdk:
        sdk.orders.create_order(TOKEN, body_in("SE", line(2500)))
    (warning,) = preflight_warnings(caplog)
    assert "create_order: preflight warnings" in warning
    assert "the client's region is 'na', which does not serve SE" in warning
    assert len(recorder.requests) == 1


def test_a_client_in_the_countrys_region_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="klarna_payments")
    with sync_sdk(Recorder(ORDER_OK), base_url=None, region="eu") as sdk:
        sdk.orders.create_order(TOKEN, body_in("SE", line(2500)))
    assert preflight_warnings(caplog) == []


async def test_an_async_client_checks_its_region_too(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="klarna_payments")
    async with async_sdk(Recorder(ORDER_OK), base_url=None, region="oc") as sdk:
        await sdk.orders.create_order(TOKEN, body_in("SE", line(2500)))
    (warning,) = preflight_warnings(caplog)
    assert "which does not serve SE" in warning


def test_preflight_off_skips_the_region_check(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="klarna_payments")
    with sync_sdk(Recorder(ORDER_OK), base_url=None, region="na", preflight=False) as sdk:
        sdk.orders.create_order(TOKEN, body_in("SE", line(2500)))
    assert preflight_warnings(caplog) == []
