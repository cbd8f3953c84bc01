"""The `klarna_fake` pytest fixture, which the package registers through the `pytest11` entry point.

Loaded by pytest wherever klarna-payments is installed, so it imports nothing heavy until a test
asks for the fixture (the fake needs the `testing` extra's jsonschema).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from . import FakeKlarna


@pytest.fixture
def klarna_fake() -> Iterator[FakeKlarna]:
    """A fresh `FakeKlarna` for each test; the clients it made are closed afterwards."""
    from . import FakeKlarna

    fake = FakeKlarna()
    try:
        yield fake
    finally:
        fake.close()
