"""A forwarding HTTP proxy on 127.0.0.1, for the tests of proxies from the environment.

It forwards absolute-form requests (`POST http://host:port/path HTTP/1.1`, what a client sends
a proxy for an http:// URL; one per connection, answered with `Connection: close`) and tunnels
`CONNECT host:port` (for https:// URLs), recording each request line and its headers
(`Proxy-Authorization` among them). With `trickle` set it answers every request itself
instead, its status line one byte per `trickle` seconds: a proxy that holds a client for as
long as it likes.
"""

from __future__ import annotations

import contextlib
import select
import socket
import socketserver
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass
class ProxyLog:
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # (request line, headers)
    stopping: threading.Event = field(default_factory=threading.Event)


def _read_head(connection: socket.socket) -> bytes:
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = connection.recv(4096)
        if not chunk:
            break
        head += chunk
    return head


def _pipe(a: socket.socket, b: socket.socket, stopping: threading.Event) -> None:
    """Copy bytes both ways until either side closes."""
    sockets = [a, b]
    while not stopping.is_set():
        readable, _, _ = select.select(sockets, [], [], 0.05)
        for source in readable:
            data = source.recv(65536)
            if not data:
                return
            (b if source is a else a).sendall(data)


@contextlib.contextmanager
def forwarding_proxy(*, trickle: float | None = None) -> Iterator[tuple[str, ProxyLog]]:
    """Serve a proxy; yield its URL (`http://127.0.0.1:PORT`) and what it received."""
    log = ProxyLog()

    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            connection: socket.socket = self.request
            head = _read_head(connection)
            if not head:
                return
            text, _, rest = head.partition(b"\r\n\r\n")
            line, *header_lines = text.decode("latin-1").split("\r\n")
            headers = dict(item.split(": ", 1) for item in header_lines if ": " in item)
            log.requests.append((line, headers))
            if trickle is not None:
                self._trickle(connection, b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}", trickle)
                return
            method, target, _ = line.split(" ", 2)
            with contextlib.suppress(OSError):
                if method == "CONNECT":
                    host, port = target.rsplit(":", 1)
                    with socket.create_connection((host, int(port))) as upstream:
                        connection.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                        _pipe(connection, upstream, log.stopping)
                    return
                authority, _, path = target.removeprefix("http://").partition("/")
                host, port = authority.rsplit(":", 1)
                forwarded = [f"{method} /{path} HTTP/1.1"] + [
                    f"{name}: {value}"
                    for name, value in headers.items()
                    if name.lower() not in ("proxy-authorization", "proxy-connection", "connection")
                ]
                length = int(headers.get("Content-Length") or 0)
                while len(rest) < length:
                    rest += connection.recv(65536)
                with socket.create_connection((host, int(port))) as upstream:
                    upstream.sendall("\r\n".join([*forwarded, "Connection: close", "", ""]).encode("latin-1") + rest)
                    answer = b"".join(iter(lambda: upstream.recv(65536), b""))
                # One request per connection: the client must not reuse it.
                status, _, remainder = answer.partition(b"\r\n")
                connection.sendall(status + b"\r\nConnection: close\r\n" + remainder)

        def _trickle(self, connection: socket.socket, data: bytes, interval: float) -> None:
            for byte in data:
                if log.stopping.is_set():
                    return
                try:
                    connection.sendall(bytes([byte]))
                except OSError:
                    return
                readable, _, _ = select.select([connection], [], [], interval)
                if readable and not connection.recv(1, socket.MSG_PEEK):
                    return  # the client gave up

    class Server(socketserver.ThreadingTCPServer):
        daemon_threads = True
        allow_reuse_address = True

    server = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), name="forwarding-proxy", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", log
    finally:
        log.stopping.set()
        server.shutdown()
        server.server_close()
