"""The public surface: exactly the names DESIGN.md fixes, and nothing the API has no use for."""

from __future__ import annotations

import pydoc
import subprocess
import sys

import klarna_payments
import klarna_payments.errors
import klarna_payments.types
import pytest
from klarna_payments import AuthenticatedClient

PACKAGE_NAMES = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncKlarnaPayments",
    "AuthenticationError",
    "AuthorizationNotCancellableError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "KlarnaError",
    "KlarnaPayments",
    "NotGiven",
    "NotFoundError",
    "OrderRuleError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ResponseValidationError",
    "TimeoutTypes",
    "UnexpectedStatusError",
    "__version__",
    "idempotency_key",
]
ERROR_NAMES = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "Attempt",
    "AuthenticationError",
    "AuthorizationNotCancellableError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "KlarnaError",
    "NotFoundError",
    "OrderRuleError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnexpectedStatusError",
    "error_from_response",
]


def test_package_exports_exactly_the_public_names() -> None:
    assert klarna_payments.__all__ == PACKAGE_NAMES
    assert all(hasattr(klarna_payments, name) for name in PACKAGE_NAMES)


def test_errors_module_exports_exactly_the_error_tree() -> None:
    assert klarna_payments.errors.__all__ == ERROR_NAMES
    for name in ERROR_NAMES:
        if name in PACKAGE_NAMES:
            assert getattr(klarna_payments, name) is getattr(klarna_payments.errors, name)


@pytest.mark.parametrize(
    ("module", "name"),
    [
        (klarna_payments, "Client"),
        (klarna_payments.types, "File"),
        (klarna_payments.types, "FileTypes"),
        (klarna_payments.types, "RequestFiles"),
    ],
)
def test_names_this_api_has_no_use_for_are_gone(module: object, name: str) -> None:
    assert not hasattr(module, name)


def test_authenticated_client_takes_no_raise_on_unexpected_status() -> None:
    with pytest.raises(TypeError, match="raise_on_unexpected_status"):
        AuthenticatedClient("https://klarna.test", "token", raise_on_unexpected_status=True)  # type: ignore[call-arg]


def test_every_error_is_a_klarna_error_or_a_value_error() -> None:
    for name in ERROR_NAMES:
        value = getattr(klarna_payments.errors, name)
        if isinstance(value, type) and issubclass(value, BaseException):
            assert issubclass(value, klarna_payments.KlarnaError | ValueError), name


def test_importing_the_package_does_not_import_the_testing_module() -> None:
    code = "import sys, klarna_payments; print('klarna_payments.testing' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_the_low_level_client_is_importable_but_not_on_the_front_page() -> None:
    assert klarna_payments.AuthenticatedClient is AuthenticatedClient
    assert "AuthenticatedClient" not in klarna_payments.__all__


def test_unexpected_status_is_a_deprecated_alias_of_unexpected_status_error() -> None:
    with pytest.warns(DeprecationWarning, match="UnexpectedStatusError"):
        alias = klarna_payments.UnexpectedStatus
    assert alias is klarna_payments.UnexpectedStatusError


def test_the_names_in_public_signatures_are_public() -> None:
    assert klarna_payments.NOT_GIVEN is klarna_payments._config.NOT_GIVEN
    assert isinstance(klarna_payments.NOT_GIVEN, klarna_payments.NotGiven)


def test_help_on_the_client_lists_every_operation() -> None:
    from klarna_payments._spec import OPERATIONS

    text = pydoc.render_doc(klarna_payments.KlarnaPayments, renderer=pydoc.plaintext)
    for name in OPERATIONS:
        assert f".{name}``" in text, name
    assert "cached_property" not in text
