"""The fake over HTTP for services in any language: control endpoints, state, errors, access log.

Requests are made the way a Go or Node service would: plain HTTP with JSON, no Python SDK.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from klarna_payments.testing import FakeKlarna
from klarna_payments.testing.__main__ import serve
from klarna_payments.testing._controls import controls
from klarna_payments.testing._merchants import DEFAULT_USERNAME

from tests.testing.sessions import SESSION, order_for
from tests.testing.test_fake_hpp import hpp_session, status_of

AUTH = ("PK_test_go_service", "test-password")


@pytest.fixture
def fake_url() -> Iterator[str]:
    server = serve(0, FakeKlarna())
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def authorize(fake_url: str, **arguments: Any) -> str:
    answer = httpx.post(f"{fake_url}/_fake/authorize", json=arguments, auth=AUTH, timeout=5)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["authorization_token"])


def test_fail_next_over_http_scripts_a_lost_answer_after_commit(fake_url: str) -> None:
    token = authorize(fake_url, session=SESSION)
    scripted = httpx.post(
        f"{fake_url}/_fake/fail_next",
        json={"operation": "create_order", "status": 502, "after_commit": True},
        auth=AUTH,
        timeout=5,
    )
    order = httpx.post(f"{fake_url}/payments/v1/authorizations/{token}/order", json=order_for(SESSION), auth=AUTH)
    state = httpx.get(f"{fake_url}/_fake/state", auth=AUTH, timeout=5).json()
    assert scripted.status_code == 200 and order.status_code == 502
    assert len(state["orders"]) == 1  # executed, its answer lost


def test_a_scripted_timeout_drops_the_connection(fake_url: str) -> None:
    scripted = {"operation": "cancel_authorization", "timeout": True}
    httpx.post(f"{fake_url}/_fake/fail_next", json=scripted, auth=AUTH, timeout=5)
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.delete(f"{fake_url}/payments/v1/authorizations/t", auth=AUTH, timeout=5)


def test_state_shows_orders_sessions_and_requests_without_the_credentials(fake_url: str) -> None:
    token = authorize(fake_url, session=SESSION)
    httpx.post(f"{fake_url}/payments/v1/authorizations/{token}/order", json=order_for(SESSION), auth=AUTH)
    httpx.post(f"{fake_url}/payments/v1/sessions", json=order_for(SESSION), auth=AUTH)
    state = httpx.get(f"{fake_url}/_fake/state", auth=AUTH, timeout=5)
    assert state.status_code == 200
    body = state.json()
    assert set(body) == {
        "now",
        "orders",
        "customer_tokens",
        "sessions",
        "callbacks",
        "notifications",
        "hpp_sessions",
        "payouts",
        "transactions",
        "requests",
    }
    [order] = body["orders"].values()
    assert order["fraud_status"] == "ACCEPTED" and order["body"]["order_amount"] == SESSION["order_amount"]
    assert len(body["sessions"]) == 1
    assert [r["operation"] for r in body["requests"]] == ["create_order", "create_credit_session"]
    assert "authorization" not in {name.lower() for r in body["requests"] for name in r["headers"]}
    assert AUTH[1] not in state.text


def control(fake: FakeKlarna, path: str, arguments: dict[str, Any]) -> dict[str, Any]:
    """What the control at `path` answers the fake's default merchant (called in process)."""
    return controls(fake)[("POST", path)](json.dumps(arguments).encode(), DEFAULT_USERNAME)


def test_decide_fraud_decides_the_order_and_answers_with_the_decision() -> None:
    fake = FakeKlarna()
    order_id = fake.place_order({"order_amount": 1000}, fraud_status="PENDING")
    answer = control(fake, "/_fake/decide_fraud", {"order_id": order_id, "decision": "REJECTED"})
    assert (answer, fake.orders[order_id]["fraud_status"]) == ({"decided": "REJECTED"}, "REJECTED")


def test_hpp_status_sets_the_status_and_answers_with_it() -> None:
    fake = FakeKlarna()
    session_id = hpp_session(fake)
    answer = control(fake, "/_fake/hpp_status", {"session_id": session_id, "status": "IN_PROGRESS"})
    assert (answer, status_of(fake, session_id)) == ({"status": "IN_PROGRESS"}, "IN_PROGRESS")


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/_fake/authorize", {}),
        ("/_fake/authorize", b"not json"),
        ("/_fake/authorize", {"session_id": "no-such-session"}),
        ("/_fake/clock", {"minutes": -5}),
        ("/_fake/clock", {"days": 1}),
        ("/_fake/fail_next", {"status": 500}),
        ("/_fake/fail_next", {"operation": "create_order", "status": 429, "after_commit": True}),
        ("/_fake/nowhere", {}),
    ],
    ids=[
        "no session",
        "not json",
        "unknown session",
        "clock backwards",
        "unknown unit",
        "no operation",
        "not-executed after commit",
        "unknown endpoint",
    ],
)
def test_bad_input_to_a_control_is_a_klarna_shaped_error(fake_url: str, path: str, body: object) -> None:
    if isinstance(body, bytes):
        answer = httpx.post(f"{fake_url}{path}", content=body, auth=AUTH, timeout=5)
    else:
        answer = httpx.post(f"{fake_url}{path}", json=body, auth=AUTH, timeout=5)
    assert answer.status_code in (400, 404)
    error = answer.json()
    assert set(error) == {"error_code", "error_messages", "correlation_id"}
    assert not any(word in answer.text for word in ("Error:", "Traceback", "KeyError", "JSONDecodeError"))


def test_the_access_log_elides_tokens() -> None:
    command = [sys.executable, "-m", "klarna_payments.testing", "serve", "--port", "0"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split()[3]
        token = authorize(url, session=SESSION)
        httpx.post(f"{url}/payments/v1/authorizations/{token}/order", json=order_for(SESSION), auth=AUTH, timeout=5)
    finally:
        process.terminate()
        _, log = process.communicate(timeout=10)
    assert "POST /payments/v1/authorizations/…/order -> 200" in log
    assert token not in log


def test_serve_help_documents_every_control_endpoint() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "klarna_payments.testing", "serve", "--help"], capture_output=True, text=True, check=True
    )
    endpoints = {f"{method} {path}" for method, path in controls(FakeKlarna())}
    for endpoint in (*endpoints, "--idempotency"):
        assert endpoint in result.stdout, endpoint
