"""A scripted HTTP/1.1 server on 127.0.0.1, for tests and the benchmark that need real sockets.

Each request gets the next `Step` of the script (the last one repeats): a status, headers and
body, optionally after a delay, or one of the network faults a real deployment sees:

- `Fault.RESET`: headers and half the body, then a TCP reset (SO_LINGER 0).
- `Fault.TRUNCATE`: headers promising the whole body, half of it, then a clean close.
- `Fault.STALL`: headers, then nothing until the client gives up and disconnects.
- `Fault.TRICKLE`: headers, then the body one byte per `interval` (each read succeeds in time).
- `Fault.TRICKLE_HEADERS`: the status line and headers one byte per `interval`, then the body.
- `Fault.ENDLESS`: headers, then a body that never ends, one byte per `interval`.
- `Fault.FLOOD`: headers, then a body that never ends, as fast as the client reads it.

The script records what arrived (headers, times) and the connections: how many were accepted,
and how many are still open, which is how tests see a leaked connection.
"""

from __future__ import annotations

import contextlib
import enum
import http.server
import json
import select
import socket
import struct
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace


class Fault(enum.Enum):
    RESET = "reset"
    TRUNCATE = "truncate"
    STALL = "stall"
    TRICKLE = "trickle"
    TRICKLE_HEADERS = "trickle-headers"
    ENDLESS = "endless"
    FLOOD = "flood"


@dataclass
class Step:
    """One scripted answer: status, headers and body, optionally after a delay, or a fault."""

    status: int = 200
    body: bytes = b'{"order_id": "o-1"}'
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})
    delay: float = 0.0
    fault: Fault | None = None
    interval: float = 0.05  # between the bytes of a trickle
    echo: str | None = None  # answer {"order_id": <this request header's value>} instead of `body`
    until: threading.Event | None = None  # ends the delay early once set (a test's "now answer")


@dataclass
class Script:
    steps: list[Step]
    received: list[dict[str, str]] = field(default_factory=list)
    times: list[float] = field(default_factory=list)
    connections: set[tuple[str, int]] = field(default_factory=set)
    accepted: int = 0  # TCP connections accepted so far
    open_connections: int = 0  # accepted and not yet closed by either side
    peak_open_connections: int = 0
    stopping: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def wait_until_closed(self, timeout: float = 5.0) -> bool:
        """Whether every connection is closed within `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.open_connections == 0:
                return True
            time.sleep(0.01)
        return self.open_connections == 0


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # the benchmark opens up to 100 connections at once


@contextlib.contextmanager
def scripted_server(*steps: Step) -> Iterator[tuple[str, Script]]:
    """Serve `steps` in order (the last one repeats); yield the base URL and what was received."""
    script = Script(list(steps))

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in separate writes; without TCP_NODELAY each keep-alive
        # response waits ~40 ms for the client's delayed ACK.
        disable_nagle_algorithm = True

        def setup(self) -> None:
            super().setup()
            with script.lock:
                script.accepted += 1
                script.open_connections += 1
                script.peak_open_connections = max(script.peak_open_connections, script.open_connections)

        def finish(self) -> None:
            with contextlib.suppress(OSError):  # a socket reset on purpose cannot be flushed
                super().finish()
            with script.lock:
                script.open_connections -= 1

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            with script.lock:
                script.received.append(dict(self.headers))
                script.times.append(time.monotonic())
                script.connections.add(self.client_address)
                step = script.steps[min(len(script.received), len(script.steps)) - 1]
            if step.delay and self._client_leaves_within(step.delay, step.until):
                self.close_connection = True  # the client gave up waiting: nobody to answer
                return
            if step.echo is not None:
                step = replace(step, body=json.dumps({"order_id": self.headers.get(step.echo, "")}).encode())
            if step.fault is Fault.TRICKLE_HEADERS:
                head = f"HTTP/1.1 {step.status} OK\r\nContent-Length: {len(step.body)}\r\n\r\n".encode()
                self.close_connection = True
                if self._trickle(head, step.interval):
                    self.wfile.write(step.body)
                return
            self.send_response(step.status)
            for name, value in step.headers.items():
                self.send_header(name, value)
            endless = step.fault in (Fault.ENDLESS, Fault.FLOOD)
            self.send_header("Content-Length", str(10**12 if endless else len(step.body)))
            self.end_headers()
            if step.fault is None:
                self.wfile.write(step.body)
                return
            self.close_connection = True
            if step.fault is Fault.TRICKLE:
                self._trickle(step.body, step.interval)
                return
            if step.fault is Fault.ENDLESS:
                self._trickle(iter(lambda: b"x", None), step.interval)
                return
            if step.fault is Fault.FLOOD:
                chunk = step.body * (65536 // max(len(step.body), 1) + 1)
                with contextlib.suppress(OSError):  # the client stopped reading and closed
                    while not script.stopping.is_set():
                        self.wfile.write(chunk)
                return
            if step.fault is Fault.STALL:
                self.wfile.flush()
                self._client_leaves_within(float("inf"))
                return
            self.wfile.write(step.body[: len(step.body) // 2])
            self.wfile.flush()
            if step.fault is Fault.RESET:
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()

        def _trickle(self, data: Iterable[int] | Iterator[bytes], interval: float) -> bool:
            """Send `data` a byte at a time; False when the client leaves first."""
            for item in data:
                try:
                    self.wfile.write(bytes([item]) if isinstance(item, int) else item)
                    self.wfile.flush()
                except OSError:
                    return False
                if self._client_leaves_within(interval):
                    return False
            return True

        def _client_leaves_within(self, seconds: float, until: threading.Event | None = None) -> bool:
            """Wait up to `seconds` (or until the server stops, or `until` is set); True when the
            client closed its end."""
            deadline = time.monotonic() + seconds
            while not script.stopping.is_set() and not (until and until.is_set()) and time.monotonic() < deadline:
                readable, _, _ = select.select([self.connection], [], [], min(0.05, seconds))
                if readable and not self.connection.recv(1, socket.MSG_PEEK):
                    return True  # EOF
            return False

        do_GET = do_POST = do_DELETE = _answer

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = _Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), name="scripted-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", script
    finally:
        script.stopping.set()
        server.shutdown()
        server.server_close()
