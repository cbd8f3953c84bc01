"""`klarna_payments.callbacks.parse_hpp_status_callback`: the Hosted Payment Page telling your
server that a session's status changed, its session as `read_hpp_session` returns it."""

from __future__ import annotations

import json
import pickle
from typing import Any

import pytest
from klarna_payments import _spec, models
from klarna_payments.callbacks import CallbackError, HppStatusCallback, parse_hpp_status_callback

TOKEN = "2b7c6614-90a5-427c-bf0d-2879888822fb"
SESSION: dict[str, Any] = {"session_id": "9cbc9884-1fdb-45a8-9694-9340340d0436", "status": "COMPLETED"}
BODY = {"event_id": "e-1", "session": {**SESSION, "authorization_token": TOKEN}}


@pytest.mark.parametrize("body", [json.dumps(BODY).encode(), json.dumps(BODY), BODY], ids=["bytes", "str", "mapping"])
def test_a_status_callback_is_parsed_with_its_session(body: object) -> None:
    callback = parse_hpp_status_callback(body)  # type: ignore[arg-type]
    assert (callback.event_id, callback.session.status, callback.session.authorization_token) == (
        "e-1",
        "COMPLETED",
        TOKEN,
    )


def test_the_session_is_the_model_the_read_returns() -> None:
    model = _spec.OPERATIONS["read_hpp_session"].responses[200]
    assert type(parse_hpp_status_callback(BODY).session) is getattr(models, str(model))


def test_a_status_klarna_adds_is_kept_as_it_came() -> None:
    callback = parse_hpp_status_callback({"event_id": "e-2", "session": {**SESSION, "status": "TIMEOUT"}})
    assert callback.session.status == "TIMEOUT"


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[]", {"session": SESSION}, {"event_id": "", "session": SESSION}, {"event_id": "e", "session": 7}],
    ids=["not json", "array", "no event", "empty event", "number session"],
)
def test_a_body_that_is_not_a_status_callback_is_refused_without_quoting_it(body: object) -> None:
    with pytest.raises(CallbackError, match="status callback") as caught:
        parse_hpp_status_callback(body)  # type: ignore[arg-type]
    assert TOKEN not in str(caught.value) and "not json" not in str(caught.value)


def test_the_sessions_authorization_token_is_hidden_and_the_callback_pickles() -> None:
    callback = parse_hpp_status_callback(BODY)
    assert TOKEN not in repr(callback)
    assert pickle.loads(pickle.dumps(callback)) == callback
    assert isinstance(callback, HppStatusCallback)
