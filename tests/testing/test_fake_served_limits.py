"""The served fake refuses what would let wrong code pass or hang it: another merchant's state,
controls without credentials, a request for another Host (DNS rebinding), a malformed or huge
Content-Length, absurd control values, silent connections, and callbacks to anywhere but the
shop on this machine.

Raw requests go through a socket with a short timeout, so a regression fails instead of hanging.
"""

from __future__ import annotations

import http.server
import json
import socket
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from klarna_payments import KlarnaPayments, NotFoundError
from klarna_payments.testing import FakeKlarna
from klarna_payments.testing.__main__ import MAX_BODY, deliver, serve
from klarna_payments.testing._controls import controls

from tests.testing.sessions import SESSION, order_for

SWEDEN = ("PK_shop_se", "se-secret")
NORWAY = ("PK_shop_no", "no-secret")
WAIT = 5.0  # far longer than any answer here takes; only a regression waits this long


@pytest.fixture
def fake() -> FakeKlarna:
    return FakeKlarna()


@pytest.fixture
def url(fake: FakeKlarna) -> Iterator[str]:
    server = serve(0, fake, idle_timeout=0.2)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def port_of(url: str) -> int:
    return int(url.rsplit(":", 1)[1])


def raw(url: str, head: str, body: bytes = b"") -> tuple[int, dict[str, Any] | None]:
    """Send `head` (request line and headers) and `body` as they are; the status and JSON body of
    the answer, read until the server hangs up (0 and None when it hangs up without one)."""
    with socket.create_connection(("127.0.0.1", port_of(url)), timeout=WAIT) as connection:
        connection.sendall(head.replace("\n", "\r\n").encode() + b"\r\n" + body)
        received = b""
        while chunk := connection.recv(65536):
            received += chunk
    if not received:
        return 0, None
    status = int(received.split(b" ", 2)[1])
    content = received.split(b"\r\n\r\n", 1)[1]
    return status, json.loads(content) if content else None


def head(url: str, *lines: str, target: str = "/_fake/state", method: str = "GET") -> str:
    credential = httpx.BasicAuth(*SWEDEN)._auth_header
    return "\n".join(
        [f"{method} {target} HTTP/1.1", f"Host: 127.0.0.1:{port_of(url)}", f"Authorization: {credential}", *lines, ""]
    )


# Merchants


def test_two_merchants_of_the_served_fake_see_only_their_own(url: str) -> None:
    with KlarnaPayments(username=SWEDEN[0], password=SWEDEN[1], base_url=url) as sweden:
        session = sweden.sessions.create_credit_session(SESSION)
        token = httpx.post(f"{url}/_fake/authorize", json={"session_id": session.session_id}, auth=SWEDEN).json()
    with KlarnaPayments(username=NORWAY[0], password=NORWAY[1], base_url=url) as norway:
        with pytest.raises(NotFoundError):
            norway.sessions.read_credit_session(session.session_id)
        with pytest.raises(NotFoundError, match="Invalid authorization token"):
            norway.orders.create_order(token["authorization_token"], order_for(SESSION))
    state = httpx.get(f"{url}/_fake/state", auth=NORWAY, timeout=WAIT).json()
    assert (state["sessions"], state["orders"]) == ({}, {})
    assert list(httpx.get(f"{url}/_fake/state", auth=SWEDEN, timeout=WAIT).json()["sessions"]) == [session.session_id]


def test_a_control_cannot_authorize_another_merchants_session(url: str) -> None:
    created = httpx.post(f"{url}/payments/v1/sessions", json=SESSION, auth=SWEDEN, timeout=WAIT).json()
    answer = httpx.post(f"{url}/_fake/authorize", json={"session_id": created["session_id"]}, auth=NORWAY)
    assert answer.status_code == 400
    assert "session_id" in answer.json()["error_messages"][0]


# Credentials and Host


CONTROLS = sorted(controls(FakeKlarna()))


@pytest.mark.parametrize(("method", "path"), CONTROLS, ids=[path for _, path in CONTROLS])
def test_every_control_endpoint_needs_credentials(url: str, method: str, path: str) -> None:
    answer = httpx.request(method, f"{url}{path}", json={}, timeout=WAIT)
    assert answer.status_code == 401
    assert answer.json()["error_messages"][0].startswith("No credentials")


def test_a_control_refuses_a_production_key(url: str) -> None:
    answer = httpx.get(f"{url}/_fake/state", headers={"Authorization": "Basic KLARNA_LIVE_api_x"}, timeout=WAIT)
    assert answer.status_code == 401


@pytest.mark.parametrize("target", ["/_fake/state", "/payments/v1/authorizations/t"])
def test_a_request_for_another_host_is_403_as_a_dns_rebinding_page_sends_it(url: str, target: str) -> None:
    # 403, not 400: the request is well formed; the fake refuses to answer for that host.
    rebound = head(url, target=target).replace(f"127.0.0.1:{port_of(url)}", f"attacker.example:{port_of(url)}")
    status, body = raw(url, rebound)
    assert status == 403
    assert body is not None and "Host" in body["error_messages"][0]


def test_a_request_without_a_host_is_400(url: str) -> None:
    status, _ = raw(url, "GET /_fake/state HTTP/1.1\n")
    assert status == 400


def test_localhost_and_the_bound_port_is_an_allowed_host(url: str) -> None:
    status, body = raw(url, head(url).replace("127.0.0.1:", "localhost:"))
    assert status == 200 and body is not None and "orders" in body


# Bodies


@pytest.mark.parametrize("length", ["abc", "-1", "+5", "1e3", ""], ids=["abc", "-1", "+5", "1e3", "empty"])
def test_a_content_length_that_is_not_a_number_is_400_at_once(url: str, length: str) -> None:
    status, body = raw(url, head(url, f"Content-Length: {length}", method="POST", target="/_fake/clock"))
    assert status == 400
    assert body is not None and "Content-Length" in body["error_messages"][0]


def test_two_different_content_lengths_are_400(url: str) -> None:
    status, _ = raw(url, head(url, "Content-Length: 2", "Content-Length: 3", method="POST"), b"{}")
    assert status == 400


@pytest.mark.parametrize("length", [MAX_BODY + 1, 10**9, 10**19], ids=["one byte over", "a gigabyte", "10^19"])
def test_a_body_over_the_bound_is_413_without_being_read(url: str, length: int) -> None:
    status, body = raw(url, head(url, f"Content-Length: {length}", method="POST", target="/_fake/clock"))
    assert status == 413
    assert body is not None and str(MAX_BODY) in body["error_messages"][0]


def test_a_chunked_body_is_411(url: str) -> None:
    status, _ = raw(url, head(url, "Transfer-Encoding: chunked", method="POST"), b"2\r\n{}\r\n0\r\n\r\n")
    assert status == 411


def test_a_body_that_never_comes_is_dropped_after_the_idle_timeout(url: str) -> None:
    status, _ = raw(url, head(url, "Content-Length: 100", method="POST", target="/_fake/clock"), b'{"minutes"')
    assert status == 0  # hung up (after 0.2 s), unanswered


def test_an_idle_connection_is_closed(url: str) -> None:
    with socket.create_connection(("127.0.0.1", port_of(url)), timeout=WAIT) as connection:
        assert connection.recv(1) == b""  # the server hung up first


# Control values


@pytest.mark.parametrize(
    "content",
    [b'{"minutes": 1e308}', b'{"minutes": NaN}', b'{"minutes": Infinity}', b'{"minutes": -5}', b'{"minutes": "5"}'],
    ids=["1e308", "NaN", "Infinity", "negative", "a string"],
)
def test_an_absurd_clock_move_is_400_naming_minutes(url: str, content: bytes) -> None:
    answer = httpx.post(f"{url}/_fake/clock", content=content, auth=SWEDEN, timeout=WAIT)
    assert answer.status_code == 400
    [message] = answer.json()["error_messages"]
    assert message.startswith("Bad value: minutes") and "must be a number" in message


@pytest.mark.parametrize(
    ("path", "body", "argument"),
    [
        ("/_fake/authorize", {"session_id": ["a"]}, "session_id"),
        ("/_fake/authorize", {"session_id": "no-such-session"}, "session_id"),
        ("/_fake/authorize", {"session": SESSION, "intent": "steal"}, "intent"),
        ("/_fake/authorize", {"session": SESSION, "email": 7}, "email"),
        ("/_fake/clock", {"hours": 10**6}, "hours"),
        ("/_fake/clock", {"days": 1}, "days"),
        ("/_fake/decide_fraud", {"order_id": {}, "decision": "ACCEPTED"}, "order_id"),
        ("/_fake/decide_fraud", {"order_id": "unknown", "decision": "ACCEPTED"}, "order_id"),
        ("/_fake/decide_fraud", {"order_id": "o", "decision": "MAYBE"}, "decision"),
        ("/_fake/fail_next", {"operation": "create_order", "status": 99999}, "status"),
        ("/_fake/fail_next", {"operation": "create_order", "status": 500, "times": 0}, "times"),
        ("/_fake/fail_next", {"operation": "create_order", "retry_after": -1, "status": 503}, "retry_after"),
        ("/_fake/fail_next", {"operation": "createOrder", "status": 500}, "operation"),
        ("/_fake/fail_next", {"status": 500}, "operation"),
        ("/_fake/complete_hpp_session", {"session_id": "unknown"}, "session_id"),
        ("/_fake/hpp_status", {"session_id": "unknown", "status": "BACK"}, "session_id"),
        ("/_fake/settle", {"fee_rate": 2.5}, "fee_rate"),
    ],
)
def test_a_bad_control_argument_is_400_naming_it(url: str, path: str, body: object, argument: str) -> None:
    answer = httpx.post(f"{url}{path}", json=body, auth=SWEDEN, timeout=WAIT)
    assert answer.status_code == 400
    [message] = answer.json()["error_messages"]
    assert message.startswith(f"Bad value: {argument}")
    assert "an argument of this control" not in message


# Reset


def test_reset_over_http_empties_the_fake_and_restarts_its_clock(fake: FakeKlarna, url: str) -> None:
    created = httpx.post(f"{url}/payments/v1/sessions", json=SESSION, auth=SWEDEN, timeout=WAIT).json()
    httpx.post(f"{url}/_fake/clock", json={"hours": 50}, auth=SWEDEN, timeout=WAIT)
    reset = httpx.post(f"{url}/_fake/reset", auth=SWEDEN, timeout=WAIT)
    read = httpx.get(f"{url}/payments/v1/sessions/{created['session_id']}", auth=SWEDEN, timeout=WAIT)
    assert reset.status_code == 200 and read.status_code == 404
    assert reset.json()["now"] == fake.clock.now().isoformat() and fake.sessions == {}
    state = httpx.get(f"{url}/_fake/state", auth=SWEDEN, timeout=WAIT).json()
    assert [request["operation"] for request in state["requests"]] == ["read_credit_session"]


# Callbacks


@pytest.fixture
def shop() -> Iterator[tuple[str, list[str]]]:
    """A shop on this machine that records the path of each POST it receives."""
    received: list[str] = []

    class Shop(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            received.append(self.path)
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Shop)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", received
    finally:
        server.shutdown()
        server.server_close()


def test_a_callback_goes_to_the_shop_by_an_allowed_host_name(shop: tuple[str, list[str]]) -> None:
    shop_url, received = shop
    callback: dict[str, Any] = {"url": shop_url.replace("127.0.0.1", "localhost") + "/klarna/cb", "body": {}}
    deliver(callback)
    assert received == ["/klarna/cb"] and callback["delivered"] == 204


@pytest.mark.parametrize(
    "where",
    ["http://127.0.0.2:{port}/cb", "http://shop.example:{port}/cb", "file://127.0.0.1:{port}/cb"],
    ids=["another loopback address", "another host", "another scheme"],
)
def test_a_callback_to_a_host_not_allowed_is_only_recorded(shop: tuple[str, list[str]], where: str) -> None:
    shop_url, received = shop
    callback: dict[str, Any] = {"url": where.format(port=port_of(shop_url)), "body": {}}
    deliver(callback)
    assert received == [] and callback["delivered"] is None


def test_a_callback_to_the_fake_itself_is_never_posted(fake: FakeKlarna, url: str) -> None:
    session = {**SESSION, "merchant_urls": {"authorization": f"{url}/_fake/reset"}}
    created = httpx.post(f"{url}/payments/v1/sessions", json=session, auth=SWEDEN, timeout=WAIT).json()
    answer = httpx.post(f"{url}/_fake/authorize", json={"session_id": created["session_id"]}, auth=SWEDEN)
    assert answer.status_code == 200
    assert list(fake.sessions) == [created["session_id"]]  # not reset by its own callback
    assert fake.callbacks[0]["delivered"] is None
