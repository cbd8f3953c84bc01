"""Operations tagged `hpp`.

``Hpp`` and ``AsyncHpp`` are what ``KlarnaPayments.hpp``
and ``AsyncKlarnaPayments.hpp`` return; the modules of this package are the
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
    from ...models.hpp_distribution_request import HppDistributionRequest
    from ...models.hpp_session import HppSession
    from ...models.hpp_session_creation_request import HppSessionCreationRequest
    from ...models.hpp_session_creation_response import HppSessionCreationResponse
    from ...params import HppDistributionRequestParam, HppSessionCreationRequestParam


class Hpp(_iterators.HppIterators):
    """Operations tagged `hpp`; get it as ``KlarnaPayments(...).hpp``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> HppWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, correlation id, ``parse()``)."""
        return HppWithRawResponse(self)

    def create_hpp_session(
        self,
        body: HppSessionCreationRequestParam | HppSessionCreationRequest,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> HppSessionCreationResponse:
        """Create a hosted payment page session

        Creates a Klarna-hosted payment page for an existing Klarna Payments session or Klarna
        Checkout order, named by its API URL in `payment_session_url`. The answer holds the
        session's id and the links to use: `redirect_url` (send the shopper's browser there;
        e-commerce only), `qr_code_url` (an image of a QR code for the same page), and the API
        URLs `session_url` and `distribution_url`.

        `merchant_urls` says where Klarna sends the browser afterwards and where it reports
        status changes (`status_update`). Klarna fills in the placeholders `{{session_id}}`,
        `{{authorization_token}}` and `{{order_id}}` in these URLs; write them literally, braces
        included, and the SDK sends them unchanged.

        The HPP session follows its payment session: it expires one hour before the Klarna
        Payments session does (usually 48 hours after that was last updated), and it ends when
        the payment session is completed or cancelled. Create one HPP session per payment
        session: Klarna calls several a bad practice, and with a Checkout order they may behave
        unexpectedly.

        No money moves when a session is created, and Klarna declares no idempotency key for
        this call. An answer lost on the way is therefore not repeated by the SDK; it raises
        `OutcomeUnknownError`. Creating another session is harmless: disable the one you do not
        use (disableHppSession) if its id is known, or let it expire. The rate limit of this
        call is lower than that of other calls: 40 per second in production, 5 in the
        playground.

        Args:
            body: The payment to host a page for, and how the page behaves. A
                ``HppSessionCreationRequestParam`` dict or a ``HppSessionCreationRequest`` model;
                checked before anything is sent.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Fields the document does not know yet, added to the body's top level as they
                are (not checked): the way to send a new Klarna field on purpose.

        Returns:
            HppSessionCreationResponse: what Klarna returned.

        Raises:
            ValueError: An argument or the body is invalid; nothing was sent.
            OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
                before trying anything else.
            APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
                ``ConflictError``, ...).
            ResponseValidationError: Klarna answered with success, but the body lacks a required field.
            APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
        """

        return cast(
            "HppSessionCreationResponse",
            _base_client.call(
                self._client,
                _spec.CREATE_HPP_SESSION,
                (),
                body,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def read_hpp_session(
        self,
        session_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> HppSession:
        """Read a hosted payment page session

        The session's `status` now, when it last changed (`updated_at`) and when it expires,
        and what the payment produced: for a Klarna Payments session the
        `authorization_token` once the shopper has authorized, and the `order_id` once an
        order exists. The status callback sends the same object.

        Read it to poll for the outcome, and before acting on a status callback, which Klarna
        does not authenticate. Wait for `COMPLETED`; with a Klarna Payments session, then place
        the order with `authorization_token` (Payments createOrder) unless the session was
        created with a `place_order_mode` that places it.

        Args:
            session_id: The HPP session's id, as createHppSession returned it (`session_id`). It is not the id
                of the Klarna Payments session behind it.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            HppSession: what Klarna returned.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
            APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
                ``ConflictError``, ...).
            ResponseValidationError: Klarna answered with success, but the body lacks a required field.
            APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
        """

        return cast(
            "HppSession",
            _base_client.call(
                self._client,
                _spec.READ_HPP_SESSION,
                (session_id,),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def disable_hpp_session(
        self,
        session_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Disable a hosted payment page session

        Ends the session for good: its status becomes `DISABLED`, and a shopper who opens the
        page afterwards sees an error. Disable a session you will not use, for example after
        the shopper pressed back (`back`: the page stays usable otherwise) or when the
        purchase is completed another way. It does not touch the payment session behind it.
        The request has no body, and Klarna answers 204 without one. A session that is
        already `COMPLETED` cannot be disabled (400).

        Args:
            session_id: The HPP session's id, as createHppSession returned it (`session_id`). It is not the id
                of the Klarna Payments session behind it.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            None, once Klarna has done it.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
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
                _spec.DISABLE_HPP_SESSION,
                (session_id,),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def distribute_hpp_session(
        self,
        session_id: str,
        body: HppDistributionRequestParam | HppDistributionRequest,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Send the payment page link to the shopper

        Klarna sends the shopper a link to the session's payment page, by text message
        (`method` `sms`, to `contact_information.phone` in `phone_country`), by e-mail
        (`email`, to `contact_information.email`), or makes it available under an access id
        (`token`, with `contact_information.access_id`). Klarna words the message in the
        shopper's language, and uses the phone number or e-mail address to recognise a
        returning Klarna customer and fill in their details. For flows run by a store
        operator, Klarna recommends its Distribution Module (`distribution_module` in the
        creation answer) over calling this directly.

        Klarna answers 201 or 204 without a body; the SDK returns `None` for either. Sending
        moves no money, and Klarna declares no idempotency key: an answer lost on the way is
        not repeated by the SDK (it raises `OutcomeUnknownError`), since a repeat would send
        the shopper a second message. Send it again yourself if a second message is
        acceptable.

        Args:
            session_id: The HPP session's id, as createHppSession returned it (`session_id`). It is not the id
                of the Klarna Payments session behind it.
            body: How to send the payment page's link to the shopper. A ``HppDistributionRequestParam``
                dict or a ``HppDistributionRequest`` model; checked before anything is sent.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Fields the document does not know yet, added to the body's top level as they
                are (not checked): the way to send a new Klarna field on purpose.

        Returns:
            None, once Klarna has done it.

        Raises:
            ValueError: An argument or the body is invalid; nothing was sent.
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
                _spec.DISTRIBUTE_HPP_SESSION,
                (session_id,),
                body,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )


class AsyncHpp(_iterators.AsyncHppIterators):
    """Operations tagged `hpp`; get it as ``AsyncKlarnaPayments(...).hpp``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncHppWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, correlation id, ``parse()``)."""
        return AsyncHppWithRawResponse(self)

    async def create_hpp_session(
        self,
        body: HppSessionCreationRequestParam | HppSessionCreationRequest,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> HppSessionCreationResponse:
        """Create a hosted payment page session

        Creates a Klarna-hosted payment page for an existing Klarna Payments session or Klarna
        Checkout order, named by its API URL in `payment_session_url`. The answer holds the
        session's id and the links to use: `redirect_url` (send the shopper's browser there;
        e-commerce only), `qr_code_url` (an image of a QR code for the same page), and the API
        URLs `session_url` and `distribution_url`.

        `merchant_urls` says where Klarna sends the browser afterwards and where it reports
        status changes (`status_update`). Klarna fills in the placeholders `{{session_id}}`,
        `{{authorization_token}}` and `{{order_id}}` in these URLs; write them literally, braces
        included, and the SDK sends them unchanged.

        The HPP session follows its payment session: it expires one hour before the Klarna
        Payments session does (usually 48 hours after that was last updated), and it ends when
        the payment session is completed or cancelled. Create one HPP session per payment
        session: Klarna calls several a bad practice, and with a Checkout order they may behave
        unexpectedly.

        No money moves when a session is created, and Klarna declares no idempotency key for
        this call. An answer lost on the way is therefore not repeated by the SDK; it raises
        `OutcomeUnknownError`. Creating another session is harmless: disable the one you do not
        use (disableHppSession) if its id is known, or let it expire. The rate limit of this
        call is lower than that of other calls: 40 per second in production, 5 in the
        playground.

        Args:
            body: The payment to host a page for, and how the page behaves. A
                ``HppSessionCreationRequestParam`` dict or a ``HppSessionCreationRequest`` model;
                checked before anything is sent.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Fields the document does not know yet, added to the body's top level as they
                are (not checked): the way to send a new Klarna field on purpose.

        Returns:
            HppSessionCreationResponse: what Klarna returned.

        Raises:
            ValueError: An argument or the body is invalid; nothing was sent.
            OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
                before trying anything else.
            APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
                ``ConflictError``, ...).
            ResponseValidationError: Klarna answered with success, but the body lacks a required field.
            APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
        """

        return cast(
            "HppSessionCreationResponse",
            await _base_client.acall(
                self._client,
                _spec.CREATE_HPP_SESSION,
                (),
                body,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def read_hpp_session(
        self,
        session_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> HppSession:
        """Read a hosted payment page session

        The session's `status` now, when it last changed (`updated_at`) and when it expires,
        and what the payment produced: for a Klarna Payments session the
        `authorization_token` once the shopper has authorized, and the `order_id` once an
        order exists. The status callback sends the same object.

        Read it to poll for the outcome, and before acting on a status callback, which Klarna
        does not authenticate. Wait for `COMPLETED`; with a Klarna Payments session, then place
        the order with `authorization_token` (Payments createOrder) unless the session was
        created with a `place_order_mode` that places it.

        Args:
            session_id: The HPP session's id, as createHppSession returned it (`session_id`). It is not the id
                of the Klarna Payments session behind it.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            HppSession: what Klarna returned.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
            APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
                ``ConflictError``, ...).
            ResponseValidationError: Klarna answered with success, but the body lacks a required field.
            APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
        """

        return cast(
            "HppSession",
            await _base_client.acall(
                self._client,
                _spec.READ_HPP_SESSION,
                (session_id,),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def disable_hpp_session(
        self,
        session_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Disable a hosted payment page session

        Ends the session for good: its status becomes `DISABLED`, and a shopper who opens the
        page afterwards sees an error. Disable a session you will not use, for example after
        the shopper pressed back (`back`: the page stays usable otherwise) or when the
        purchase is completed another way. It does not touch the payment session behind it.
        The request has no body, and Klarna answers 204 without one. A session that is
        already `COMPLETED` cannot be disabled (400).

        Args:
            session_id: The HPP session's id, as createHppSession returned it (`session_id`). It is not the id
                of the Klarna Payments session behind it.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            None, once Klarna has done it.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
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
                _spec.DISABLE_HPP_SESSION,
                (session_id,),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def distribute_hpp_session(
        self,
        session_id: str,
        body: HppDistributionRequestParam | HppDistributionRequest,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Send the payment page link to the shopper

        Klarna sends the shopper a link to the session's payment page, by text message
        (`method` `sms`, to `contact_information.phone` in `phone_country`), by e-mail
        (`email`, to `contact_information.email`), or makes it available under an access id
        (`token`, with `contact_information.access_id`). Klarna words the message in the
        shopper's language, and uses the phone number or e-mail address to recognise a
        returning Klarna customer and fill in their details. For flows run by a store
        operator, Klarna recommends its Distribution Module (`distribution_module` in the
        creation answer) over calling this directly.

        Klarna answers 201 or 204 without a body; the SDK returns `None` for either. Sending
        moves no money, and Klarna declares no idempotency key: an answer lost on the way is
        not repeated by the SDK (it raises `OutcomeUnknownError`), since a repeat would send
        the shopper a second message. Send it again yourself if a second message is
        acceptable.

        Args:
            session_id: The HPP session's id, as createHppSession returned it (`session_id`). It is not the id
                of the Klarna Payments session behind it.
            body: How to send the payment page's link to the shopper. A ``HppDistributionRequestParam``
                dict or a ``HppDistributionRequest`` model; checked before anything is sent.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Fields the document does not know yet, added to the body's top level as they
                are (not checked): the way to send a new Klarna field on purpose.

        Returns:
            None, once Klarna has done it.

        Raises:
            ValueError: An argument or the body is invalid; nothing was sent.
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
                _spec.DISTRIBUTE_HPP_SESSION,
                (session_id,),
                body,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )


class HppWithRawResponse:
    """``Hpp``'s methods, each returning the ``RawResponse`` of its call; they raise what they raise."""

    def __init__(self, resource: Hpp) -> None:
        self.create_hpp_session = to_raw_response_wrapper(resource.create_hpp_session)
        self.read_hpp_session = to_raw_response_wrapper(resource.read_hpp_session)
        self.disable_hpp_session = to_raw_response_wrapper(resource.disable_hpp_session)
        self.distribute_hpp_session = to_raw_response_wrapper(resource.distribute_hpp_session)


class AsyncHppWithRawResponse:
    """``AsyncHpp``'s methods, each returning the ``RawResponse`` of its call; they raise what they raise."""

    def __init__(self, resource: AsyncHpp) -> None:
        self.create_hpp_session = async_to_raw_response_wrapper(resource.create_hpp_session)
        self.read_hpp_session = async_to_raw_response_wrapper(resource.read_hpp_session)
        self.disable_hpp_session = async_to_raw_response_wrapper(resource.disable_hpp_session)
        self.distribute_hpp_session = async_to_raw_response_wrapper(resource.distribute_hpp_session)


__all__ = ["AsyncHpp", "AsyncHppWithRawResponse", "Hpp", "HppWithRawResponse"]
