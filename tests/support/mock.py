"""SDK clients wired to an in-process `httpx.MockTransport`, canned responses, and a quiet clock."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import httpx
from klarna_payments import AsyncKlarnaPayments, KlarnaError, KlarnaPayments, OutcomeUnknownError
from klarna_payments._base_client import BaseClient, use_clock
from klarna_payments._http import Clock

BASE_URL = "https://klarna.test"
Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that answers with canned responses (the last one repeats) and
    keeps every request."""

    def __init__(self, *responses: httpx.Response | BaseException) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        canned = self.responses[min(len(self.requests), len(self.responses)) - 1]
        if isinstance(canned, BaseException):
            raise type(canned)(str(canned), request=request)  # type: ignore[call-arg]
        # A fresh response per request (a stream is read once), from the raw bytes as given:
        # a Content-Encoding header is for the SDK to apply, or to find wrong.
        raw = b"".join(canned.stream)  # type: ignore[arg-type]
        return httpx.Response(canned.status_code, headers=canned.headers, stream=httpx.ByteStream(raw))

    @property
    def idempotency_keys(self) -> list[str | None]:
        return [request.headers.get("Klarna-Idempotency-Key") for request in self.requests]


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status, content=json.dumps(body).encode(), headers={"Content-Type": "application/json", **(headers or {})}
    )


class QuietClock(Clock):
    """Records the waits the send loop asks for instead of sleeping them."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)


def quiet(client: BaseClient, clock: QuietClock | None = None) -> QuietClock:
    """Make `client` record its retry waits (in `clock`, or a new one) instead of sleeping them."""
    clock = clock or QuietClock()
    use_clock(client, clock)
    return clock


def sdk_options(options: dict[str, Any]) -> dict[str, Any]:
    """Common test configuration: demo credentials, the fake base URL, no retries unless asked."""
    return {"base_url": BASE_URL, "username": "merchant", "password": "s3cret-pass", "max_retries": 0, **options}


def sync_sdk(handler: Handler, **options: Any) -> KlarnaPayments:
    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    return KlarnaPayments(http_client=http_client, **sdk_options(options))


def async_sdk(handler: Handler, **options: Any) -> AsyncKlarnaPayments:
    http_client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return AsyncKlarnaPayments(http_client=http_client, **sdk_options(options))


E = TypeVar("E", bound=BaseException | None)


def definite(error: E) -> E | KlarnaError:
    """The error the last attempt alone got: an unknown outcome's `last_error`, else `error`."""
    return error.last_error if isinstance(error, OutcomeUnknownError) else error
