"""OpenTelemetry: one CLIENT span and one duration record per call, when the application uses it.

The `otel` extra adds opentelemetry-api only; the application chooses the SDK and exporters.
This module is imported by the first call made while `opentelemetry` is imported (a provider can
only be configured through it), and `telemetry()` returns None, so that the call records
nothing, unless a tracer provider or a meter provider is set.

A call is one span `klarna.<operation>` with the HTTP conventions that fit a logical call
(`http.request.method`, `server.address`, `server.port`, `url.template` from the document, the
last attempt's `http.response.status_code`, `error.type`), the call's `klarna.*` attributes
(operation, outcome, attempts, correlation id, idempotency key) and one `klarna.attempt` event
per attempt (`http.request.resend_count`, its status or `error.type`, its correlation id). The
span is current while the call runs, so an httpx instrumentation's spans nest under it. The
duration of the call goes to the histogram `klarna.client.operation.duration` (seconds) with
`klarna.operation` and `klarna.outcome`.

`klarna.outcome` says what Klarna did: `succeeded` (a success, or a DELETE that an earlier
attempt did; decoding may still fail after it), `unknown` (OutcomeUnknownError; or a call with
an effect interrupted once sending began, e.g. a cancelled task) or `failed` (anything else:
refused before sending, a definite error answer, no answer to a request that had no effect).
Nothing else of the call is recorded: no header, credential, body, message or filled URL.
"""

from __future__ import annotations

import functools
import time
from typing import TYPE_CHECKING, Any, Final, Literal
from urllib.parse import urlsplit

from ._policy import Sent
from ._schema import Operation
from ._spec import CORRELATION_ID_HEADER, VERSION
from ._text import SNIPPET_LIMIT, printable
from .errors import OutcomeUnknownError

if TYPE_CHECKING:
    from types import ModuleType, TracebackType

    import httpx
    from opentelemetry.metrics import Histogram
    from opentelemetry.trace import Span, Tracer

    from ._prepare import Prepared

__all__ = ["CallTelemetry", "telemetry"]

SCOPE: Final = "klarna_payments"
DURATION: Final = "klarna.client.operation.duration"
# The HTTP client duration's boundaries, extended past 10 s: retries wait up to 30 s between attempts.
DURATION_BUCKETS: Final = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0, 30.0, 60.0)

Outcome = Literal["succeeded", "failed", "unknown"]


class _Instruments:
    """The tracer and histogram of the providers last seen, made once per provider."""

    def __init__(self, trace: ModuleType, metrics: ModuleType) -> None:
        self.trace, self.metrics = trace, metrics
        self.tracer_provider: object = None
        self.tracer: Tracer | None = None
        self.meter_provider: object = None
        self.histogram: Histogram | None = None

    def current(self) -> tuple[Tracer | None, Histogram | None]:
        trace, metrics = self.trace, self.metrics
        tracer_provider = trace.get_tracer_provider()
        if tracer_provider is not self.tracer_provider:
            unset = isinstance(tracer_provider, trace.ProxyTracerProvider | trace.NoOpTracerProvider)
            self.tracer = None if unset else tracer_provider.get_tracer(SCOPE, VERSION)
            self.tracer_provider = tracer_provider
        meter_provider = metrics.get_meter_provider()
        if meter_provider is not self.meter_provider:
            # The API names no class for the proxy it returns before a provider is set; were it
            # renamed, the histogram would be the proxy's, which records nothing.
            unset = isinstance(meter_provider, metrics.NoOpMeterProvider) or (
                type(meter_provider).__name__ == "_ProxyMeterProvider"
            )
            self.histogram = (
                None
                if unset
                else meter_provider.get_meter(SCOPE, VERSION).create_histogram(
                    DURATION,
                    unit="s",
                    description="Duration of a Klarna API call, retries and waits included.",
                    explicit_bucket_boundaries_advisory=DURATION_BUCKETS,
                )
            )
            self.meter_provider = meter_provider
        return self.tracer, self.histogram


_INSTRUMENTS: _Instruments | None = None
_API_MISSING = False  # `opentelemetry` is imported, but not its API: tried once


def telemetry(operation: Operation, base_url: str) -> CallTelemetry | None:
    """The telemetry of one call of `operation`; None when no provider is set (or the API is missing)."""
    global _INSTRUMENTS, _API_MISSING
    if _INSTRUMENTS is None:
        if _API_MISSING:
            return None
        try:
            from opentelemetry import metrics, trace
        except ImportError:  # another opentelemetry distribution without the API
            _API_MISSING = True
            return None
        _INSTRUMENTS = _Instruments(trace, metrics)
    tracer, histogram = _INSTRUMENTS.current()
    if tracer is None and histogram is None:
        return None
    return CallTelemetry(operation, base_url, tracer, histogram)


@functools.lru_cache(maxsize=64)
def _server(base_url: str) -> tuple[str, int, str]:
    """`server.address`, `server.port` and the path prefix of a base URL (never a path value)."""
    parts = urlsplit(base_url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.hostname or "", port, parts.path.rstrip("/")


def _error_type(error: BaseException) -> str:
    return type(error).__qualname__


class CallTelemetry:
    """One call's span and duration: entered around the call; the send loop reports each attempt."""

    __slots__ = (
        "_base_url",
        "_histogram",
        "_operation",
        "_outcome",
        "_response",
        "_sending",
        "_span",
        "_started",
        "_token",
        "_tracer",
        "attempts",
    )

    def __init__(self, operation: Operation, base_url: str, tracer: Tracer | None, histogram: Histogram | None) -> None:
        self._operation, self._base_url, self._tracer, self._histogram = operation, base_url, tracer, histogram
        self._span: Span | None = None
        self._token: object = None
        self._sending = False
        self._outcome: str | None = None  # Sent.outcome, once the attempts are over
        self._response: httpx.Response | None = None  # the last attempt's
        self._started = 0.0
        self.attempts = 0

    def __repr__(self) -> str:  # a local of the frames an error tracker captures: no response, no request
        return f"CallTelemetry({self._operation.name}, attempts={self.attempts})"

    def __enter__(self) -> CallTelemetry:
        if self._tracer is not None:
            from opentelemetry import context, trace

            operation = self._operation
            address, port, prefix = _server(self._base_url)
            self._span = self._tracer.start_span(
                f"klarna.{operation.name}",
                kind=trace.SpanKind.CLIENT,
                attributes={
                    "klarna.operation": operation.name,
                    "http.request.method": operation.method,
                    "server.address": address,
                    "server.port": port,
                    "url.template": prefix + operation.path,
                },
            )
            # Current even when not recording: its sampling decision is what nested spans follow.
            self._token = context.attach(trace.set_span_in_context(self._span))
        self._started = time.perf_counter()
        return self

    def sending(self, prepared: Prepared) -> None:
        """The call is checked and its first attempt about to start."""
        self._sending = True
        if prepared.idempotency_key is not None and self._span is not None and self._span.is_recording():
            self._span.set_attribute("klarna.idempotency_key", prepared.idempotency_key)

    def attempt(self, number: int, response: httpx.Response | None, error: BaseException | None) -> None:
        """Attempt `number` ended with `response` or `error`."""
        self.attempts, self._response = number, response
        span = self._span
        if span is None or not span.is_recording():
            return
        event: dict[str, Any] = {"http.request.resend_count": number - 1}
        if response is not None:
            event["http.response.status_code"] = response.status_code
            if response.status_code >= 400:
                event["error.type"] = str(response.status_code)
            correlation_id = response.headers.get(CORRELATION_ID_HEADER)
            if correlation_id:
                event["klarna.correlation_id"] = printable(correlation_id, SNIPPET_LIMIT)
        elif error is not None:
            event["error.type"] = _error_type(error)
        span.add_event("klarna.attempt", event)

    def sent(self, sent: Sent) -> None:
        """The attempts are over: `sent` is the call's last response and what it means."""
        self._outcome = sent.outcome

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        elapsed = time.perf_counter() - self._started
        outcome = self._call_outcome(exc)
        if self._histogram is not None:
            self._histogram.record(elapsed, {"klarna.operation": self._operation.name, "klarna.outcome": outcome})
        span = self._span
        if span is None:
            return
        try:
            if span.is_recording():
                self._finish(span, outcome, exc)
            span.end()
        finally:
            from opentelemetry import context

            context.detach(self._token)  # type: ignore[arg-type]

    def _call_outcome(self, exc: BaseException | None) -> Outcome:
        if isinstance(exc, OutcomeUnknownError):
            return "unknown"
        if self._outcome in {"success", "settled"}:
            return "succeeded"
        interrupted = exc is not None and not isinstance(exc, Exception)  # cancelled, KeyboardInterrupt
        if interrupted and self._sending and self._operation.has_effect:
            return "unknown"
        return "failed"

    def _finish(self, span: Span, outcome: Outcome, exc: BaseException | None) -> None:
        response = self._response
        attributes: dict[str, Any] = {"klarna.outcome": outcome, "klarna.attempts": self.attempts}
        if response is not None:
            attributes["http.response.status_code"] = response.status_code
            correlation_id = response.headers.get(CORRELATION_ID_HEADER)
            if correlation_id:
                attributes["klarna.correlation_id"] = printable(correlation_id, SNIPPET_LIMIT)
        error_type = None
        if exc is not None:
            error_type = _error_type(exc)
        elif self._outcome == "failure" and response is not None:  # `*_detailed` returns an error answer
            error_type = str(response.status_code)
        if error_type is not None:
            attributes["error.type"] = error_type
        span.set_attributes(attributes)
        if error_type is not None:
            from opentelemetry.trace import StatusCode

            # No description: an error's message may quote Klarna's text about the request.
            span.set_status(StatusCode.ERROR)
