"""Test your own checkout code against a fake Klarna: `FakeKlarna`, in memory, with Klarna's state.

::

    from klarna_payments.testing import FakeKlarna

    fake = FakeKlarna()
    token = fake.authorize(session)  # what the shopper's browser would do
    with fake.client() as klarna:  # a KlarnaPayments sending to the fake
        order = klarna.orders.create_order(token, order_body)
    assert fake.orders[order.order_id]["fraud_status"] == "ACCEPTED"

With pytest, the `klarna_fake` fixture gives each test a fresh one (``pip install
'klarna-payments[testing]'``; no conftest needed). `python -m klarna_payments.testing serve`
serves it over HTTP. The real playground remains the final check: see `_fake` for what is
simulated and what is not.
"""

from ._fake import AuthorizationDenied, FakeClock, FakeKlarna, RecordedRequest

__all__ = ["AuthorizationDenied", "FakeClock", "FakeKlarna", "RecordedRequest"]
