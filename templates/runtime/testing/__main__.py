"""`python -m klarna_payments.testing serve [--port N] [--idempotency replay|ignore]`: the fake over HTTP.

For services in any language: the fake answers Klarna's paths on 127.0.0.1 as `FakeKlarna`
does in process, and these control endpoints stand for what only a browser, time or a broken
network can do. Every request, to Klarna's paths and to the controls alike, needs HTTP Basic
with test credentials (401 without, or with a `klarna_live_` key in any case, saying why). Each
username (or API key) is a merchant with its own sessions, tokens, orders, customer tokens,
hosted pages and payouts: another merchant's are 404, as from Klarna, and a control acts as the
merchant whose credentials it carries. Every answer is JSON; a bad request to a control is 400
with Klarna's error shape (`error_code`, `error_messages`, `correlation_id`), the message naming
the argument and what it must be.

- `POST /_fake/authorize` with `{"session": {...}}` (a session body) or `{"session_id": "..."}`
  (a session created through the API), and optionally `"email"` (a playground persona) and
  `"intent"`, returns `{"authorization_token": "..."}` (403 for a denied persona). When the
  session has `merchant_urls.authorization`, the fake POSTs the authorization callback there.
- `POST /_fake/clock` with `{"minutes": 61}` (or `hours`, `seconds`; each from 0 to ten years)
  moves the fake's clock and returns `{"now": "..."}` (pending orders it decides notify, as
  below). The clock starts at the time the server started, and moves only when told.
- `POST /_fake/decide_fraud` with `{"order_id": "...", "decision": "REJECTED"}` ends the review
  of a `PENDING` order now (`FakeKlarna.decide_fraud`); the fraud notification, like those a
  clock move causes, is POSTed to the order's `merchant_urls.notification`.
- `POST /_fake/fail_next` with `{"operation": "create_order", "status": 502, "times": 3}` (the
  arguments of `FakeKlarna.fail_next`: `status`, `retry_after`, `body`, `timeout`,
  `after_commit`, `times`) scripts the next calls' failure, whoever makes them; `timeout` drops
  the connection unanswered.
- `POST /_fake/complete_hpp_session` with `{"session_id": "..."}` (and optionally `"email"`, a
  persona) is the shopper paying on the hosted payment page (`FakeKlarna.complete_hpp_session`):
  returns `{"authorization_token": "..."}` (403 for a denied persona, the session then `FAILED`).
  `POST /_fake/hpp_status` with `{"session_id": "...", "status": "BACK"}` is any other step
  (`IN_PROGRESS`, `BACK`, `FAILED`, `ERROR`, `CANCELLED`). The status callback of each change,
  and of `disable_hpp_session`, is POSTed to the session's `merchant_urls.status_update`.
- `POST /_fake/settle` with `{}` or `{"fee_rate": 290}` (hundredths of a percent of each capture)
  pays out what the merchant captured and refunded since its last payout (`FakeKlarna.settle`)
  and returns `{"payment_references": [...]}`, one per currency (empty when nothing was new).
- `POST /_fake/reset` puts the whole fake, every merchant's state, back as the server started
  it (`FakeKlarna.reset`: the clock at the current time again), and returns `{"reset": true,
  "now": "..."}`: one server for a whole suite, reset before each test.
- `GET /_fake/state` returns what the fake holds for the calling merchant: `now`, `orders`,
  `customer_tokens`, `sessions`, `callbacks`, `notifications`, `hpp_sessions`, `payouts`,
  `transactions` and `requests` (without any Authorization header).

Callbacks and notifications are POSTed only to the URLs the session or order named, and only
when such a URL is on this machine by the name 127.0.0.1, localhost or ::1 (http or https), and
not the fake's own port; others are only recorded. Those a control causes are POSTed before
the control answers, those an API call causes just after its answer.

What the server refuses at once: a `Host` other than 127.0.0.1:PORT or localhost:PORT is 403
(the request is well formed; the fake will not answer a page whose DNS name was rebound to
127.0.0.1), a missing one 400; a `Content-Length` that is not one whole number of bytes is 400,
one over 16 MiB is 413, a chunked body 411, each without reading the body, and the connection
is then closed. A connection silent for 30 seconds (idle between requests, or a body that never
comes) is closed.

`--port 0` (the default) picks a free port. The URL is printed; Ctrl-C stops the server. The
access log names each request by its operation's path with every parameter elided.
"""

from __future__ import annotations

import argparse
import http.server
import json
import re
import sys
import traceback
import urllib.parse
import uuid
from collections.abc import Callable
from typing import Any, Final

import httpx

from ._controls import ControlError, controls
from ._document import route
from ._fake import AuthorizationDenied, FakeKlarna
from ._merchants import Unauthorized

# 16 MiB: an order of 1000 lines (Klarna's most) with every field at its longest is 5.66 MiB.
MAX_BODY: Final = 16 * 1024 * 1024
IDLE_TIMEOUT: Final = 30.0  # seconds a connection may stay silent (idle, or mid-request) before it is closed
# Where callbacks and notifications may go: this machine, by these names only (never the fake itself).
CALLBACK_HOSTS: Final = frozenset({"127.0.0.1", "localhost", "::1"})
CALLBACK_SCHEMES: Final = frozenset({"http", "https"})
CALLBACK_TIMEOUT: Final = 2.0
_LENGTH: Final = re.compile(r"[0-9]{1,20}")


class Refused(Exception):
    """A request the server answers before reading it (its status and message), then hangs up."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def deliver(callback: dict[str, Any], own_port: int | None = None) -> None:
    """POST a callback or notification to its URL when that is on this machine (the shop under
    test: a host of `CALLBACK_HOSTS`, not the fake's own port), as Klarna would; record the
    answer's status (or the error's name) as `delivered`. Other URLs are only recorded
    (`delivered` None): the fake never calls out of the machine, nor itself."""
    parts = urllib.parse.urlsplit(callback["url"])
    try:
        port = parts.port
    except ValueError:
        port = -1  # not a port: not a URL to POST to
    allowed = parts.scheme in CALLBACK_SCHEMES and (parts.hostname or "") in CALLBACK_HOSTS
    if not allowed or port == -1 or (own_port is not None and port == own_port):
        callback["delivered"] = None
        return
    try:
        answer = httpx.post(callback["url"], json=callback["body"], timeout=CALLBACK_TIMEOUT)
        callback["delivered"] = answer.status_code
    except httpx.HTTPError as error:
        callback["delivered"] = type(error).__name__


def undelivered(fake: FakeKlarna, own_port: int | None = None) -> Callable[[], None]:
    """A function that POSTs the callbacks and notifications `fake` records from now on."""
    callbacks, notifications = len(fake.callbacks), len(fake.notifications)

    def deliver_new() -> None:
        for each in [*fake.callbacks[callbacks:], *fake.notifications[notifications:]]:
            deliver(each, own_port)

    return deliver_new


def handler_for(fake: FakeKlarna, *, idle_timeout: float = IDLE_TIMEOUT) -> type[http.server.BaseHTTPRequestHandler]:
    """The request handler of a server for `fake`: Klarna's paths, and the control endpoints."""
    endpoints = controls(fake)

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        timeout = idle_timeout  # a silent connection (idle, or a body that never comes) is closed

        def _answer(self) -> None:
            correlation_id = str(uuid.uuid4())
            try:
                self._check_host()
                content = self._body()
            except Refused as refused:
                self.close_connection = True  # what is left of the request is never read
                self._send_json(refused.status, _error_body(refused.code, refused.message, correlation_id))
                return
            if self.path.startswith("/_fake/"):
                self._control(content, correlation_id)
                return
            url = f"http://{self.headers.get('Host')}{self.path}"
            request = httpx.Request(self.command, url, headers=list(self.headers.items()), content=content)
            deliver_new = undelivered(fake, self._port())
            try:
                response = fake.handle(request)
            except httpx.TimeoutException:
                self.close_connection = True  # a scripted timeout: the connection drops, unanswered
                return
            except Exception as error:  # a bug of the fake: an answer, not a dropped connection
                self._send_json(500, _failed(error, correlation_id))
                return
            headers = {k: v for k, v in response.headers.items() if k.lower() not in {"content-length", "connection"}}
            self._send(response.status_code, headers, response.content)
            deliver_new()  # after the answer, as Klarna's callbacks come on their own time

        def _port(self) -> int:
            return int(self.connection.getsockname()[1])

        def _check_host(self) -> None:
            """Only requests addressed to this server: a web page's DNS-rebinding request names
            its own host, and is refused (403) before anything is read or done."""
            hosts = self.headers.get_all("Host") or []
            if len(hosts) != 1:
                raise Refused(400, "BAD_VALUE", "Bad value: Host (an HTTP/1.1 request names exactly one)")
            allowed = {f"127.0.0.1:{self._port()}", f"localhost:{self._port()}"}
            if hosts[0].strip().lower() not in allowed:
                raise Refused(
                    403,
                    "FORBIDDEN",
                    f"Bad value: Host (the fake answers only 127.0.0.1:{self._port()} or localhost:{self._port()})",
                )

        def _body(self) -> bytes:
            """The request's body: read at once when its Content-Length is sound and at most
            `MAX_BODY`; refused before reading otherwise."""
            if self.headers.get("Transfer-Encoding") is not None:
                raise Refused(411, "BAD_VALUE", "Bad value: Transfer-Encoding (send the body with a Content-Length)")
            lengths = {value.strip() for value in self.headers.get_all("Content-Length") or []}
            if not lengths:
                return b""
            [length] = lengths if len(lengths) == 1 else [""]
            if not _LENGTH.fullmatch(length):
                raise Refused(
                    400,
                    "BAD_VALUE",
                    f"Bad value: Content-Length (must be one whole number of bytes, not {_shown(self.headers)})",
                )
            size = int(length)
            if size > MAX_BODY:
                raise Refused(
                    413, "BAD_VALUE", f"Bad value: Content-Length (a body is at most {MAX_BODY} bytes, not {size})"
                )
            content = self.rfile.read(size)
            if len(content) < size:
                raise Refused(400, "BAD_VALUE", "Bad value: body (shorter than its Content-Length)")
            return content

        def _control(self, content: bytes, correlation_id: str) -> None:
            deliver_new = undelivered(fake, self._port())
            status, body = self._run_control(content, correlation_id)
            deliver_new()  # a control returns once the callbacks it caused were delivered
            self._send_json(status, body)

        def _run_control(self, content: bytes, correlation_id: str) -> tuple[int, dict[str, Any]]:
            control = endpoints.get((self.command, urllib.parse.urlsplit(self.path).path))
            try:
                if control is None:
                    raise ControlError(404, "NOT_FOUND", f"No fake control endpoint {self.command} {self.path}")
                merchant = fake._identify(self.headers.get("Authorization"))
                return 200, control(content, merchant)
            except ControlError as error:
                return error.status, _error_body(error.code, error.message, correlation_id)
            except Unauthorized as refusal:
                return 401, _error_body("UNAUTHORIZED", str(refusal), correlation_id)
            except AuthorizationDenied:
                return 403, _error_body("REJECTED", "The shopper's authorization was denied", correlation_id)
            except ValueError as error:
                # The fake's own messages, each naming the argument it refuses (never Python's
                # exception text: its class and repr say nothing useful to a service in another language).
                return 400, _error_body("BAD_VALUE", f"Bad value: {error}", correlation_id)
            except Exception as error:  # a bug of the fake: an answer, not a dropped connection
                return 500, _failed(error, correlation_id)

        def _send_json(self, status: int, body: dict[str, Any]) -> None:
            self._send(status, {"Content-Type": "application/json"}, json.dumps(body).encode())

        def _send(self, status: int, headers: dict[str, str], content: bytes) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(content)))
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(content)

        def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
            """A request line or header the server cannot parse: Klarna's error shape, then hang up."""
            self.close_connection = True
            reason = message or httpx.codes.get_reason_phrase(code) or "Bad request"
            self._send_json(code, _error_body(_code_for_status(code), reason, str(uuid.uuid4())))

        do_GET = do_POST = do_DELETE = do_PATCH = do_PUT = _answer

        def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
            command, path = self.command or "-", getattr(self, "path", "")  # unset for an unparsed request
            sys.stderr.write(f"fake klarna: {command} {elided(command, path)} -> {code}\n")

        def log_message(self, format: str, *args: Any) -> None:
            pass  # the default line quotes the request line, with its tokens

    return Handler


def _shown(headers: Any) -> str:
    values = headers.get_all("Content-Length") or []
    text = json.dumps(values[0] if len(values) == 1 else values)
    return text if len(text) <= 40 else text[:37] + "..."


def _code_for_status(status: int) -> str:
    return "BAD_VALUE" if status < 500 else "INTERNAL_SERVER_ERROR"


def _failed(error: Exception, correlation_id: str) -> dict[str, Any]:
    """A 500 for a bug of the fake; its traceback (frames and class, not the message, which may
    quote a token) goes to stderr."""
    frames = "".join(traceback.format_list(traceback.extract_tb(error.__traceback__)))
    sys.stderr.write(f"fake klarna: {type(error).__name__} in the fake (a bug of the fake):\n{frames}")
    return _error_body(
        "INTERNAL_SERVER_ERROR", f"The fake failed ({type(error).__name__}): a bug of the fake", correlation_id
    )


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


def serve(
    port: int, fake: FakeKlarna | None = None, *, idle_timeout: float = IDLE_TIMEOUT
) -> http.server.ThreadingHTTPServer:
    """A server for `fake` (a new one by default) on 127.0.0.1:`port` (0: a free one); not
    started. A connection silent for `idle_timeout` seconds is closed."""
    handler = handler_for(fake or FakeKlarna(), idle_timeout=idle_timeout)
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)


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
