"""A small scripted HTTP server on 127.0.0.1 for tests that need real sockets and real time."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Step:
    """One scripted answer: status, headers and body, optionally after a delay."""

    status: int = 200
    body: bytes = b'{"order_id": "o-1"}'
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})
    delay: float = 0.0


@dataclass
class Script:
    steps: list[Step]
    received: list[dict[str, str]] = field(default_factory=list)
    times: list[float] = field(default_factory=list)
    connections: set[tuple[str, int]] = field(default_factory=set)


@contextmanager
def scripted_server(*steps: Step) -> Iterator[tuple[str, Script]]:
    """Serve `steps` in order (the last one repeats); yield the base URL and what was received."""
    script = Script(list(steps))

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            script.received.append(dict(self.headers))
            script.times.append(time.monotonic())
            script.connections.add(self.client_address)
            step = script.steps[min(len(script.received), len(script.steps)) - 1]
            time.sleep(step.delay)
            self.send_response(step.status)
            for name, value in step.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(step.body)))
            self.end_headers()
            self.wfile.write(step.body)

        do_GET = do_POST = do_DELETE = _answer

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", script
    finally:
        server.shutdown()
        server.server_close()
