"""`python -m klarna_payments.testing serve [--port N] [--idempotency replay|ignore]`: the fake over HTTP.

For services in any language: the fake answers Klarna's paths on 127.0.0.1 as `FakeKlarna`
does in process (HTTP Basic with test credentials required: none, or a `klarna_live_` key, is
401), and these control endpoints stand for what only a browser, time or a broken network can do.
Every answer is JSON; a bad request to one is 400 with Klarna's error shape
(`error_code`, `error_messages`, `correlation_id`).

- `POST /_fake/authorize` with `{"session": {...}}` (a session body) or `{"session_id": "..."}`
  (a session created through the API), and optionally `"email"` (a playground persona) and
  `"intent"`, returns `{"authorization_token": "..."}` (403 for a denied persona). When the
  session has `merchant_urls.authorization` on 127.0.0.1, the fake POSTs the authorization
  callback there, as Klarna would.
- `POST /_fake/clock` with `{"minutes": 61}` (or `hours`, `seconds`) moves the fake's clock and
  returns `{"now": "..."}` (pending orders it decides notify, as below).

Every callback and notification is POSTed only to a URL on 127.0.0.1 (others are only recorded):
those a control causes before the control answers, those an API call causes just after its
answer.
- `POST /_fake/decide_fraud` with `{"order_id": "...", "decision": "REJECTED"}` ends the review
  of a `PENDING` order now (`FakeKlarna.decide_fraud`); the fraud notification, like those a
  clock move causes, is POSTed to the order's `merchant_urls.notification` on 127.0.0.1.
- `POST /_fake/fail_next` with `{"operation": "create_order", "status": 502, "times": 3}` (the
  arguments of `FakeKlarna.fail_next`: `status`, `retry_after`, `body`, `timeout`,
  `after_commit`, `times`) scripts the next calls' failure; `timeout` drops the connection
  unanswered.
- `POST /_fake/complete_hpp_session` with `{"session_id": "..."}` (and optionally `"email"`, a
  persona) is the shopper paying on the hosted payment page (`FakeKlarna.complete_hpp_session`):
  returns `{"authorization_token": "..."}` (403 for a denied persona, the session then `FAILED`).
  `POST /_fake/hpp_status` with `{"session_id": "...", "status": "BACK"}` is any other step
  (`IN_PROGRESS`, `BACK`, `FAILED`, `ERROR`, `CANCELLED`). The status callback of each change,
  and of `disable_hpp_session`, is POSTed to the session's `merchant_urls.status_update` on
  127.0.0.1.
- `POST /_fake/settle` with `{}` or `{"fee_rate": 290}` (hundredths of a percent of each capture)
  pays out what was captured and refunded since the last payout (`FakeKlarna.settle`) and
  returns `{"payment_references": [...]}`, one per currency (empty when there was nothing new).
- `GET /_fake/state` returns what the fake holds: `orders`, `customer_tokens`, `sessions`,
  `callbacks`, `notifications`, `hpp_sessions`, `payouts`, `transactions` and `requests`
  (without any Authorization header).

`--port 0` (the default) picks a free port. The URL is printed; Ctrl-C stops the server. The
access log names each request by its operation's path with every parameter elided.
"""

from __future__ import annotations

import argparse
import datetime
import http.server
import json
import sys
import urllib.parse
import uuid
from collections.abc import Callable
from typing import Any, Final

import httpx

from .._config import is_loopback
from ._document import route
from ._fake import AuthorizationDenied, FakeKlarna

FAIL_NEXT_ARGUMENTS: Final = frozenset({"status", "retry_after", "body", "timeout", "after_commit", "times"})
AUTHORIZE_ARGUMENTS: Final = frozenset({"email", "intent"})
CLOCK_ARGUMENTS: Final = frozenset({"hours", "minutes", "seconds"})
SETTLE_ARGUMENTS: Final = frozenset({"fee_rate"})
COMPLETE_HPP_ARGUMENTS: Final = frozenset({"email"})


class ControlError(Exception):
    """A bad request to a control endpoint: its status and Klarna-style message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def deliver(callback: dict[str, Any]) -> None:
    """POST a callback or notification to its URL when that is on this machine (the shop under
    test), as Klarna would; record the answer's status (or the error) as `delivered`. Other
    URLs are only recorded: the fake never calls out of the machine."""
    host = urllib.parse.urlsplit(callback["url"]).hostname
    if host is None or not is_loopback(host):
        callback["delivered"] = None
        return
    try:
        callback["delivered"] = httpx.post(callback["url"], json=callback["body"], timeout=2.0).status_code
    except httpx.HTTPError as error:
        callback["delivered"] = type(error).__name__


def state_of(fake: FakeKlarna) -> dict[str, Any]:
    """What `GET /_fake/state` answers: the fake's state as JSON (no credentials in it)."""
    state = {
        "orders": fake.orders,
        "customer_tokens": fake.customer_tokens,
        "sessions": fake.sessions,
        "callbacks": fake.callbacks,
        "notifications": fake.notifications,
        "hpp_sessions": fake.hpp_sessions,
        "payouts": fake.payouts,
        "transactions": fake.transactions,
        "requests": [
            {
                "operation": request.operation,
                "method": request.method,
                "path": request.path,
                "headers": dict(request.headers),
                "body": request.body if not isinstance(request.body, bytes) else None,
            }
            for request in fake.requests
        ],
    }
    as_json: dict[str, Any] = json.loads(json.dumps(state, default=_json_default))
    return as_json


def _json_default(value: object) -> object:
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def _arguments(content: bytes, allowed: frozenset[str], required: tuple[str, ...] = ()) -> dict[str, Any]:
    try:
        arguments = json.loads(content or b"{}")
    except ValueError:
        raise ControlError(400, "BAD_VALUE", "Bad value: body (not JSON)") from None
    if not isinstance(arguments, dict):
        raise ControlError(400, "BAD_VALUE", "Bad value: body (not a JSON object)")
    unknown = sorted(set(arguments) - allowed - set(required))
    missing = [name for name in required if name not in arguments]
    if unknown or missing:
        problems = [f"Bad value: {name} (unknown)" for name in unknown] + [f"Bad value: {name}" for name in missing]
        raise ControlError(400, "BAD_VALUE", "; ".join(problems))
    return arguments


def undelivered(fake: FakeKlarna) -> Callable[[], None]:
    """A function that POSTs the callbacks and notifications `fake` records from now on."""
    callbacks, notifications = len(fake.callbacks), len(fake.notifications)

    def deliver_new() -> None:
        for each in [*fake.callbacks[callbacks:], *fake.notifications[notifications:]]:
            deliver(each)

    return deliver_new


def handler_for(fake: FakeKlarna) -> type[http.server.BaseHTTPRequestHandler]:
    def authorize(content: bytes) -> dict[str, Any]:
        arguments = _arguments(content, AUTHORIZE_ARGUMENTS | {"session", "session_id"})
        session = arguments.pop("session", None) or arguments.pop("session_id", None)
        if not isinstance(session, dict | str):
            raise ControlError(400, "BAD_VALUE", "Bad value: session (a session body) or session_id (a string)")
        return {"authorization_token": fake.authorize(session, **arguments)}

    def clock(content: bytes) -> dict[str, Any]:
        arguments = _arguments(content, CLOCK_ARGUMENTS)
        return {"now": fake.clock.advance(**arguments).isoformat()}

    def decide_fraud(content: bytes) -> dict[str, Any]:
        arguments = _arguments(content, frozenset(), required=("order_id", "decision"))
        try:
            fake.decide_fraud(arguments["order_id"], arguments["decision"])
        except ValueError as error:
            raise ControlError(400, "BAD_VALUE", str(error)) from None
        return {"decided": arguments["decision"]}

    def complete_hpp_session(content: bytes) -> dict[str, Any]:
        arguments = _arguments(content, COMPLETE_HPP_ARGUMENTS, required=("session_id",))
        try:
            return {"authorization_token": fake.complete_hpp_session(arguments.pop("session_id"), **arguments)}
        except ValueError as error:
            raise ControlError(400, "BAD_VALUE", str(error)) from None

    def hpp_status(content: bytes) -> dict[str, Any]:
        arguments = _arguments(content, frozenset(), required=("session_id", "status"))
        try:
            fake.set_hpp_status(arguments["session_id"], arguments["status"])
        except ValueError as error:
            raise ControlError(400, "BAD_VALUE", str(error)) from None
        return {"status": arguments["status"]}

    def fail_next(content: bytes) -> dict[str, Any]:
        arguments = _arguments(content, FAIL_NEXT_ARGUMENTS, required=("operation",))
        fake.fail_next(arguments.pop("operation"), **arguments)
        return {"scripted": True}

    def settle(content: bytes) -> dict[str, Any]:
        arguments = _arguments(content, SETTLE_ARGUMENTS)
        try:
            return {"payment_references": fake.settle(**arguments)}
        except ValueError as error:
            raise ControlError(400, "BAD_VALUE", str(error)) from None

    controls: dict[tuple[str, str], Callable[[bytes], dict[str, Any]]] = {
        ("POST", "/_fake/authorize"): authorize,
        ("POST", "/_fake/clock"): clock,
        ("POST", "/_fake/decide_fraud"): decide_fraud,
        ("POST", "/_fake/complete_hpp_session"): complete_hpp_session,
        ("POST", "/_fake/hpp_status"): hpp_status,
        ("POST", "/_fake/fail_next"): fail_next,
        ("POST", "/_fake/settle"): settle,
        ("GET", "/_fake/state"): lambda content: state_of(fake),
    }

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            content = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if self.path.startswith("/_fake/"):
                self._control(content)
                return
            url = f"http://{self.headers.get('Host', '127.0.0.1')}{self.path}"
            request = httpx.Request(self.command, url, headers=list(self.headers.items()), content=content)
            deliver_new = undelivered(fake)
            try:
                response = fake.handle(request)
            except httpx.TimeoutException:
                self.close_connection = True  # a scripted timeout: the connection drops, unanswered
                return
            headers = {k: v for k, v in response.headers.items() if k.lower() not in {"content-length", "connection"}}
            self._send(response.status_code, headers, response.content)
            deliver_new()  # after the answer, as Klarna's callbacks come on their own time

        def _control(self, content: bytes) -> None:
            deliver_new = undelivered(fake)
            status, body = self._run_control(content)
            deliver_new()  # a control returns once the callbacks it caused were delivered
            self._send(status, {"Content-Type": "application/json"}, json.dumps(body).encode())

        def _run_control(self, content: bytes) -> tuple[int, dict[str, Any]]:
            correlation_id = str(uuid.uuid4())
            control = controls.get((self.command, urllib.parse.urlsplit(self.path).path))
            try:
                if control is None:
                    raise ControlError(404, "NOT_FOUND", f"No fake control endpoint {self.command} {self.path}")
                return 200, control(content)
            except ControlError as error:
                return error.status, _error_body(error.code, error.message, correlation_id)
            except AuthorizationDenied:
                return 403, _error_body("REJECTED", "The shopper's authorization was denied", correlation_id)
            except (ValueError, TypeError):
                # The message is the fake's own (never Python's exception text: its class and
                # repr say nothing useful to a service in another language).
                return 400, _error_body("BAD_VALUE", "Bad value: an argument of this control", correlation_id)

        def _send(self, status: int, headers: dict[str, str], content: bytes) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        do_GET = do_POST = do_DELETE = do_PATCH = do_PUT = _answer

        def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
            sys.stderr.write(f"fake klarna: {self.command} {elided(self.command, self.path)} -> {code}\n")

        def log_message(self, format: str, *args: Any) -> None:
            pass  # the default line quotes the request line, with its tokens

    return Handler


def _error_body(code: str, message: str, correlation_id: str) -> dict[str, Any]:
    return {"error_code": code, "error_messages": [message], "correlation_id": correlation_id}


def elided(method: str, path: str) -> str:
    """`path` as the access log shows it: the operation's path with every parameter elided."""
    bare = urllib.parse.urlsplit(path).path
    if bare.startswith("/_fake/"):
        return bare
    found = route(method, bare)
    if found is None:
        return "(no such operation)"
    template = found[0].pattern.pattern.removeprefix("^").removesuffix("$")
    return template.replace("([^/]+)", "…").replace("\\", "")


def serve(port: int, fake: FakeKlarna | None = None) -> http.server.ThreadingHTTPServer:
    """A server for `fake` (a new one by default) on 127.0.0.1:`port` (0: a free one); not started."""
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler_for(fake or FakeKlarna()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m klarna_payments.testing", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    serve_command = commands.add_parser(
        "serve",
        help="serve a fake Klarna over HTTP on 127.0.0.1",
        description=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    serve_command.add_argument("--port", type=int, default=0, help="the port (0, the default: a free one)")
    serve_command.add_argument(
        "--idempotency",
        choices=["replay", "ignore"],
        default="replay",
        help="replay: a repeated Klarna-Idempotency-Key gets the first answer for 24 h (default); "
        "ignore: every request is executed",
    )
    args = parser.parse_args(argv)
    server = serve(args.port, FakeKlarna(idempotency=args.idempotency))
    print(f"fake Klarna at http://127.0.0.1:{server.server_address[1]}  (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
