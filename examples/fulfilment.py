"""After the checkout: capture what ships, refund what comes back, release or cancel the rest.

Standard library and the SDK only. Each money movement has a key derived from the shop's own
identifiers (the order, the shipment or the return), stored before the call: a worker that
crashes mid-capture and the job that retries it send the same key, and Klarna executes the
capture once. A call whose outcome is unknown stays *pending* and `settle_pending()` repeats it
with its key (Klarna advises against reading the order back to find out).

Run it against the fake with ``examples/test_fulfilment.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from klarna_payments import KlarnaPayments, OutcomeUnknownError, idempotency_key

SHOP = "shop-se"


@dataclass
class Movement:
    """One capture or refund, as the shop stores it (a database row in a real shop)."""

    kind: Literal["capture", "refund"]
    order_id: str
    reference: str  # the shipment or the return: it appears in Klarna's settlement reports
    amount: int
    key: str
    klarna_id: str | None = None  # Capture-Id / Refund-Id once Klarna confirmed it


@dataclass
class Fulfilment:
    klarna: KlarnaPayments
    movements: list[Movement] = field(default_factory=list)

    def ship(self, order_id: str, shipment_id: str, amount: int) -> Movement:
        """Capture `amount` for a shipment: once, however often this runs for it."""
        return self._move("capture", order_id, shipment_id, amount)

    def take_back(self, order_id: str, return_id: str, amount: int) -> Movement:
        """Refund `amount` for a return: once, however often this runs for it."""
        return self._move("refund", order_id, return_id, amount)

    def close(self, order_id: str) -> None:
        """Nothing more will ship: cancel an order with no captures, else release the rest."""
        if any(m.kind == "capture" and m.order_id == order_id for m in self.movements):
            self.klarna.order_management.release_remaining_authorization(order_id)
        else:
            self.klarna.order_management.cancel_order(order_id)

    def pending(self) -> list[Movement]:
        return [movement for movement in self.movements if movement.klarna_id is None]

    def settle_pending(self) -> None:
        """Repeat every movement whose outcome is unknown, with its own key."""
        for movement in self.pending():
            self._send(movement)

    def _move(self, kind: Literal["capture", "refund"], order_id: str, reference: str, amount: int) -> Movement:
        key = idempotency_key(SHOP, order_id, kind, reference)
        for movement in self.movements:
            if movement.key == key:
                return movement if movement.klarna_id else self._send(movement)
        movement = Movement(kind, order_id, reference, amount, key)
        self.movements.append(movement)  # stored before the call: a crash keeps the key
        return self._send(movement)

    def _send(self, movement: Movement) -> Movement:
        orders = self.klarna.order_management
        try:
            if movement.kind == "capture":
                capture = orders.capture_order(
                    movement.order_id,
                    {"captured_amount": movement.amount, "reference": movement.reference},
                    idempotency_key=movement.key,
                )
                movement.klarna_id = capture.capture_id
            else:
                refund = orders.refund_order(
                    movement.order_id,
                    {"refunded_amount": movement.amount, "reference": movement.reference},
                    idempotency_key=movement.key,
                )
                movement.klarna_id = refund.refund_id
        except OutcomeUnknownError:
            pass  # pending: settle_pending() repeats it with the same key
        return movement
