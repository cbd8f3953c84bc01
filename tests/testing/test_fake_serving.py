"""The fake over real HTTP (`python -m klarna_payments.testing serve`), its pytest fixture without
a conftest, and its answers checked against openapi.yaml."""

from __future__ import annotations

import contextlib
import datetime
import re
import signal
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import jsonschema
import pytest
from klarna_payments import AuthenticationError, KlarnaError, KlarnaPayments, NotFoundError
from klarna_payments.testing import FakeKlarna
from klarna_payments.testing.__main__ import serve

from tests.support.document import load_document, resolve
from tests.testing.sessions import ADDRESS, SESSION, US_SESSION, order_for, token_body

MERCHANT = ("PK1_merchant", "secret")
START = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


@pytest.fixture
def served() -> Iterator[tuple[FakeKlarna, str]]:
    fake = FakeKlarna(username="PK1_merchant", password="secret", now=START)
    server = serve(0, fake)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield fake, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_the_served_fake_places_an_order_over_http(served: tuple[FakeKlarna, str]) -> None:
    fake, url = served
    token = httpx.post(f"{url}/_fake/authorize", json={"session": SESSION}, auth=MERCHANT).json()["authorization_token"]

    with KlarnaPayments(username="PK1_merchant", password="secret", base_url=url) as klarna:
        order = klarna.orders.create_order(token, order_for(SESSION))

    assert fake.orders[order.order_id]["token"] == token


def test_the_served_fake_moves_its_clock_on_request(served: tuple[FakeKlarna, str]) -> None:
    fake, url = served
    token = fake.authorize(SESSION)

    moved = httpx.post(f"{url}/_fake/clock", json={"minutes": 61}, auth=MERCHANT)

    assert moved.json() == {"now": "2026-01-01T01:01:00+00:00"}
    with KlarnaPayments(username="PK1_merchant", password="secret", base_url=url) as klarna:
        with pytest.raises(NotFoundError, match="Invalid authorization token"):
            klarna.orders.create_order(token, order_for(SESSION))


def test_the_served_fake_answers_a_denied_persona_with_403(served: tuple[FakeKlarna, str]) -> None:
    _, url = served

    denied = httpx.post(
        f"{url}/_fake/authorize", json={"session": SESSION, "email": "customer+denied@email.se"}, auth=MERCHANT
    )

    assert denied.status_code == 403


STOP_WITHIN = 60  # seconds


@pytest.mark.slow
def test_python_m_klarna_payments_testing_serve_prints_its_url_and_stops_on_ctrl_c() -> None:
    command = [sys.executable, "-m", "klarna_payments.testing", "serve", "--port", "0"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        url = re.search(r"http://127\.0\.0\.1:\d+", process.stdout.readline())
        assert url, "no URL printed"
        target = f"{url.group()}/payments/v1/authorizations/unknown"
        unknown = httpx.delete(target, auth=("PK1_test", "secret"), timeout=5)
        assert unknown.status_code == 404
        assert unknown.json()["error_messages"] == ["Authorization cannot be deleted"]
    finally:
        process.send_signal(signal.SIGINT)
        try:
            # Generous: it stops in well under a second idle, but CI machines are shared.
            returncode = process.wait(timeout=STOP_WITHIN)
        except subprocess.TimeoutExpired:
            process.kill()
            _, errors = process.communicate()
            raise AssertionError(f"still running {STOP_WITHIN} s after Ctrl-C; its stderr:\n{errors}") from None
    assert returncode == 0


@pytest.mark.slow
def test_the_klarna_fake_fixture_needs_no_conftest(tmp_path: Path) -> None:
    (tmp_path / "test_checkout.py").write_text(
        textwrap.dedent(
            """
            def test_checkout(klarna_fake):
                body = {"purchase_country": "SE", "purchase_currency": "SEK", "locale": "sv-SE",
                        "order_amount": 100, "order_lines": [
                            {"name": "Te", "quantity": 1, "unit_price": 100, "total_amount": 100}]}
                token = klarna_fake.authorize(body)
                with klarna_fake.client() as klarna:
                    order = klarna.orders.create_order(token, body)
                assert klarna_fake.orders[order.order_id]["fraud_status"] == "ACCEPTED"
            """
        )
    )

    # The dev venv's two heaviest plugins are switched off (3 s of start-up); entry points still load ours.
    unrelated = ["-p", "no:schemathesis", "-p", "no:hypothesispytest", "-p", "no:cacheprovider"]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *unrelated, "test_checkout.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
    assert not list(tmp_path.glob("conftest.py"))


class CheckedFake(FakeKlarna):
    """A fake that checks each answer to a Klarna operation against openapi.yaml, keeping what
    it found (an assertion raised inside a transport would reach the test as a connection error)."""

    def __init__(self, **credentials: str) -> None:
        super().__init__(**credentials)
        self.answered: list[tuple[str | None, int]] = []
        self.mismatches: list[str] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        response = super().handle(request)
        self.answered.append((self.requests[-1].operation, response.status_code))
        self.mismatches += _mismatches(request, response)
        return response


def _mismatches(request: httpx.Request, response: httpx.Response) -> list[str]:
    document = load_document()
    where = f"{request.method} {request.url.path} -> {response.status_code}"
    template = next(
        (t for t in document["paths"] if re.fullmatch(re.sub(r"\{[^}]+\}", "[^/]+", t), request.url.path)), None
    )
    if template is None:
        return [f"{where}: no such path in the document"]
    documented = document["paths"][template][request.method.lower()]["responses"].get(str(response.status_code))
    if documented is None:
        return [f"{where}: status not documented"]
    found = [] if response.headers.get("Klarna-Correlation-Id") else [f"{where}: no Klarna-Correlation-Id"]
    content = resolve(documented).get("content")
    if content is None:
        return found + ([f"{where}: a body where none is documented"] if response.content else [])
    schema = {**content["application/json"]["schema"], "components": document["components"]}
    validator = jsonschema.Draft202012Validator(schema)
    return found + [f"{where}: {error.message}" for error in validator.iter_errors(response.json())]


def test_every_answer_the_fake_gives_matches_openapi_yaml() -> None:
    fake = CheckedFake(username="PK1_merchant", password="secret")
    buy, tokenize = fake.authorize(SESSION), fake.authorize(SESSION, intent="tokenize")
    pending = fake.authorize(US_SESSION, email="customer+pend-accept-01@email.us")
    with fake.client() as klarna:
        for call in (
            lambda: klarna.orders.create_order(buy, order_for(SESSION, order_amount=999), preflight=False),
            lambda: klarna.orders.create_order(buy, order_for(SESSION, billing_address={**ADDRESS, "city": "X"})),
            lambda: klarna.orders.create_order(buy, order_for(SESSION)),
            lambda: klarna.orders.create_order(buy, order_for(SESSION)),
            lambda: klarna.orders.create_order(pending, order_for(US_SESSION)),
            lambda: klarna.orders.create_order(tokenize, order_for(SESSION)),
            lambda: klarna.orders.purchase_token(buy, token_body()),
            lambda: klarna.orders.purchase_token(
                tokenize, token_body(billing_address=ADDRESS | {"country": "NO"}), preflight=False
            ),
            lambda: klarna.orders.purchase_token(tokenize, token_body(billing_address=ADDRESS)),
            lambda: klarna.orders.cancel_authorization(fake.authorize(SESSION)),
            lambda: klarna.orders.cancel_authorization(buy),
        ):
            with contextlib.suppress(KlarnaError):  # the answers are checked in CheckedFake
                call()
    with fake.client(username="PK1_merchant", password="wrong") as klarna, pytest.raises(AuthenticationError):
        klarna.orders.cancel_authorization(buy)

    assert fake.mismatches == []
    assert {status for _, status in fake.answered} == {200, 204, 400, 401, 403, 404, 409}


@pytest.mark.parametrize(
    "auth",
    [None, ("klarna_live_abc", "x"), "klarna_live_key"],
    ids=["no credentials", "live username", "live api key"],
)
def test_the_served_fake_answers_401_without_test_credentials(auth: object) -> None:
    server = serve(0, FakeKlarna())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/payments/v1/authorizations/unknown"
        headers = {"Authorization": f"Basic {auth}"} if isinstance(auth, str) else {}
        basic = auth if isinstance(auth, tuple) else None
        answer = httpx.delete(url, headers=headers, auth=basic, timeout=5)  # type: ignore[arg-type]
    finally:
        server.shutdown()
        server.server_close()
    assert answer.status_code == 401
    assert answer.json()["error_code"] == "UNAUTHORIZED"
