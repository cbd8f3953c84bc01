"""Models: a repr that shows what is set, honest enum types, and unchanged equality and round trips."""

from __future__ import annotations

import pickle

import attrs
import klarna_payments.models
import pytest
from klarna_payments._spec import MODELS
from klarna_payments.models import AuthorizedPaymentMethod, AuthorizedPaymentMethodType, Order, OrderFraudStatus
from klarna_payments.types import UNSET


def test_repr_shows_only_the_fields_that_are_set() -> None:
    order = Order(order_id="o-1", fraud_status=OrderFraudStatus.ACCEPTED)
    assert repr(order) == "Order(order_id='o-1', fraud_status=OrderFraudStatus.ACCEPTED)"


def test_repr_shows_unknown_fields_only_when_there_are_some() -> None:
    order = Order.from_dict({"order_id": "o-1", "settlement": {"days": 3}})
    assert repr(order) == "Order(order_id='o-1', additional_properties={'settlement': {'days': 3}})"


def test_repr_of_nested_models_and_unknown_enum_values() -> None:
    order = Order.from_dict({"order_id": "o", "fraud_status": "NEW", "authorized_payment_method": {"type": "card"}})
    assert repr(order) == (
        "Order(order_id='o', fraud_status='NEW', "
        "authorized_payment_method=AuthorizedPaymentMethod(type_=AuthorizedPaymentMethodType.CARD))"
    )


def test_repr_of_unset_is_unset_and_it_pickles_as_itself() -> None:
    assert repr(UNSET) == "UNSET"
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET


def test_a_model_pickles_and_compares_equal() -> None:
    order = Order.from_dict({"order_id": "o", "fraud_status": "PENDING", "extra": [1]})
    assert pickle.loads(pickle.dumps(order)) == order


def test_equality_and_round_trips_are_unchanged() -> None:
    data = {"type": "invoice", "number_of_days": 30}
    method = AuthorizedPaymentMethod.from_dict(data)
    assert method == AuthorizedPaymentMethod(type_=AuthorizedPaymentMethodType.INVOICE, number_of_days=30)
    assert method.to_dict() == data


def test_response_enum_fields_admit_values_beyond_the_known_ones() -> None:
    field_types = {field.name: field.type for field in attrs.fields(Order)}
    assert field_types["fraud_status"] == "OrderFraudStatus | str | Unset"


# What a success model knows of its response, without with_raw_response


def test_a_success_model_carries_its_response_info() -> None:
    from klarna_payments.types import ResponseInfo

    from tests.support.mock import Recorder, json_response, quiet, sync_sdk
    from tests.support.payloads import IDEMPOTENCY_KEY, ORDER_BODY, TOKEN

    answers = Recorder(
        json_response(503, {}, {"Retry-After": "1"}),
        json_response(200, {"order_id": "o-1"}, {"Klarna-Correlation-Id": "c-7"}),
    )
    with sync_sdk(answers, max_retries=1) as sdk:
        quiet(sdk)
        order = sdk.orders.create_order(TOKEN, ORDER_BODY, idempotency_key=IDEMPOTENCY_KEY)
    assert order.response_info == ResponseInfo("c-7", IDEMPOTENCY_KEY, 1, 200)
    assert "response_info" not in order.to_dict()
    assert "c-7" not in repr(order)


def test_response_info_is_not_part_of_equality() -> None:
    from klarna_payments.models import Order
    from klarna_payments.types import ResponseInfo

    received = Order.from_dict({"order_id": "o-1"})
    received.response_info = ResponseInfo("c-7", None, 0, 200)
    assert received == Order.from_dict({"order_id": "o-1"})
    assert Order.from_dict({"order_id": "o-1"}).response_info is None


SECRET_FIELDS = [
    (class_name, field)
    for class_name, model in MODELS.items()
    for field, spec in model.fields.items()
    if spec.secret and not spec.read_only  # a read-only field is no attribute of a request model
]


@pytest.mark.parametrize(("class_name", "field"), SECRET_FIELDS, ids=[f"{c}.{f}" for c, f in SECRET_FIELDS])
def test_every_secret_field_is_hidden_in_the_repr(class_name: str, field: str) -> None:
    model = getattr(klarna_payments.models, class_name)
    secret = "0b1d9815-165e-42e2-8867-35bc03789e00"
    instance = model.from_dict({**_required_values(class_name), field: secret})
    assert secret not in repr(instance)


def test_the_customer_token_is_a_secret_field() -> None:
    assert ("CustomerTokenCreationResponse", "token_id") in SECRET_FIELDS


def _required_values(class_name: str) -> dict[str, object]:
    """A value of each required field that decodes (only strings and objects are required today)."""
    model = MODELS[class_name]
    return {name: {} if model.fields[name].type == "object" else "x" for name in model.required}
