"""The fake's Hosted Payment Page over its own payment sessions: a session created for one, moved
by the shopper's steps (`complete_hpp_session`, `set_hpp_status`) and the merchant's disable,
each change a status callback to `merchant_urls.status_update`; expiry one hour before the
payment session; the token it yields places an order."""

from __future__ import annotations

import datetime
import http.server
import json
import queue
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from klarna_payments import BadRequestError, KlarnaPayments, NotFoundError
from klarna_payments.callbacks import parse_hpp_status_callback
from klarna_payments.testing import AuthorizationDenied, FakeKlarna
from klarna_payments.testing.__main__ import serve
from klarna_payments.testing._document import route_named

from tests.testing.sessions import SESSION, order_for
from tests.testing.test_fake_serving import CheckedFake

STATUS_URL = "https://shop.example/klarna/hpp-status?hpp={{session_id}}&secret=s-1"
MERCHANT_URLS = {
    "success": "https://shop.example/paid?hpp={{session_id}}&token={{authorization_token}}",
    "back": "https://shop.example/basket?hpp={{session_id}}",
    "failure": "https://shop.example/declined?hpp={{session_id}}",
    "status_update": STATUS_URL,
}


def payment_session_url(klarna: KlarnaPayments, session_id: str) -> str:
    return klarna.base_url + route_named("read_credit_session").template.format(session_id=session_id)


def hpp_session(fake: FakeKlarna, **fields: Any) -> str:
    """The id of an HPP session created for a new payment session of the fake."""
    with fake.client() as klarna:
        payment = klarna.sessions.create_credit_session(SESSION)
        body = {"payment_session_url": payment_session_url(klarna, str(payment.session_id)), **fields}
        return str(klarna.hpp.create_hpp_session(body).session_id)


def status_of(fake: FakeKlarna, session_id: str) -> str:
    with fake.client() as klarna:
        return str(klarna.hpp.read_hpp_session(session_id).status)


def status_callbacks(fake: FakeKlarna) -> list[dict[str, Any]]:
    return [callback for callback in fake.callbacks if "event_id" in callback["body"]]


def test_a_new_hpp_session_is_waiting(klarna_fake: FakeKlarna) -> None:
    assert status_of(klarna_fake, hpp_session(klarna_fake)) == "WAITING"


def test_the_urls_of_a_new_hpp_session_lead_to_the_fake(klarna_fake: FakeKlarna) -> None:
    with klarna_fake.client() as klarna:
        payment = klarna.sessions.create_credit_session(SESSION)
        url = payment_session_url(klarna, str(payment.session_id))
        page = klarna.hpp.create_hpp_session({"payment_session_url": url})
    read = route_named("read_hpp_session").template.format(session_id=page.session_id)
    distribute = route_named("distribute_hpp_session").template.format(session_id=page.session_id)
    assert (page.session_url, page.distribution_url) == (klarna.base_url + read, klarna.base_url + distribute)


def test_an_hpp_session_expires_an_hour_before_its_payment_session(klarna_fake: FakeKlarna) -> None:
    session_id = hpp_session(klarna_fake)
    with klarna_fake.client() as klarna:
        expires_at = klarna.hpp.read_hpp_session(session_id).expires_at
    assert expires_at == klarna_fake.clock.now() + datetime.timedelta(hours=47)
    klarna_fake.clock.advance(hours=47)
    with klarna_fake.client() as klarna, pytest.raises(NotFoundError):
        klarna.hpp.read_hpp_session(session_id)


def test_an_hpp_session_for_an_unknown_payment_session_is_404(klarna_fake: FakeKlarna) -> None:
    with klarna_fake.client() as klarna, pytest.raises(NotFoundError):
        klarna.hpp.create_hpp_session({"payment_session_url": payment_session_url(klarna, "no-such-session")})


def test_completing_an_hpp_session_gives_a_token_that_places_the_order(klarna_fake: FakeKlarna) -> None:
    session_id = hpp_session(klarna_fake)
    token = klarna_fake.complete_hpp_session(session_id)
    with klarna_fake.client() as klarna:
        state = klarna.hpp.read_hpp_session(session_id)
        assert (state.status, state.authorization_token) == ("COMPLETED", token)
        order = klarna.orders.create_order(token, order_for(SESSION))
        assert klarna.hpp.read_hpp_session(session_id).order_id == order.order_id


def test_every_status_change_is_a_status_callback_with_the_session_as_read(klarna_fake: FakeKlarna) -> None:
    session_id = hpp_session(klarna_fake, merchant_urls=MERCHANT_URLS)
    klarna_fake.set_hpp_status(session_id, "IN_PROGRESS")
    klarna_fake.complete_hpp_session(session_id)
    callbacks = status_callbacks(klarna_fake)
    parsed = [parse_hpp_status_callback(callback["body"]) for callback in callbacks]
    assert [str(each.session.status) for each in parsed] == ["IN_PROGRESS", "COMPLETED"]
    assert len({each.event_id for each in parsed}) == 2
    with klarna_fake.client() as klarna:
        assert parsed[-1].session == klarna.hpp.read_hpp_session(session_id)


def test_the_status_callback_goes_to_status_update_with_the_session_id_filled_in(klarna_fake: FakeKlarna) -> None:
    session_id = hpp_session(klarna_fake, merchant_urls=MERCHANT_URLS)
    klarna_fake.set_hpp_status(session_id, "BACK")
    [callback] = status_callbacks(klarna_fake)
    assert callback["url"] == STATUS_URL.replace("{{session_id}}", session_id)


def test_a_session_without_status_update_has_no_status_callback(klarna_fake: FakeKlarna) -> None:
    klarna_fake.complete_hpp_session(hpp_session(klarna_fake))
    assert status_callbacks(klarna_fake) == []


def test_the_success_page_gets_the_session_id_and_the_authorization_token(klarna_fake: FakeKlarna) -> None:
    session_id = hpp_session(klarna_fake, merchant_urls=MERCHANT_URLS)
    token = klarna_fake.complete_hpp_session(session_id)
    assert (
        klarna_fake.hpp_sessions[session_id]["redirect"] == f"https://shop.example/paid?hpp={session_id}&token={token}"
    )


def test_a_denied_shopper_fails_the_session_and_may_try_again(klarna_fake: FakeKlarna) -> None:
    session_id = hpp_session(klarna_fake)
    with pytest.raises(AuthorizationDenied):
        klarna_fake.complete_hpp_session(session_id, email="customer+denied@email.se")
    assert status_of(klarna_fake, session_id) == "FAILED"
    klarna_fake.complete_hpp_session(session_id)
    assert status_of(klarna_fake, session_id) == "COMPLETED"


def test_a_shopper_who_went_back_may_still_pay(klarna_fake: FakeKlarna) -> None:
    session_id = hpp_session(klarna_fake, merchant_urls=MERCHANT_URLS)
    klarna_fake.set_hpp_status(session_id, "BACK")
    assert klarna_fake.hpp_sessions[session_id]["redirect"] == f"https://shop.example/basket?hpp={session_id}"
    klarna_fake.complete_hpp_session(session_id)
    assert status_of(klarna_fake, session_id) == "COMPLETED"


@pytest.mark.parametrize("final", ["CANCELLED", "COMPLETED", "DISABLED"])
def test_nothing_more_happens_to_a_final_session(klarna_fake: FakeKlarna, final: str) -> None:
    session_id = hpp_session(klarna_fake)
    if final == "COMPLETED":
        klarna_fake.complete_hpp_session(session_id)
    elif final == "DISABLED":
        with klarna_fake.client() as klarna:
            klarna.hpp.disable_hpp_session(session_id)
    else:
        klarna_fake.set_hpp_status(session_id, final)
    with pytest.raises(ValueError, match=final):
        klarna_fake.complete_hpp_session(session_id)


def test_the_shoppers_steps_do_not_include_what_the_merchant_or_completion_does(klarna_fake: FakeKlarna) -> None:
    session_id = hpp_session(klarna_fake)
    for status in ("COMPLETED", "DISABLED", "WAITING", "completed"):
        with pytest.raises(ValueError, match="status must be one of"):
            klarna_fake.set_hpp_status(session_id, status)


def test_disabling_a_session_makes_it_disabled_with_a_status_callback(klarna_fake: FakeKlarna) -> None:
    session_id = hpp_session(klarna_fake, merchant_urls=MERCHANT_URLS)
    with klarna_fake.client() as klarna:
        assert klarna.hpp.disable_hpp_session(session_id) is None
        assert klarna.hpp.disable_hpp_session(session_id) is None  # again: still disabled, no second callback
    assert status_of(klarna_fake, session_id) == "DISABLED"
    assert [str(parse_hpp_status_callback(c["body"]).session.status) for c in status_callbacks(klarna_fake)] == [
        "DISABLED"
    ]


def test_a_completed_session_cannot_be_disabled(klarna_fake: FakeKlarna) -> None:
    session_id = hpp_session(klarna_fake)
    klarna_fake.complete_hpp_session(session_id)
    with klarna_fake.client() as klarna, pytest.raises(BadRequestError):
        klarna.hpp.disable_hpp_session(session_id)
    assert status_of(klarna_fake, session_id) == "COMPLETED"


def test_a_sent_link_is_recorded_on_the_session(klarna_fake: FakeKlarna) -> None:
    session_id = hpp_session(klarna_fake)
    body = {"method": "sms", "contact_information": {"phone": "+46701234567", "phone_country": "SE"}}
    with klarna_fake.client() as klarna:
        assert klarna.hpp.distribute_hpp_session(session_id, body) is None
    assert klarna_fake.hpp_sessions[session_id]["distributions"] == [body]


def test_a_link_without_the_contact_its_method_needs_is_400(klarna_fake: FakeKlarna) -> None:
    session_id = hpp_session(klarna_fake)
    with klarna_fake.client() as klarna, pytest.raises(BadRequestError, match=r"contact_information\.email"):
        klarna.hpp.distribute_hpp_session(session_id, {"method": "email", "contact_information": {}})


def test_a_link_to_a_disabled_session_is_400(klarna_fake: FakeKlarna) -> None:
    session_id = hpp_session(klarna_fake)
    body = {"method": "email", "contact_information": {"email": "customer@email.se"}}
    with klarna_fake.client() as klarna:
        klarna.hpp.disable_hpp_session(session_id)
        with pytest.raises(BadRequestError, match="disabled"):
            klarna.hpp.distribute_hpp_session(session_id, body)


def test_place_order_mode_places_the_order_on_completion(klarna_fake: FakeKlarna) -> None:
    session_id = hpp_session(klarna_fake, options={"place_order_mode": "PLACE_ORDER"})
    klarna_fake.complete_hpp_session(session_id)
    with klarna_fake.client() as klarna:
        order_id = str(klarna.hpp.read_hpp_session(session_id).order_id)
    assert klarna_fake.orders[order_id]["status"] == "AUTHORIZED"


def test_capture_order_mode_places_and_captures_the_order_whole(klarna_fake: FakeKlarna) -> None:
    session_id = hpp_session(klarna_fake, options={"place_order_mode": "CAPTURE_ORDER"})
    klarna_fake.complete_hpp_session(session_id)
    with klarna_fake.client() as klarna:
        order_id = str(klarna.hpp.read_hpp_session(session_id).order_id)
        assert klarna.order_management.get_order(order_id).captured_amount == SESSION["order_amount"]


async def test_the_hpp_flow_through_the_async_client(klarna_fake: FakeKlarna) -> None:
    async with klarna_fake.async_client() as klarna:
        payment = await klarna.sessions.create_credit_session(SESSION)
        url = klarna.base_url + route_named("read_credit_session").template.format(session_id=payment.session_id)
        page = await klarna.hpp.create_hpp_session({"payment_session_url": url})
        token = klarna_fake.complete_hpp_session(str(page.session_id))
        state = await klarna.hpp.read_hpp_session(str(page.session_id))
        order = await klarna.orders.create_order(str(state.authorization_token), order_for(SESSION))
    assert state.authorization_token == token
    assert klarna_fake.orders[str(order.order_id)]["token"] == token


def test_every_hpp_answer_of_the_fake_matches_openapi_yaml() -> None:
    fake = CheckedFake()
    session_id = hpp_session(fake, merchant_urls=MERCHANT_URLS)
    with fake.client() as klarna:
        klarna.hpp.read_hpp_session(session_id)
        klarna.hpp.distribute_hpp_session(session_id, {"method": "email", "contact_information": {"email": "a@b.se"}})
        fake.complete_hpp_session(session_id)
        klarna.orders.create_order(str(klarna.hpp.read_hpp_session(session_id).authorization_token), order_for(SESSION))
        klarna.hpp.read_hpp_session(session_id)
        for refused in (lambda: klarna.hpp.disable_hpp_session(session_id), lambda: klarna.hpp.read_hpp_session("x")):
            with pytest.raises((BadRequestError, NotFoundError)):
                refused()
    assert fake.mismatches == []
    assert {status for operation, status in fake.answered if operation and "hpp" in operation} == {
        200,
        201,
        204,
        400,
        404,
    }


# Over HTTP, as a service in another language meets it


@pytest.fixture
def shop_and_fake() -> Iterator[tuple[str, str, queue.Queue[tuple[str, Any]]]]:
    """A shop that takes POSTs (each one's path and JSON body put on the queue) and a served fake."""
    received: queue.Queue[tuple[str, Any]] = queue.Queue()

    class Shop(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.put((self.path, json.loads(self.rfile.read(int(self.headers["Content-Length"])))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    servers = [http.server.HTTPServer(("127.0.0.1", 0), Shop), serve(0, FakeKlarna())]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        shop, fake = (f"http://127.0.0.1:{server.server_address[1]}" for server in servers)
        yield shop, fake, received
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


NODE_SERVICE = ("PK_test_node_service", "test-password")


def served_hpp_session(fake: str, status_update: str) -> str:
    auth = NODE_SERVICE
    payment = httpx.post(f"{fake}/payments/v1/sessions", json=SESSION, auth=auth, timeout=5).json()
    url = fake + route_named("read_credit_session").template.format(session_id=payment["session_id"])
    body = {"payment_session_url": url, "merchant_urls": {"status_update": status_update}}
    created = httpx.post(fake + route_named("create_hpp_session").template, json=body, auth=auth, timeout=5)
    assert created.status_code == 201, created.text
    return str(created.json()["session_id"])


def test_the_served_fake_posts_each_status_callback_to_the_shop(
    shop_and_fake: tuple[str, str, queue.Queue[tuple[str, Any]]],
) -> None:
    shop, fake, received = shop_and_fake
    session_id = served_hpp_session(fake, shop + "/klarna/hpp?id={{session_id}}")
    step = {"session_id": session_id, "status": "BACK"}
    stepped = httpx.post(f"{fake}/_fake/hpp_status", json=step, auth=NODE_SERVICE, timeout=5)
    path, body = received.get(timeout=5)  # POSTed before the control answered
    assert stepped.status_code == 200 and received.empty()
    assert path == f"/klarna/hpp?id={session_id}"
    assert str(parse_hpp_status_callback(body).session.status) == "BACK"
    completed = httpx.post(
        f"{fake}/_fake/complete_hpp_session", json={"session_id": session_id}, auth=NODE_SERVICE, timeout=5
    )
    _, body = received.get(timeout=5)
    assert parse_hpp_status_callback(body).session.authorization_token == completed.json()["authorization_token"]


def test_the_served_fake_posts_the_callback_of_a_disable_after_answering_it(
    shop_and_fake: tuple[str, str, queue.Queue[tuple[str, Any]]],
) -> None:
    shop, fake, received = shop_and_fake
    session_id = served_hpp_session(fake, shop + "/klarna/hpp")
    path = route_named("disable_hpp_session").template.format(session_id=session_id)
    disabled = httpx.delete(fake + path, auth=NODE_SERVICE, timeout=5)
    _, body = received.get(timeout=5)
    assert disabled.status_code == 204
    assert str(parse_hpp_status_callback(body).session.status) == "DISABLED"


@pytest.mark.parametrize(
    ("control", "arguments"),
    [
        ("complete_hpp_session", {}),
        ("complete_hpp_session", {"session_id": "no-such-session"}),
        ("hpp_status", {"session_id": "no-such-session", "status": "BACK"}),
        ("hpp_status", {"status": "BACK"}),
    ],
    ids=["no session id", "unknown session", "unknown session for a step", "no session id for a step"],
)
def test_a_bad_hpp_control_is_a_klarna_shaped_400(
    shop_and_fake: tuple[str, str, queue.Queue[tuple[str, Any]]], control: str, arguments: dict[str, Any]
) -> None:
    _, fake, _ = shop_and_fake
    answer = httpx.post(f"{fake}/_fake/{control}", json=arguments, auth=NODE_SERVICE, timeout=5)
    assert answer.status_code == 400
    assert set(answer.json()) == {"error_code", "error_messages", "correlation_id"}
