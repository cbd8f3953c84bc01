"""Start a payment session (the functional layer of `create_credit_session`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from ... import _base_client, _spec
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    from uuid import UUID

    from ..._client import AuthenticatedClient
    from ...models.error_v2 import ErrorV2
    from ...models.merchant_session import MerchantSession
    from ...models.session_create import SessionCreate
    from ...params import SessionCreateParam
    from ...types import Response


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SessionCreateParam | SessionCreate,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    preflight: bool | NotGiven = NOT_GIVEN,
) -> Response[ErrorV2 | MerchantSession]:
    """Start a payment session

    Opens a Klarna payment session for a cart and returns the `client_token` the browser's
    Klarna widget is loaded with, and the payment method categories Klarna offers for it.
    A checkout starts here: the shopper authorizes in the widget, and the authorization
    token (from the browser, or from the `merchant_urls.authorization` callback) places the
    order. A session stays open for 48 hours after its last update, or until an order or a
    customer token is created from it. The cart follows Klarna's order rules: amounts add
    up and line taxes follow the tax formula.

    Args:
        client: The ``AuthenticatedClient`` to send with.
        body: A new payment session's cart and settings. A ``SessionCreateParam`` dict or a
            ``SessionCreate`` model; checked before anything is sent.
        idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
            fresh one by default, the same on every retry. Pass the key of a call whose outcome
            is unknown to repeat it safely.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Fields the document does not know yet, added to the body's top level as they
            are (not checked): the way to send a new Klarna field on purpose.
        preflight: Whether to check Klarna's rules for this body before sending
            (``klarna_payments.preflight``), instead of the client's setting.

    Returns:
        The response whatever its status, its body parsed where the document describes it.

    Raises:
        ValueError: An argument or the body is invalid (``OrderRuleError`` for Klarna's order
            rules); nothing was sent.
        OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
            before trying anything else.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return _base_client.call_detailed(
        client,
        _spec.CREATE_CREDIT_SESSION,
        (),
        body,
        idempotency_key=idempotency_key,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
        preflight=preflight,
    )


def sync(
    *,
    client: AuthenticatedClient,
    body: SessionCreateParam | SessionCreate,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    preflight: bool | NotGiven = NOT_GIVEN,
) -> MerchantSession:
    """Start a payment session

    Opens a Klarna payment session for a cart and returns the `client_token` the browser's
    Klarna widget is loaded with, and the payment method categories Klarna offers for it.
    A checkout starts here: the shopper authorizes in the widget, and the authorization
    token (from the browser, or from the `merchant_urls.authorization` callback) places the
    order. A session stays open for 48 hours after its last update, or until an order or a
    customer token is created from it. The cart follows Klarna's order rules: amounts add
    up and line taxes follow the tax formula.

    Args:
        client: The ``AuthenticatedClient`` to send with.
        body: A new payment session's cart and settings. A ``SessionCreateParam`` dict or a
            ``SessionCreate`` model; checked before anything is sent.
        idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
            fresh one by default, the same on every retry. Pass the key of a call whose outcome
            is unknown to repeat it safely.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Fields the document does not know yet, added to the body's top level as they
            are (not checked): the way to send a new Klarna field on purpose.
        preflight: Whether to check Klarna's rules for this body before sending
            (``klarna_payments.preflight``), instead of the client's setting.

    Returns:
        MerchantSession: what Klarna returned.

    Raises:
        ValueError: An argument or the body is invalid (``OrderRuleError`` for Klarna's order
            rules); nothing was sent.
        OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
            before trying anything else.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "MerchantSession",
        _base_client.call(
            client,
            _spec.CREATE_CREDIT_SESSION,
            (),
            body,
            idempotency_key=idempotency_key,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
            preflight=preflight,
        ),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SessionCreateParam | SessionCreate,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    preflight: bool | NotGiven = NOT_GIVEN,
) -> Response[ErrorV2 | MerchantSession]:
    """Start a payment session

    Opens a Klarna payment session for a cart and returns the `client_token` the browser's
    Klarna widget is loaded with, and the payment method categories Klarna offers for it.
    A checkout starts here: the shopper authorizes in the widget, and the authorization
    token (from the browser, or from the `merchant_urls.authorization` callback) places the
    order. A session stays open for 48 hours after its last update, or until an order or a
    customer token is created from it. The cart follows Klarna's order rules: amounts add
    up and line taxes follow the tax formula.

    Args:
        client: The ``AuthenticatedClient`` to send with.
        body: A new payment session's cart and settings. A ``SessionCreateParam`` dict or a
            ``SessionCreate`` model; checked before anything is sent.
        idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
            fresh one by default, the same on every retry. Pass the key of a call whose outcome
            is unknown to repeat it safely.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Fields the document does not know yet, added to the body's top level as they
            are (not checked): the way to send a new Klarna field on purpose.
        preflight: Whether to check Klarna's rules for this body before sending
            (``klarna_payments.preflight``), instead of the client's setting.

    Returns:
        The response whatever its status, its body parsed where the document describes it.

    Raises:
        ValueError: An argument or the body is invalid (``OrderRuleError`` for Klarna's order
            rules); nothing was sent.
        OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
            before trying anything else.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return await _base_client.acall_detailed(
        client,
        _spec.CREATE_CREDIT_SESSION,
        (),
        body,
        idempotency_key=idempotency_key,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
        preflight=preflight,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SessionCreateParam | SessionCreate,
    idempotency_key: str | UUID | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    preflight: bool | NotGiven = NOT_GIVEN,
) -> MerchantSession:
    """Start a payment session

    Opens a Klarna payment session for a cart and returns the `client_token` the browser's
    Klarna widget is loaded with, and the payment method categories Klarna offers for it.
    A checkout starts here: the shopper authorizes in the widget, and the authorization
    token (from the browser, or from the `merchant_urls.authorization` callback) places the
    order. A session stays open for 48 hours after its last update, or until an order or a
    customer token is created from it. The cart follows Klarna's order rules: amounts add
    up and line taxes follow the tax formula.

    Args:
        client: The ``AuthenticatedClient`` to send with.
        body: A new payment session's cart and settings. A ``SessionCreateParam`` dict or a
            ``SessionCreate`` model; checked before anything is sent.
        idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
            fresh one by default, the same on every retry. Pass the key of a call whose outcome
            is unknown to repeat it safely.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Fields the document does not know yet, added to the body's top level as they
            are (not checked): the way to send a new Klarna field on purpose.
        preflight: Whether to check Klarna's rules for this body before sending
            (``klarna_payments.preflight``), instead of the client's setting.

    Returns:
        MerchantSession: what Klarna returned.

    Raises:
        ValueError: An argument or the body is invalid (``OrderRuleError`` for Klarna's order
            rules); nothing was sent.
        OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
            before trying anything else.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "MerchantSession",
        await _base_client.acall(
            client,
            _spec.CREATE_CREDIT_SESSION,
            (),
            body,
            idempotency_key=idempotency_key,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
            preflight=preflight,
        ),
    )
