"""What one attempt may take, and how far it got: its deadline (twice its largest timeout),
which the SDK's own sockets clamp every read and write to, and its progress (whether the request
began to go out, and the sockets it used), which is what an interrupt leaves behind.

Both travel in context variables set for the attempt by `_bodies.read_response`, read by the
deadline transport's sockets (`_deadline_transport.py`)."""

from __future__ import annotations

import contextlib
import contextvars
import time
from typing import Any

import httpx

__all__ = ["AttemptProgress", "attempt_deadline", "attempt_progress", "clamped", "deadline_for", "used"]

attempt_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "klarna_payments_deadline", default=None
)


class AttemptProgress:
    """How far one attempt got, for what an interrupt (any BaseException that is not an
    Exception: KeyboardInterrupt, a soft time limit, a cancellation) leaves behind: whether the
    request began to go out, and the SDK's own sockets it used (closed if it is interrupted, so
    that no half-written connection is used again)."""

    __slots__ = ("sent", "streams")

    def __init__(self) -> None:
        self.sent = False
        self.streams: list[Any] = []

    def close_streams(self) -> None:
        for stream in self.streams:
            with contextlib.suppress(Exception):
                stream.close()


attempt_progress: contextvars.ContextVar[AttemptProgress | None] = contextvars.ContextVar(
    "klarna_payments_attempt", default=None
)


def clamped(timeout: float | None, expired: type[Exception]) -> float | None:
    """`timeout` cut to what is left of the attempt in progress; `expired` once nothing is."""
    deadline = attempt_deadline.get()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise expired("the attempt's deadline passed")
    return remaining if timeout is None else min(timeout, remaining)


def deadline_for(timeout: httpx.Timeout | None) -> float | None:
    """Seconds an attempt may take: twice its largest timeout, or None when it has none."""
    if timeout is None:
        return None
    parts = [part for part in (timeout.connect, timeout.read, timeout.write, timeout.pool) if part is not None]
    return 2 * max(parts) if parts else None


def used(stream: Any, *, sending: bool) -> None:
    """Record that the attempt in progress uses `stream` (and, writing, that it began to send)."""
    progress = attempt_progress.get()
    if progress is not None:
        if stream not in progress.streams:
            progress.streams.append(stream)
        progress.sent = progress.sent or sending
