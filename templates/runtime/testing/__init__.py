"""Test your own checkout code against a fake Klarna: `FakeKlarna`, in memory, with Klarna's state.

```python
from klarna_payments.testing import FakeKlarna

fake = FakeKlarna()
with fake.client() as klarna:  # a KlarnaPayments sending to the fake
    session = klarna.sessions.create_credit_session(cart)
    token = fake.authorize(session.session_id)  # what the shopper does in the widget
    order = klarna.orders.create_order(token, order_body)
assert fake.orders[order.order_id]["fraud_status"] == "ACCEPTED"
```

With pytest, the `klarna_fake` fixture gives each test a fresh one (install
`klarna-payments[testing]`; no conftest needed). `python -m klarna_payments.testing serve`
serves it over HTTP for services in any language (`serve --help` lists its control endpoints,
which take the same test credentials as the API; one of them resets the whole fake).

## What it simulates

Klarna's statuses, `error_code`s and messages for:

- **Payment sessions**: an id, a client token and payment method categories by country; read
  `incomplete`, then `complete` once an order or customer token is created; an update replaces
  the cart the order must match; open 48 hours after the last update, then 404.
- **Authorizations**, which only the shopper creates (`fake.authorize(session_id or body)`),
  with the session's intent (`buy`, `tokenize`, `buy_and_tokenize`); the authorization
  callback Klarna would POST to `merchant_urls.authorization` is in `fake.callbacks`.
- **Tokens**: usable for 60 minutes and once (an order, or a customer token, or with
  `buy_and_tokenize` one of each); a newer authorization of the session replaces the token.
- **Orders** checked against the document (400 `Bad value: <path>`), Klarna's order rules
  (400) and the session (409 `Not matching fields: [...]`). Every body with rules (sessions,
  orders, customer tokens, recurring orders, refunds) is held to the rules
  `klarna_payments.preflight` checks, so a body sent with `preflight=False` meets the same 400.
  A value outside an enum the document adds (`order_lines[].type`), which the SDK sends with a
  warning, is a 400 here as in Prism: a test catches the typo before Klarna does.
- **Idempotency keys** either way Klarna may treat them: `FakeKlarna(idempotency="replay")`
  (the default) answers a repeat with the first answer for 24 hours; `"ignore"` executes it.
- **Failures**: `fake.fail_next("create_order", status=502, after_commit=True, times=3)`, or
  `timeout=True`; a status the SDK reads as "not executed" cannot follow a commit.
- **Time**, which starts at the current time (so a session's `expires_at` is in the future by
  your code's own clock) or at `FakeKlarna(now=datetime(2026, 1, 1, tzinfo=UTC))` (an aware
  datetime; a naive one is a ValueError), and moves only when told:
  `fake.clock.advance(minutes=61)` (from 0 to ten years a move; anything else a ValueError
  naming the argument). `fake.reset()` puts everything back as a new fake with the same
  configuration has it.
- **Merchants**: each username (the Basic credential's; for an API key sent as it is, the key,
  named `api-key-…` by a digest, never by the key) is a merchant with its own sessions, tokens,
  orders, customer tokens, hosted pages, payouts and idempotency keys; another merchant's are
  Klarna's 404 to it, so a client of one market that uses another market's token fails here as
  at Klarna. `fake.client(username=..., password=...)` is another merchant's client. A username
  keeps the first password it came with (another one is 401). The helpers that create from
  nothing (`authorize(body)`, `place_order`) act for `merchant=` (a username or API key), by
  default the fake's own (the one `fake.client()` sends: `fake-merchant`, or the credentials the
  fake was made with); those that name a resource act for its merchant; `settle()` pays every
  merchant (or `merchant=`'s only). A fake made with `username`/`password` or `api_key` has that
  one merchant and answers other credentials 401.
- **Credentials**: a request without any is 401 `No credentials…`, one with a `klarna_live_`
  key (in any case) 401 `Production credentials … are refused by the fake`, one not the fake's
  401 `Wrong credentials…`.
- **Order Management** after the order (placed at checkout, or `fake.place_order(body)`):
  `AUTHORIZED` with 28 days to capture; captures up to the remaining authorization
  (`PART_CAPTURED`, `CAPTURED`), refunds up to the captured amount, release after a capture,
  cancel without one, a `return_fee` refund only of an order captured whole in one capture
  (inferred from Klarna's guide), authorization updates never below the captured amount, extensions up to
  180 days after the order, `EXPIRED` when not captured in time; 403 `CAPTURE_NOT_ALLOWED`,
  `REFUND_NOT_ALLOWED`, `CANCEL_NOT_ALLOWED`, `NOT_ALLOWED`, 404 `NO_SUCH_ORDER`,
  `NO_SUCH_CAPTURE`, `NOT_FOUND`.
- **Customer tokens** from `purchase_token`: read (`ACTIVE`, `CANCELLED`), charged with
  `create_customer_token_order` (an order like any other; `auto_capture` captures it) until
  cancelled, then 403 `TOKEN_CANCELLED`; an unknown one 404 `TOKEN_NOT_FOUND` to charge.
- **Fraud reviews**: a `PENDING` order is decided by its persona's delay or
  `fake.decide_fraud(order_id, "ACCEPTED" | "REJECTED")`; the notification Klarna would POST to
  `merchant_urls.notification` is in `fake.notifications`.
- **Hosted payment pages** over the fake's payment sessions: created `WAITING` for a session
  the fake holds (404 for another), `COMPLETED` by `fake.complete_hpp_session(id)` (the
  shopper pays: an authorization token `create_order` accepts; a denied persona makes it
  `FAILED`), any other step of the shopper's by `fake.set_hpp_status(id, "BACK")`, `DISABLED`
  by `disable_hpp_session` (400 once `COMPLETED`); each change a status callback
  `{"event_id", "session"}` for `merchant_urls.status_update` in `fake.callbacks`; expired an
  hour before the payment session; `place_order_mode` places (and captures) the order.
- **Settlements**: `fake.settle(fee_rate=290)` is Klarna's payout run: one payout per
  currency (`payment_reference` of 8 letters and digits, dated the fake clock's now, `NET`) of
  every capture and refund since the last payout, and returns their references (an empty list
  when nothing new was captured or refunded). Each capture is a `SALE` transaction with its
  `capture_id` and your capture `reference` as `merchant_capture_reference` (and with a
  `fee_rate`, in hundredths of a percent, a `FEE`), each refund a `RETURN` with its `refund_id`
  and `merchant_refund_reference`, all with the order's `order_id` and `merchant_reference1/2`.
  The totals sum them: `sale_amount`, `return_amount`, `fee_amount`, and `settlement_amount`
  (the sales less the returns and fees); every other required total is 0. `get_payouts` (filtered by payout date and
  `currency_code`), `get_payout` (404 `NOT_FOUND` for an unknown reference),
  `get_payout_summary`, `get_transactions` (by `payment_reference`, `order_id`) and the CSV
  (a header row, one row per transaction) and PDF reports answer from these payouts, paged as
  Klarna pages (`size` 20 by default, at most 500, `offset`, `pagination.next`/`prev`), so
  `iter_payouts` and `iter_transactions` walk them. Inferred, as Klarna does not say: every
  amount is positive and its `type` says which way it went (a `RETURN` of 500 takes 500 off),
  payouts are listed oldest first and transactions in the order they happened, and the CSV's
  columns are the document's example's.
- Every other operation of the document: the request checked, the success from its example.

## Personas (the playground's test emails)

| email | outcome |
|---|---|
| `customer+denied@…` | `authorize` raises `AuthorizationDenied` |
| `customer+pend-accept-NN@…` | a `PENDING` order, `ACCEPTED` NN minutes later (US and GB sessions only) |
| `customer+pend-reject-NN@…` | a `PENDING` order, `REJECTED` NN minutes later (US and GB sessions only) |
| any other | approved, `ACCEPTED` |

## What you can inspect

`fake.orders[order_id]` is `{"order_id", "merchant", "body", "fraud_status", "token", "created"}` and its
Order Management side (`"status"`, `"order_amount"`, `"expires_at"`, `"captures"`, `"refunds"`,
`"released"`, ...); `fake.notifications` a list of `{"url", "body": {"order_id", "event_type",
"decided_at"}}`;
`fake.payouts[payment_reference]` is a payout as `get_payout` answers it, and
`fake.transactions` every settlement transaction as `get_transactions` answers it (each with
its `payment_reference`);
`fake.customer_tokens[token_id]` is `{"token_id", "merchant", "body", "token"}`;
`fake.sessions[session_id]` is `{"session_id", "merchant", "body", "client_token", "status", "updated"}`;
`fake.callbacks` is a list of `{"url", "body": {"authorization_token", "session_id"}}` (the
authorization callback) and `{"url", "body": {"event_id", "session"}}` (an HPP status callback);
`fake.hpp_sessions[session_id]` is `{"session_id", "merchant", "payment_session_id", "body", "status",
"updated", "authorization_token", "redirect", "distributions"}`;
`fake.requests` and `fake.calls("create_order")` are what arrived (without the Authorization
header; each with the `merchant` its credentials named); `fake.sleeps` the retry waits the SDK
asked for (never slept). A payout's `merchant_id` is its merchant's name.

## What it does not simulate

Rate limits, real credit decisions and risk checks of an increased authorization, the widget's
choice of payment method, an error sticking to a token after a failed order, KCO pushes and
Checkout orders behind a hosted page; of settlements, transactions not yet paid out, holdbacks,
commissions, taxes, fee refunds, debt carried between payouts, and payouts in another currency
than the order's. Some answers Klarna does not document are inferred: an order or customer
token after a cancel is 404, a cancel after an order 404 `Authorization cannot be deleted`, a
second cancel 404 `Invalid authorization token`, a second use of a token 403 `Authorization
token already consumed`; a capture of a `PENDING` or `REJECTED` order is `CAPTURE_NOT_ALLOWED`,
a rejected order is cancelled, a release leaves the order `CAPTURED`, a second order cancel is
`CANCEL_NOT_ALLOWED`, the due-date options are 14 days (no fee) and 28 days (195), a recurring
order is `ACCEPTED`, and the `decided_at` field of a notification is named by us (Klarna does
not name it); of hosted pages, a second disable is 204 again and a link cannot be sent for a
final session (400), and `CAPTURE_ORDER` captures the whole order. The real playground stays
the final check before production.
"""

from ._fake import AuthorizationDenied, FakeClock, FakeKlarna, RecordedRequest

__all__ = ["AuthorizationDenied", "FakeClock", "FakeKlarna", "RecordedRequest"]
