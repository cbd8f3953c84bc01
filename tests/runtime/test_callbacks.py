"""`klarna_payments.callbacks`: the authorization callback's URL, its secret and its body."""

from __future__ import annotations

import json
import pickle
from urllib.parse import parse_qs, urlsplit

import pytest
from klarna_payments.callbacks import (
    AuthorizationCallback,
    CallbackError,
    authorization_callback_url,
    parse_authorization_callback,
    verify_callback_secret,
)

TOKEN = "2b7c6614-90a5-427c-bf0d-2879888822fb"
BODY = {"authorization_token": TOKEN, "session_id": "068df369"}


def test_the_url_carries_a_fresh_secret_of_at_least_32_url_safe_characters() -> None:
    url, secret = authorization_callback_url("https://shop.example/klarna/authorized?shop=se")
    query = parse_qs(urlsplit(url).query)
    assert query == {"shop": ["se"], "secret": [secret]}
    assert len(secret) >= 32 and all(c.isalnum() or c in "-_" for c in secret)
    assert authorization_callback_url("https://shop.example/cb")[1] != secret


@pytest.mark.parametrize(
    "base_url",
    ["", "shop.example/cb", "ftp://shop.example/cb", "http://shop.example/cb", "https://shop.example/cb?secret=x", 7],
    ids=["empty", "relative", "ftp", "plain http", "secret taken", "not a str"],
)
def test_a_base_url_that_klarna_cannot_call_safely_is_refused(base_url: object) -> None:
    with pytest.raises(CallbackError):
        authorization_callback_url(base_url)  # type: ignore[arg-type]


def test_plain_http_is_allowed_on_loopback_for_tests() -> None:
    url, _ = authorization_callback_url("http://127.0.0.1:8000/cb")
    assert url.startswith("http://127.0.0.1:8000/cb?secret=")


def test_the_right_secret_verifies() -> None:
    _, secret = authorization_callback_url("https://shop.example/cb")
    verify_callback_secret(secret, secret)


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        ("wrong", "right-secret"),
        ("", "right-secret"),
        (None, "right-secret"),
        ("x", ""),
        ("x", None),
        ("abc\udcff", "right-secret"),
        (b"right-secret", "right-secret"),
        ("wrong", "right-secret\ud800"),
    ],
    ids=[
        "differs",
        "empty received",
        "none received",
        "empty expected",
        "none expected",
        "lone surrogate received",
        "bytes received",
        "lone surrogate stored",
    ],
)
def test_a_missing_or_wrong_secret_is_refused_without_quoting_it(received: object, expected: object) -> None:
    with pytest.raises(CallbackError) as caught:
        verify_callback_secret(received, expected)
    assert "right-secret" not in str(caught.value) and "wrong" not in str(caught.value)


@pytest.mark.parametrize("body", [json.dumps(BODY).encode(), json.dumps(BODY), BODY], ids=["bytes", "str", "mapping"])
def test_a_callback_body_is_parsed(body: object) -> None:
    callback = parse_authorization_callback(body)  # type: ignore[arg-type]
    assert (callback.authorization_token, callback.session_id) == (TOKEN, "068df369")


def test_unknown_fields_are_kept_aside() -> None:
    callback = parse_authorization_callback({**BODY, "new_field": 1})
    assert callback.additional_properties == {"new_field": 1}


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[1, 2]",
        b"null",
        {"session_id": "s"},
        {**BODY, "authorization_token": ""},
        {**BODY, "session_id": 7},
    ],
    ids=["not json", "array", "null", "no token", "empty token", "number session"],
)
def test_a_body_that_is_not_a_callback_is_refused_without_echoing_the_token(body: object) -> None:
    with pytest.raises(CallbackError) as caught:
        parse_authorization_callback(body)  # type: ignore[arg-type]
    assert TOKEN not in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_an_oversized_body_is_refused() -> None:
    with pytest.raises(CallbackError, match="larger than"):
        parse_authorization_callback(b" " * (65 * 1024))


def test_the_token_is_hidden_in_the_repr_and_the_callback_pickles() -> None:
    callback = parse_authorization_callback(BODY)
    assert TOKEN not in repr(callback)
    assert pickle.loads(pickle.dumps(callback)) == callback
    assert isinstance(callback, AuthorizationCallback)
