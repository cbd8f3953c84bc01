"""`python -m klarna_payments.testing serve [--port N]`: the fake over HTTP, on 127.0.0.1.

For manual runs and non-Python consumers; the server is the standard library's. Besides Klarna's
paths it answers two of its own, which stand for what only a browser or time can do:

- `POST /_fake/authorize` with `{"session": {...}}` (a session body) or `{"session_id": "..."}`
  (a session created through the API), and optionally `"email"` and `"intent"`, returns
  `{"authorization_token": "..."}` (403 for a denied persona). When the session has
  `merchant_urls.authorization` on 127.0.0.1, the fake POSTs the authorization callback there,
  as Klarna would;
- `POST /_fake/clock` with `{"minutes": 61}` (or `hours`, `seconds`) moves the fake's clock.

`--port 0` picks a free port. The URL is printed; Ctrl-C stops the server.
"""

from __future__ import annotations

import argparse
import http.server
import json
import sys
import urllib.parse
from typing import Any, Final

import httpx

from ._fake import AuthorizationDenied, FakeKlarna


def handler_for(fake: FakeKlarna) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            content = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if self.path.startswith("/_fake/"):
                status, body = self._helper(self.path, content)
                self._send(status, {"Content-Type": "application/json"}, json.dumps(body).encode())
                return
            url = f"http://{self.headers.get('Host', '127.0.0.1')}{self.path}"
            request = httpx.Request(self.command, url, headers=list(self.headers.items()), content=content)
            try:
                response = fake.handle(request)
            except httpx.TimeoutException:
                self.close_connection = True  # a scripted timeout: the connection drops, unanswered
                return
            headers = {k: v for k, v in response.headers.items() if k.lower() not in {"content-length", "connection"}}
            self._send(response.status_code, headers, response.content)

        def _send(self, status: int, headers: dict[str, str], content: bytes) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        @staticmethod
        def _helper(path: str, content: bytes) -> tuple[int, Any]:
            try:
                arguments = json.loads(content or b"{}")
                if path == "/_fake/authorize":
                    session = arguments.pop("session", None) or arguments.pop("session_id", None)
                    if session is None:
                        return 400, {"error": "give the session body as session, or a session id as session_id"}
                    before = len(fake.callbacks)
                    token = fake.authorize(session, **arguments)
                    for callback in fake.callbacks[before:]:
                        deliver(callback)
                    return 200, {"authorization_token": token}
                if path == "/_fake/clock":
                    return 200, {"now": fake.clock.advance(**arguments).isoformat()}
            except AuthorizationDenied as denied:
                return 403, {"error": str(denied)}
            except (ValueError, TypeError, KeyError) as error:
                return 400, {"error": f"{type(error).__name__}: {error}"}
            return 404, {"error": f"no fake helper at {path}"}

        do_GET = do_POST = do_DELETE = do_PATCH = do_PUT = _answer

        def log_message(self, format: str, *args: Any) -> None:
            sys.stderr.write(f"fake klarna: {format % args}\n")

    return Handler


LOOPBACK: Final = frozenset({"127.0.0.1", "localhost", "::1"})


def deliver(callback: dict[str, Any]) -> None:
    """POST an authorization callback to its URL when that is on this machine (the shop under
    test), as Klarna would; record the answer's status (or the error) as `delivered`. Other
    URLs are only recorded: the fake never calls out of the machine."""
    if urllib.parse.urlsplit(callback["url"]).hostname not in LOOPBACK:
        callback["delivered"] = None
        return
    try:
        callback["delivered"] = httpx.post(callback["url"], json=callback["body"], timeout=2.0).status_code
    except httpx.HTTPError as error:
        callback["delivered"] = type(error).__name__


def serve(port: int, fake: FakeKlarna | None = None) -> http.server.ThreadingHTTPServer:
    """A server for `fake` (a new one by default) on 127.0.0.1:`port` (0: a free one); not started."""
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler_for(fake or FakeKlarna()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m klarna_payments.testing", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    serve_command = commands.add_parser("serve", help="serve a fake Klarna over HTTP on 127.0.0.1")
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
