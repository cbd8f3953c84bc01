"""A redirect is never followed: it is the attempt's answer, a typed error, and no other host
receives the request, its body or its idempotency key.

Klarna does not redirect; a 3xx comes from something in between (a wrong base URL, an egress
proxy or a captive portal). Following it would turn a POST into a GET at another host (302),
or send the whole body and key there (307, 308), and return that host's answer as the result.
A 303 See Other says the request was handled and the result is elsewhere: after one, a call
with an effect has an unknown outcome. Every other 3xx means it was not executed.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from klarna_payments import (
    AsyncKlarnaPayments,
    AuthenticatedClient,
    KlarnaError,
    KlarnaPayments,
    OutcomeUnknownError,
    UnexpectedStatusError,
)
from klarna_payments._schema import Operation
from klarna_payments._spec import OPERATIONS
from klarna_payments.api.orders import create_order
from local_server import Step, scripted_server

from tests.support.calls import call_arguments
from tests.support.mock import BASE_URL, quiet
from tests.support.payloads import ORDER_BODY, TOKEN

OTHER = "https://elsewhere.test"
NOT_EXECUTED = (301, 302, 307, 308)


class Redirector:
    """Klarna's host answers `status` with a Location on another host, which echoes the path
    (the token in it); the other host answers as Klarna would, with an order."""

    def __init__(self, status: int) -> None:
        self.status = status
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.host == httpx.URL(BASE_URL).host:
            location = OTHER + request.url.raw_path.decode()
            return httpx.Response(self.status, headers={"Location": location}, content=b"moved")
        return httpx.Response(200, json={"order_id": "evil", "token_id": "evil"})

    @property
    def elsewhere(self) -> list[httpx.Request]:
        return [request for request in self.requests if request.url.host != httpx.URL(BASE_URL).host]


def following_sdk(handler: Redirector, **options: Any) -> KlarnaPayments:
    """An SDK client on a user's httpx.Client that follows redirects."""
    http_client = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True)
    return KlarnaPayments(
        base_url=BASE_URL, username="merchant", password="pw", max_retries=2, http_client=http_client, **options
    )


def call(sdk: KlarnaPayments, operation: Operation) -> object:
    _, values, keywords = call_arguments(operation.operation_id)
    return getattr(getattr(sdk, operation.resource), operation.name)(*values, **keywords)


@pytest.mark.parametrize("operation", OPERATIONS.values(), ids=OPERATIONS.keys())
@pytest.mark.parametrize("status", NOT_EXECUTED)
def test_a_redirect_of_any_operation_is_an_error_and_reaches_no_other_host(operation: Operation, status: int) -> None:
    handler = Redirector(status)
    with following_sdk(handler) as sdk, pytest.raises(UnexpectedStatusError) as caught:
        quiet(sdk)
        call(sdk, operation)
    assert caught.value.status_code == status
    assert handler.elsewhere == []
    assert len(handler.requests) == 1  # not retried: the same request gets the same answer


@pytest.mark.parametrize("operation", [op for op in OPERATIONS.values() if op.has_effect], ids=lambda op: op.name)
def test_a_see_other_after_a_call_with_an_effect_is_an_unknown_outcome(operation: Operation) -> None:
    handler = Redirector(303)
    with following_sdk(handler) as sdk, pytest.raises(OutcomeUnknownError) as caught:
        quiet(sdk)
        call(sdk, operation)
    assert isinstance(caught.value.last_error, UnexpectedStatusError)
    assert handler.elsewhere == []


@pytest.mark.parametrize("operation", [op for op in OPERATIONS.values() if not op.has_effect], ids=lambda op: op.name)
def test_a_see_other_after_a_read_is_an_error(operation: Operation) -> None:
    handler = Redirector(303)
    with following_sdk(handler) as sdk, pytest.raises(UnexpectedStatusError):
        call(sdk, operation)
    assert handler.elsewhere == []


def test_the_redirect_message_names_where_it_points_but_not_the_path() -> None:
    with following_sdk(Redirector(302)) as sdk, pytest.raises(UnexpectedStatusError) as caught:
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    message = str(caught.value)
    assert "redirect to https://elsewhere.test, not followed" in message
    assert TOKEN not in message


def test_the_sdks_own_connections_do_not_follow_either() -> None:
    handler = Redirector(307)
    # httpx_args with a transport alone: the own pool's direct path, on an in-process transport.
    client = AuthenticatedClient(
        BASE_URL, "dG9rZW4=", max_retries=0, httpx_args={"transport": httpx.MockTransport(handler)}
    )
    with client, pytest.raises(UnexpectedStatusError):
        create_order.sync(TOKEN, client=client, body=ORDER_BODY)
    assert handler.elsewhere == []


async def test_an_async_users_client_that_follows_redirects_does_not_follow_the_sdks() -> None:
    handler = Redirector(308)
    http_client = httpx.AsyncClient(transport=httpx.MockTransport(handler), follow_redirects=True)
    options: dict[str, Any] = {"base_url": BASE_URL, "username": "merchant", "password": "pw", "max_retries": 0}
    async with AsyncKlarnaPayments(http_client=http_client, **options) as sdk:
        with pytest.raises(UnexpectedStatusError):
            await sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert handler.elsewhere == []


@pytest.mark.parametrize("follow", [{"follow_redirects": True}, {"httpx_args": {"follow_redirects": True}}])
def test_the_functional_layers_client_refuses_to_follow_redirects(follow: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="follow_redirects must be False"):
        AuthenticatedClient(BASE_URL, "dG9rZW4=", **follow)


# Over sockets: a redirecting peer and the host it points to.


@pytest.mark.parametrize("status", NOT_EXECUTED)
def test_a_redirect_over_sockets_sends_nothing_to_the_other_host(status: int) -> None:
    with scripted_server(Step(body=b'{"order_id": "evil"}')) as (other_url, other):
        moved = Step(status=status, headers={"Location": f"{other_url}/payments/v1/authorizations/{TOKEN}/order"})
        with scripted_server(moved) as (url, peer):
            for http_client in (None, httpx.Client(follow_redirects=True)):
                options: dict[str, Any] = {"base_url": url, "username": "u", "password": "p", "max_retries": 0}
                with KlarnaPayments(http_client=http_client, **options) as sdk, pytest.raises(UnexpectedStatusError):
                    sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert len(peer.received) == 2
    assert other.received == []


def test_an_async_redirect_over_sockets_sends_nothing_to_the_other_host() -> None:
    async def run(url: str) -> KlarnaError:
        async with AsyncKlarnaPayments(base_url=url, username="u", password="p", max_retries=0) as sdk:
            try:
                await sdk.orders.create_order(TOKEN, ORDER_BODY)
            except KlarnaError as error:
                return error
        raise AssertionError("the redirect was taken as the order")

    with scripted_server(Step()) as (other_url, other):
        with scripted_server(Step(status=307, headers={"Location": other_url + "/"})) as (url, _):
            error = asyncio.run(run(url))
    assert isinstance(error, UnexpectedStatusError)
    assert other.received == []
