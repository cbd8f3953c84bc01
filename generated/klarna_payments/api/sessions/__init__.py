"""Operations tagged `sessions`.

``Sessions`` and ``AsyncSessions`` are what ``KlarnaPayments.sessions``
and ``AsyncKlarnaPayments.sessions`` return; the modules of this package are the
functional layer (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, cast

from ... import _base_client, _iterators, _spec
from ..._base_client import BaseClient, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    from uuid import UUID

    from ...models.merchant_session import MerchantSession
    from ...models.session import Session
    from ...models.session_create import SessionCreate
    from ...models.session_read import SessionRead
    from ...params import SessionCreateParam, SessionParam


class Sessions(_iterators.SessionsIterators):
    """Operations tagged `sessions`; get it as ``KlarnaPayments(...).sessions``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SessionsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, correlation id, ``parse()``)."""
        return SessionsWithRawResponse(self)

    def create_credit_session(
        self,
        body: SessionCreateParam | SessionCreate,
        *,
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
                self._client,
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

    def read_credit_session(
        self,
        session_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SessionRead:
        """Read a payment session

        The session as Klarna holds it: its cart, its `status` (`complete` once an order or a
        customer token was created from it, else `incomplete`), when it expires, and the
        authorization token once the shopper has authorized.

        Args:
            session_id: The id Klarna gave the session when it was created (`session_id`).
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            SessionRead: what Klarna returned.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
            APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
                ``ConflictError``, ...).
            ResponseValidationError: Klarna answered with success, but the body lacks a required field.
            APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
        """

        return cast(
            "SessionRead",
            _base_client.call(
                self._client,
                _spec.READ_CREDIT_SESSION,
                (session_id,),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def update_credit_session(
        self,
        session_id: str,
        body: SessionParam | Session,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        preflight: bool | NotGiven = NOT_GIVEN,
    ) -> None:
        """Change a payment session's cart

        Changes the session before the shopper authorizes (or before they authorize again): the
        fields given replace the session's, and the session stays open another 48 hours. An
        order must match the session as it is when placed, so update the session when the cart
        changes. Klarna answers 204 without a body.

        Args:
            session_id: The id Klarna gave the session when it was created (`session_id`).
            body: A payment session's cart and settings, as sent to change a session: every field given
                replaces the session's. The same order rules apply as to an order.  A ``SessionParam``
                dict or a ``Session`` model; checked before anything is sent.
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
            None, once Klarna has done it.

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
            "None",
            _base_client.call(
                self._client,
                _spec.UPDATE_CREDIT_SESSION,
                (session_id,),
                body,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
                preflight=preflight,
            ),
        )


class AsyncSessions(_iterators.AsyncSessionsIterators):
    """Operations tagged `sessions`; get it as ``AsyncKlarnaPayments(...).sessions``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSessionsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, correlation id, ``parse()``)."""
        return AsyncSessionsWithRawResponse(self)

    async def create_credit_session(
        self,
        body: SessionCreateParam | SessionCreate,
        *,
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
                self._client,
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

    async def read_credit_session(
        self,
        session_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SessionRead:
        """Read a payment session

        The session as Klarna holds it: its cart, its `status` (`complete` once an order or a
        customer token was created from it, else `incomplete`), when it expires, and the
        authorization token once the shopper has authorized.

        Args:
            session_id: The id Klarna gave the session when it was created (`session_id`).
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            SessionRead: what Klarna returned.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
            APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
                ``ConflictError``, ...).
            ResponseValidationError: Klarna answered with success, but the body lacks a required field.
            APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
        """

        return cast(
            "SessionRead",
            await _base_client.acall(
                self._client,
                _spec.READ_CREDIT_SESSION,
                (session_id,),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def update_credit_session(
        self,
        session_id: str,
        body: SessionParam | Session,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        preflight: bool | NotGiven = NOT_GIVEN,
    ) -> None:
        """Change a payment session's cart

        Changes the session before the shopper authorizes (or before they authorize again): the
        fields given replace the session's, and the session stays open another 48 hours. An
        order must match the session as it is when placed, so update the session when the cart
        changes. Klarna answers 204 without a body.

        Args:
            session_id: The id Klarna gave the session when it was created (`session_id`).
            body: A payment session's cart and settings, as sent to change a session: every field given
                replaces the session's. The same order rules apply as to an order.  A ``SessionParam``
                dict or a ``Session`` model; checked before anything is sent.
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
            None, once Klarna has done it.

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
            "None",
            await _base_client.acall(
                self._client,
                _spec.UPDATE_CREDIT_SESSION,
                (session_id,),
                body,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
                preflight=preflight,
            ),
        )


class SessionsWithRawResponse:
    """``Sessions``'s methods, each returning the ``RawResponse`` of its call; they raise what they raise."""

    def __init__(self, resource: Sessions) -> None:
        self.create_credit_session = to_raw_response_wrapper(resource.create_credit_session)
        self.read_credit_session = to_raw_response_wrapper(resource.read_credit_session)
        self.update_credit_session = to_raw_response_wrapper(resource.update_credit_session)


class AsyncSessionsWithRawResponse:
    """``AsyncSessions``'s methods, each returning the ``RawResponse`` of its call; they raise what they raise."""

    def __init__(self, resource: AsyncSessions) -> None:
        self.create_credit_session = async_to_raw_response_wrapper(resource.create_credit_session)
        self.read_credit_session = async_to_raw_response_wrapper(resource.read_credit_session)
        self.update_credit_session = async_to_raw_response_wrapper(resource.update_credit_session)


__all__ = ["AsyncSessions", "AsyncSessionsWithRawResponse", "Sessions", "SessionsWithRawResponse"]
