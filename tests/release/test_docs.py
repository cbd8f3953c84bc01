"""`make docs`: the API reference works offline and the SDK reference covers the public API."""

from __future__ import annotations

import re
from pathlib import Path

import klarna_payments
import pytest
from build_docs import build_api_reference, build_sdk_reference, public_modules


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("docs")


def test_api_reference_is_one_self_contained_page(output: Path) -> None:
    page = build_api_reference(output).read_text()
    assert "createOrder" in page or "Create an order" in page
    assert not re.search(r"<script[^>]+src=[\"']https?://", page), "the page must not load scripts from a CDN"


def test_sdk_reference_documents_every_exported_name(output: Path) -> None:
    build_sdk_reference(output)
    pages = "".join(path.read_text() for path in (output / "sdk").rglob("*.html"))
    missing = [name for name in klarna_payments.__all__ if f'id="{name}"' not in pages]
    assert missing == []


def test_sdk_reference_has_a_page_per_operation_module() -> None:
    assert {"klarna_payments.api.orders.create_order", "klarna_payments.errors"} <= set(public_modules())
    assert not [name for name in public_modules() if "._" in name], "private modules stay out of the reference"
