"""At INFO and DEBUG, no log record of a call through `FakeKlarna.client()` carries the
authorization token or a credential: the fake's client sends through httpx's client, which logs
every request's URL at INFO (see tests/runtime/test_log_secrets.py for the other paths)."""

from __future__ import annotations

import pytest
from klarna_payments import KlarnaError
from klarna_payments.testing import FakeKlarna

from tests.runtime.test_log_secrets import PASSWORD, assert_no_secret_logged, root_logging
from tests.support.payloads import ORDER_BODY

__all__ = ["root_logging"]  # the fixture, used by name


def test_the_fakes_client_logs_no_secret(root_logging: pytest.LogCaptureFixture) -> None:
    fake = FakeKlarna()
    token = fake.authorize(ORDER_BODY, merchant="merchant")  # the merchant the client below is
    with fake.client(username="merchant", password=PASSWORD) as sdk:
        sdk.orders.create_order(token, ORDER_BODY)
        with pytest.raises(KlarnaError):
            sdk.orders.create_order(token, ORDER_BODY)  # consumed: an error line too
    assert_no_secret_logged(root_logging, token)
