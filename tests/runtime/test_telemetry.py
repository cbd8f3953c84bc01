"""OpenTelemetry: a call is one CLIENT span `klarna.<operation>` and one duration record, when a
provider is set; never a credential, token, header or body in them.

The providers are the OpenTelemetry SDK's, with an in-memory span exporter and metric reader
(`tests/support/telemetry.py`); the attempts are `Recorder` steps.
"""

from __future__ import annotations

import asyncio
import base64
import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from klarna_payments import (
    APIConnectionError,
    AuthenticatedClient,
    BadRequestError,
    KlarnaError,
    OutcomeUnknownError,
    ResponseValidationError,
    _telemetry,
)
from klarna_payments._spec import OPERATIONS
from klarna_payments.api.orders import create_order
from opentelemetry import trace
from opentelemetry.trace import SpanKind, StatusCode

from tests.support.mock import BASE_URL, Recorder, async_sdk, json_response, quiet, sync_sdk
from tests.support.payloads import ORDER_BODY, TOKEN
from tests.support.telemetry import Telemetry, providers, recorded_values

CREATE_ORDER = OPERATIONS["create_order"]
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
ORDER = json_response(200, {"order_id": "o-1"}, {"Klarna-Correlation-Id": "corr-ok"})
UNAVAILABLE = json_response(503, {"error_code": "SERVICE_UNAVAILABLE"}, {"Klarna-Correlation-Id": "corr-503"})
BAD_VALUE = json_response(400, {"error_code": "BAD_VALUE", "error_messages": ["Bad value: order_amount"]})


@pytest.fixture
def otel(monkeypatch: pytest.MonkeyPatch) -> Iterator[Telemetry]:
    with providers(monkeypatch) as recorded:
        yield recorded


async def placed(mode: str, recorder: Recorder, *, retries: int = 0, **client_options: Any) -> KlarnaError | None:
    """`create_order` through the sync or the async client; the error it raised, if any."""
    try:
        if mode == "sync":
            with sync_sdk(recorder, max_retries=retries, **client_options) as sdk:
                quiet(sdk)
                sdk.orders.create_order(TOKEN, ORDER_BODY)
        else:
            async with async_sdk(recorder, max_retries=retries, **client_options) as client:
                quiet(client)
                await client.orders.create_order(TOKEN, ORDER_BODY)
    except KlarnaError as error:
        return error
    return None


# --------------------------------------------------------------------------------------------
# The span


@MODES
async def test_a_successful_call_is_one_client_span_with_the_http_and_klarna_attributes(
    mode: str, otel: Telemetry
) -> None:
    recorder = Recorder(ORDER)
    assert await placed(mode, recorder) is None
    span = otel.span()
    assert (span.name, span.kind, span.status.status_code) == ("klarna.create_order", SpanKind.CLIENT, StatusCode.UNSET)
    assert dict(span.attributes or {}) == {
        "klarna.operation": CREATE_ORDER.name,
        "http.request.method": CREATE_ORDER.method,
        "server.address": httpx.URL(BASE_URL).host,
        "server.port": 443,
        "url.template": CREATE_ORDER.path,
        "http.response.status_code": 200,
        "klarna.outcome": "succeeded",
        "klarna.attempts": 1,
        "klarna.correlation_id": "corr-ok",
        "klarna.idempotency_key": recorder.idempotency_keys[0],
    }


@MODES
async def test_a_retried_success_has_one_event_per_attempt_with_its_resend_count(mode: str, otel: Telemetry) -> None:
    recorder = Recorder(UNAVAILABLE, ORDER)
    assert await placed(mode, recorder, retries=2) is None
    span = otel.span()
    assert [event.name for event in span.events] == ["klarna.attempt", "klarna.attempt"]
    assert [dict(event.attributes or {}) for event in span.events] == [
        {
            "http.request.resend_count": 0,
            "http.response.status_code": 503,
            "error.type": "503",
            "klarna.correlation_id": "corr-503",
        },
        {"http.request.resend_count": 1, "http.response.status_code": 200, "klarna.correlation_id": "corr-ok"},
    ]
    attributes = span.attributes or {}
    assert (attributes["klarna.outcome"], attributes["klarna.attempts"]) == ("succeeded", 2)
    assert span.status.status_code is StatusCode.UNSET
    # One key for the call, the one every attempt sent: what Klarna support asks for.
    assert {attributes["klarna.idempotency_key"]} == set(recorder.idempotency_keys)


@MODES
async def test_a_definite_error_answer_is_a_failed_span_with_error_status_and_type(mode: str, otel: Telemetry) -> None:
    error = await placed(mode, Recorder(BAD_VALUE), retries=2)
    assert isinstance(error, BadRequestError)
    span = otel.span()
    attributes = span.attributes or {}
    assert span.status.status_code is StatusCode.ERROR
    assert span.status.description is None  # an error's message may quote Klarna's text about the request
    assert (attributes["klarna.outcome"], attributes["error.type"]) == ("failed", "BadRequestError")
    assert (attributes["http.response.status_code"], attributes["klarna.attempts"]) == (400, 1)


@MODES
async def test_a_lost_answer_is_an_unknown_outcome_span(mode: str, otel: Telemetry) -> None:
    error = await placed(mode, Recorder(httpx.ReadTimeout("timed out")))
    assert isinstance(error, OutcomeUnknownError)
    span = otel.span()
    attributes = span.attributes or {}
    assert span.status.status_code is StatusCode.ERROR
    assert (attributes["klarna.outcome"], attributes["error.type"]) == ("unknown", "OutcomeUnknownError")
    assert "http.response.status_code" not in attributes
    assert attributes["klarna.idempotency_key"] == error.idempotency_key  # the key to repeat the call with
    (event,) = span.events
    assert dict(event.attributes or {}) == {"http.request.resend_count": 0, "error.type": "ReadTimeout"}


@MODES
async def test_a_request_that_never_reached_klarna_is_a_failed_span(mode: str, otel: Telemetry) -> None:
    error = await placed(mode, Recorder(httpx.ConnectError("refused")), retries=1)
    assert type(error) is APIConnectionError
    attributes = otel.span().attributes or {}
    assert (attributes["klarna.outcome"], attributes["klarna.attempts"]) == ("failed", 2)
    assert attributes["error.type"] == "APIConnectionError"


@MODES
async def test_a_success_that_does_not_decode_succeeded_at_klarna_but_is_an_error(mode: str, otel: Telemetry) -> None:
    error = await placed(mode, Recorder(json_response(200, {"no": "order id"})))
    assert isinstance(error, ResponseValidationError)
    span = otel.span()
    attributes = span.attributes or {}
    assert (attributes["klarna.outcome"], attributes["error.type"]) == ("succeeded", "ResponseValidationError")
    assert span.status.status_code is StatusCode.ERROR


def test_a_call_refused_before_sending_is_a_failed_span_without_attempts(otel: Telemetry) -> None:
    recorder = Recorder(ORDER)
    with sync_sdk(recorder) as sdk, pytest.raises(ValueError) as raised:
        sdk.orders.create_order(TOKEN, {**ORDER_BODY, "order_amount": "not a number"})
    assert recorder.requests == []
    span = otel.span()
    attributes = span.attributes or {}
    assert (attributes["klarna.outcome"], attributes["klarna.attempts"]) == ("failed", 0)
    assert attributes["error.type"] == type(raised.value).__qualname__
    assert (span.events, "klarna.idempotency_key" in attributes) == ((), False)


def test_a_detailed_call_answered_with_an_error_has_the_status_as_its_error_type(otel: Telemetry) -> None:
    client = AuthenticatedClient(BASE_URL, "dG9rZW4=", max_retries=0)
    client.set_httpx_client(httpx.Client(transport=httpx.MockTransport(Recorder(BAD_VALUE))))
    with client:
        response = create_order.sync_detailed(TOKEN, client=client, body=ORDER_BODY)  # type: ignore[arg-type]
    assert response.status_code == 400
    span = otel.span()
    attributes = span.attributes or {}
    assert (attributes["klarna.outcome"], attributes["error.type"]) == ("failed", "400")
    assert span.status.status_code is StatusCode.ERROR


async def test_a_cancelled_call_with_an_effect_is_an_unknown_outcome(otel: Telemetry) -> None:
    def cancelled(request: httpx.Request) -> httpx.Response:
        raise asyncio.CancelledError  # the task was cancelled while the request was in flight

    async with async_sdk(cancelled) as client:
        with pytest.raises(asyncio.CancelledError):
            await client.orders.create_order(TOKEN, ORDER_BODY)
    attributes = otel.span().attributes or {}
    assert (attributes["klarna.outcome"], attributes["error.type"]) == ("unknown", "CancelledError")


@MODES
async def test_the_span_is_current_while_the_request_is_sent(mode: str, otel: Telemetry) -> None:
    seen: list[trace.Span] = []
    recorder = Recorder(ORDER)

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(trace.get_current_span())  # where an httpx instrumentation's span would nest
        return recorder(request)

    if mode == "sync":
        with sync_sdk(answer) as sdk:
            sdk.orders.create_order(TOKEN, ORDER_BODY)
    else:
        async with async_sdk(answer) as client:
            await client.orders.create_order(TOKEN, ORDER_BODY)
    (current,) = seen
    assert current.get_span_context() == otel.span().get_span_context()
    assert trace.get_current_span() is trace.INVALID_SPAN  # and no longer current after the call


@MODES
async def test_the_span_is_a_child_of_the_callers_current_span(mode: str, otel: Telemetry) -> None:
    tracer = otel.tracer_provider.get_tracer("shop")
    with tracer.start_as_current_span("checkout") as checkout:
        await placed(mode, Recorder(ORDER))
    klarna_span = next(span for span in otel.spans() if span.name == "klarna.create_order")
    assert klarna_span.parent is not None
    assert klarna_span.parent.span_id == checkout.get_span_context().span_id


# --------------------------------------------------------------------------------------------
# Nothing secret


PASSWORD = "pa55-W0rd-never-in-a-span"
API_KEY = "klarna_test_api_key_never_in_a_span_123"
CREDENTIALS: dict[str, dict[str, Any]] = {
    "password": {"username": "merchant", "password": PASSWORD},
    "api key": {"api_key": API_KEY, "username": None, "password": None},
}
SCENARIOS: dict[str, tuple[httpx.Response | Exception, ...]] = {
    "success": (ORDER,),
    "retried success": (UNAVAILABLE, ORDER),
    "definite failure": (BAD_VALUE,),
    "unknown outcome": (httpx.ReadTimeout(f"timed out sending to /authorizations/{TOKEN}/order"),),
}


@MODES
@pytest.mark.parametrize("credentials", CREDENTIALS, ids=list(CREDENTIALS))
@pytest.mark.parametrize("scenario", SCENARIOS, ids=list(SCENARIOS))
async def test_no_credential_token_header_or_body_is_in_any_attribute_or_event(
    mode: str, credentials: str, scenario: str, otel: Telemetry
) -> None:
    recorder = Recorder(*SCENARIOS[scenario])
    await placed(mode, recorder, retries=1, **CREDENTIALS[credentials])
    authorization = recorder.requests[0].headers["Authorization"]
    secrets = (
        PASSWORD,
        API_KEY,
        authorization,
        authorization.split()[-1],
        base64.b64encode(PASSWORD.encode()).decode(),
    )
    private = (TOKEN, "Kaffe", recorder.requests[0].url.path)  # the authorization token, the body, the filled path
    span = otel.span()
    text = json.dumps(recorded_values(span), default=str)
    assert [value for value in (*secrets, *private) if value in text] == []
    assert not any(name.startswith("url.full") or "header" in name for name in span.attributes or {})


# --------------------------------------------------------------------------------------------
# The duration histogram


@MODES
async def test_each_call_records_its_duration_by_operation_and_outcome(mode: str, otel: Telemetry) -> None:
    await placed(mode, Recorder(ORDER))
    await placed(mode, Recorder(ORDER))
    await placed(mode, Recorder(httpx.ReadTimeout("timed out")))
    points = {tuple(sorted((point.attributes or {}).items())): point for point in otel.duration_points()}
    succeeded = (("klarna.operation", "create_order"), ("klarna.outcome", "succeeded"))
    unknown = (("klarna.operation", "create_order"), ("klarna.outcome", "unknown"))
    assert set(points) == {succeeded, unknown}
    assert (points[succeeded].count, points[unknown].count) == (2, 1)
    assert points[succeeded].sum > 0
    assert tuple(points[succeeded].explicit_bounds) == _telemetry.DURATION_BUCKETS
    assert otel.duration_unit() == "s"


def test_a_meter_provider_alone_records_durations_and_starts_no_span(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[trace.Span] = []
    recorder = Recorder(ORDER)

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(trace.get_current_span())
        return recorder(request)

    with providers(monkeypatch, tracing=False) as recorded:
        with sync_sdk(answer) as sdk:
            sdk.orders.create_order(TOKEN, ORDER_BODY)
        assert [point.count for point in recorded.duration_points()] == [1]
    assert seen == [trace.INVALID_SPAN]


# --------------------------------------------------------------------------------------------
# Without a provider


def test_without_a_provider_a_call_has_no_telemetry() -> None:
    # The pytest process sets no global provider: the API's getters return its proxies.
    assert isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider)
    assert _telemetry.telemetry(CREATE_ORDER, BASE_URL) is None


SET_GLOBALLY = """
import httpx, json
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from klarna_payments import KlarnaPayments

def answer(request):
    return httpx.Response(204)

with KlarnaPayments(base_url="https://klarna.test", username="u", password="p",
                    http_client=httpx.Client(transport=httpx.MockTransport(answer))) as klarna:
    klarna.orders.cancel_authorization("before-a-provider")
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    klarna.orders.cancel_authorization("after-it")
print(json.dumps([span.name for span in exporter.get_finished_spans()]))
"""


def test_a_provider_set_globally_traces_the_calls_made_after_it() -> None:
    result = subprocess.run([sys.executable, "-c", SET_GLOBALLY], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == ["klarna.cancel_authorization"]


def test_the_calls_telemetry_shows_no_request_in_its_repr(otel: Telemetry) -> None:
    observed = _telemetry.telemetry(CREATE_ORDER, BASE_URL)
    assert repr(observed) == "CallTelemetry(create_order, attempts=0)"
