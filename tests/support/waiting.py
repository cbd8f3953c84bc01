"""Waiting for something another thread does, without a fixed sleep: a bounded poll."""

from __future__ import annotations

import threading
from collections.abc import Callable


def wait_until(condition: Callable[[], bool], *, seconds: float = 20.0, every: float = 0.05) -> bool:
    """Whether `condition` became true within `seconds` (checked every `every` seconds)."""
    pause = threading.Event()
    for _ in range(int(seconds / every)):
        if condition():
            return True
        pause.wait(every)
    return condition()
