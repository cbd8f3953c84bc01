"""`klarna_payments.callbacks.parse_fraud_notification`: the decision on a pending order, as
Klarna POSTs it to `merchant_urls.notification`."""

from __future__ import annotations

import json
import pickle

import pytest
from klarna_payments.callbacks import FRAUD_EVENT_TYPES, CallbackError, FraudNotification, parse_fraud_notification

ORDER_ID = "f3392f8b-6116-4073-ab96-e330819e2c07"
BODY = {"order_id": ORDER_ID, "event_type": "FRAUD_RISK_ACCEPTED"}


@pytest.mark.parametrize("body", [json.dumps(BODY).encode(), json.dumps(BODY), BODY], ids=["bytes", "str", "mapping"])
def test_a_notification_body_is_parsed(body: object) -> None:
    notification = parse_fraud_notification(body)  # type: ignore[arg-type]
    assert (notification.order_id, notification.event_type) == (ORDER_ID, "FRAUD_RISK_ACCEPTED")


@pytest.mark.parametrize("event_type", FRAUD_EVENT_TYPES)
def test_every_documented_event_type_is_taken(event_type: str) -> None:
    assert parse_fraud_notification({**BODY, "event_type": event_type}).event_type == event_type


def test_an_event_type_klarna_adds_is_kept_as_it_came() -> None:
    assert parse_fraud_notification({**BODY, "event_type": "FRAUD_RISK_REVIEWED"}).event_type == "FRAUD_RISK_REVIEWED"


def test_the_rest_of_the_body_is_kept_aside() -> None:
    notification = parse_fraud_notification({**BODY, "decided_at": "2026-12-07T10:00:00Z"})
    assert notification.additional_properties == {"decided_at": "2026-12-07T10:00:00Z"}


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[1]", {"event_type": "FRAUD_RISK_ACCEPTED"}, {**BODY, "event_type": ""}, {**BODY, "order_id": 7}],
    ids=["not json", "array", "no order", "empty event", "number order"],
)
def test_a_body_that_is_not_a_notification_is_refused_without_quoting_it(body: object) -> None:
    with pytest.raises(CallbackError, match="notification") as caught:
        parse_fraud_notification(body)  # type: ignore[arg-type]
    assert ORDER_ID not in str(caught.value) and "not json" not in str(caught.value)


def test_an_oversized_notification_is_refused() -> None:
    with pytest.raises(CallbackError, match="larger than"):
        parse_fraud_notification(b" " * (65 * 1024))


def test_a_notification_pickles_for_a_job_queue() -> None:
    notification = parse_fraud_notification(BODY)
    assert pickle.loads(pickle.dumps(notification)) == notification
    assert isinstance(notification, FraudNotification)
