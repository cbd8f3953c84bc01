"""`make docs`: an offline API reference of exactly openapi.yaml, and an SDK reference of the public API."""

from __future__ import annotations

import json
import re
from pathlib import Path

import klarna_payments
import pytest
from build_docs import build_api_reference, build_sdk_reference, public_modules

from tests.support.document import load_document


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("docs")
    build_api_reference(output)
    build_sdk_reference(output)
    return output


def embedded_definition(page: str) -> object:
    """The OpenAPI document the Redoc page renders (Redocly inlines it as `__redoc_definition`)."""
    start = page.index("const __redoc_definition = ") + len("const __redoc_definition = ")
    definition, _ = json.JSONDecoder().raw_decode(page, start)
    return definition


def test_the_api_reference_renders_exactly_the_document(output: Path) -> None:
    page = (output / "api.html").read_text()
    assert embedded_definition(page) == json.loads(json.dumps(load_document()))
    assert '<div id="redoc">' in page


def test_the_api_reference_loads_nothing_from_the_network(output: Path) -> None:
    page = (output / "api.html").read_text()
    assert not re.search(r"<script[^>]+src=[\"']https?://", page), "the page must not load scripts from a CDN"


def test_the_sdk_reference_documents_every_exported_name(output: Path) -> None:
    pages = "".join(path.read_text() for path in (output / "sdk").rglob("*.html"))
    assert [name for name in klarna_payments.__all__ if f'id="{name}"' not in pages] == []


@pytest.mark.parametrize("client", ["KlarnaPayments", "AsyncKlarnaPayments"])
def test_the_sdk_reference_documents_the_constructors_arguments_as_a_section(output: Path, client: str) -> None:
    page = (output / "sdk" / "klarna_payments" / "client.html").read_text()
    constructor = page[page.index(f'id="{client}.__init__"') :]
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", constructor[:20_000]))
    assert "Arguments:" in text
    assert "api_key: A Klarna API key, sent as Authorization: Basic &lt;api_key&gt;" in text


def test_an_operations_docstring_carries_the_documents_parameter_description(output: Path) -> None:
    page = (output / "sdk" / "klarna_payments" / "api" / "orders.html").read_text()
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    described = load_document()["components"]["parameters"]["AuthorizationToken"]["description"]
    assert "authorization_token: " + " ".join(described.split()[:8]) in text


def test_the_sdk_reference_has_a_page_per_operation_module() -> None:
    assert {"klarna_payments.api.orders.create_order", "klarna_payments.errors"} <= set(public_modules())
    assert not [name for name in public_modules() if "._" in name], "private modules stay out of the reference"


def test_the_sdk_reference_renders_the_callbacks_module(output: Path) -> None:
    page = (output / "sdk" / "klarna_payments" / "callbacks.html").read_text()
    assert "authorization_callback_url" in page and "verify_callback_secret" in page


def test_the_testing_page_renders_its_guide_without_stray_markup(output: Path) -> None:
    page = (output / "sdk" / "klarna_payments" / "testing.html").read_text()
    for text in ("customer+denied@", "What it does not simulate", "fake.callbacks", "fail_next"):
        assert text in page, text
    assert not re.search(r"<p>\s*::\s*</p>", page), "a stray reST `::` paragraph"
    assert not re.search(r'<a[^>]*href=""', page), "an empty link"
    assert "_fake" not in re.sub(r"<[^>]+>", "", page).replace("klarna_fake", ""), "a link to a private module"
