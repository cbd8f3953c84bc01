"""Order Management, as the fake plays an order's life after it is placed.

An order starts `AUTHORIZED`, with `expires_at` 28 days after it was placed on the fake's clock.
Captures take what is left of the authorization (`PART_CAPTURED`, then `CAPTURED`), refunds up
to what was captured, a release ends the captures, a cancel needs no captures, an update of the
authorization never goes below what was captured, an extension of the authorization time moves
`expires_at` to 28 days from now and never past 180 days after the order was placed, and an
order not captured by `expires_at` is `EXPIRED`. Refusals carry Klarna's 403 and 404
`error_code`s and messages.

Inferred (Klarna does not document it): a capture while `fraud_status` is `PENDING` or
`REJECTED` is `CAPTURE_NOT_ALLOWED`; a release leaves the order `CAPTURED`; a second cancel is
`CANCEL_NOT_ALLOWED`; the due-date options are 14 and 28 days for a fee of 0 and 195 minor units.
"""

from __future__ import annotations

import copy
import datetime
import uuid
from collections.abc import Mapping
from typing import Any, Final

from .._spec import DEFAULT_BASE_URL
from ..preflight import RETURN_FEE
from ._document import check_request, route_named
from ._state import Call, FakeState, _Problem, owned, timestamp

AUTHORIZATION_DAYS: Final = 28  # the capture window Klarna gives by default
LONGEST_AUTHORIZATION: Final = datetime.timedelta(days=180)  # after the order was placed
DUE_DATE_OPTIONS: Final = ({"number_of_days": 14, "amount": 0}, {"number_of_days": 28, "amount": 195})
CAPTURABLE: Final = frozenset({"AUTHORIZED", "PART_CAPTURED"})
PATH: Final = "/ordermanagement/v1/orders/{}"

Answer = tuple[int, Any] | tuple[int, Any, dict[str, str]] | None


def placed_order(
    order_id: str,
    body: Mapping[str, Any],
    placed: datetime.datetime,
    *,
    fraud_status: str,
    merchant: str,
    token: str | None = None,
) -> dict[str, Any]:
    """What `fake.orders[order_id]` keeps of a newly placed order: the `merchant` it is of, the
    body it was placed with, the authorization `token` it consumed (None for a recurring order),
    and its Order Management side."""
    return {
        "order_id": order_id,
        "merchant": merchant,
        "body": copy.deepcopy(dict(body)),
        "fraud_status": fraud_status,
        "token": token,
        "created": placed,
        "status": "AUTHORIZED",
        "order_amount": int(body["order_amount"]),
        "original_order_amount": int(body["order_amount"]),
        "order_lines": copy.deepcopy(body.get("order_lines", [])),
        "purchase_currency": body.get("purchase_currency"),
        "merchant_reference1": body.get("merchant_reference1"),
        "merchant_reference2": body.get("merchant_reference2"),
        "billing_address": copy.deepcopy(body.get("billing_address")),
        "shipping_address": copy.deepcopy(body.get("shipping_address")),
        "klarna_reference": uuid.uuid5(uuid.NAMESPACE_URL, order_id).hex[:7].upper(),
        "expires_at": placed + datetime.timedelta(days=AUTHORIZATION_DAYS),
        "captures": [],
        "refunds": [],
        "shipping_info": [],
        "due_date_extensions": {},  # capture id -> the days its due date was extended by
        "released": False,
        "acknowledged": False,
    }


class OrderManagementBehaviour(FakeState):
    """The stateful behaviour of the operations tagged `order_management`."""

    # What an order is now

    def _order(self, call: Call) -> dict[str, Any]:
        """The order `call` addresses, checked against the document (404 NO_SUCH_ORDER if unknown,
        or another merchant's)."""
        check_request(route_named(call.operation), call)
        order_id = call.path.get("order_id", "")
        order = self.orders.get(order_id)
        if order is None or not owned(order, call.merchant) or "status" not in order:
            raise _Problem(404, "NO_SUCH_ORDER", f"Order {order_id} cannot be found")
        if order["status"] == "AUTHORIZED" and self.clock.now() > order["expires_at"]:
            order["status"] = "EXPIRED"
        return order

    @staticmethod
    def _captured(order: dict[str, Any]) -> int:
        return sum(capture["captured_amount"] for capture in order["captures"])

    @staticmethod
    def _refunded(order: dict[str, Any]) -> int:
        return sum(refund["refunded_amount"] for refund in order["refunds"])

    def _remaining(self, order: dict[str, Any]) -> int:
        """What can still be captured: nothing once released, expired or cancelled."""
        if order["status"] not in CAPTURABLE or order["released"] or self.clock.now() > order["expires_at"]:
            return 0
        return int(order["order_amount"]) - self._captured(order)

    def _capture(self, order: dict[str, Any], capture_id: str) -> dict[str, Any]:
        captures: list[dict[str, Any]] = order["captures"]
        for capture in captures:
            if capture["capture_id"] == capture_id:
                return capture
        raise _Problem(404, "NO_SUCH_CAPTURE", f"Capture {capture_id} could not be found")

    def _not_cancelled(self, order: dict[str, Any], message: str) -> None:
        if order["status"] in ("CANCELLED", "EXPIRED"):
            raise _Problem(403, "NOT_ALLOWED", message)

    # Reading

    def _operation_get_order(self, call: Call) -> Answer:
        order = self._order(call)
        order_id = call.path["order_id"]
        answer = {
            "order_id": order_id,
            "status": order["status"],
            "fraud_status": order["fraud_status"],
            "order_amount": order["order_amount"],
            "original_order_amount": order["original_order_amount"],
            "captured_amount": self._captured(order),
            "refunded_amount": self._refunded(order),
            "remaining_authorized_amount": self._remaining(order),
            "purchase_currency": order["purchase_currency"],
            "klarna_reference": order["klarna_reference"],
            "order_lines": copy.deepcopy(order["order_lines"]),
            "created_at": timestamp(order["created"]),
            "expires_at": timestamp(order["expires_at"]),
            "captures": [self._capture_answer(capture) for capture in order["captures"]],
            "refunds": [self._refund_answer(refund) for refund in order["refunds"]],
            "shipping_info": copy.deepcopy(order["shipping_info"]),
        }
        for optional in ("merchant_reference1", "merchant_reference2", "billing_address", "shipping_address"):
            if order[optional] is not None:
                answer[optional] = copy.deepcopy(order[optional])
        return 200, answer

    @staticmethod
    def _capture_answer(capture: dict[str, Any]) -> dict[str, Any]:
        return {**copy.deepcopy(capture), "captured_at": timestamp(capture["captured_at"])}

    @staticmethod
    def _refund_answer(refund: dict[str, Any]) -> dict[str, Any]:
        return {**copy.deepcopy(refund), "refunded_at": timestamp(refund["refunded_at"])}

    def _operation_get_captures(self, call: Call) -> Answer:
        return 200, [self._capture_answer(capture) for capture in self._order(call)["captures"]]

    def _operation_get_capture(self, call: Call) -> Answer:
        return 200, self._capture_answer(self._capture(self._order(call), call.path["capture_id"]))

    def _operation_get_refund(self, call: Call) -> Answer:
        order, refund_id = self._order(call), call.path["refund_id"]
        for refund in order["refunds"]:
            if refund["refund_id"] == refund_id:
                return 200, self._refund_answer(refund)
        raise _Problem(404, "NOT_FOUND", f"Refund {refund_id} cannot be found for order {call.path['order_id']}")

    # Money

    def _operation_capture_order(self, call: Call) -> Answer:
        order = self._order(call)
        amount = int(call.body["captured_amount"])
        if order["fraud_status"] != "ACCEPTED" or amount > self._remaining(order) or amount < 1:
            raise _Problem(403, "CAPTURE_NOT_ALLOWED", "Capture not allowed")
        capture_id = self._record_capture(order, amount, call.body)
        return 201, None, {"Capture-Id": capture_id, "Location": _location(call, "captures", capture_id)}

    def _record_capture(self, order: dict[str, Any], amount: int, details: dict[str, Any]) -> str:
        """Add a capture of `amount` (described by a capture body's `details`); its id."""
        capture_id = str(uuid.uuid4())
        order["captures"].append(
            {
                "capture_id": capture_id,
                "klarna_reference": f"{order['klarna_reference']}-{len(order['captures']) + 1}",
                "captured_amount": amount,
                "captured_at": self.clock.now(),
                "description": details.get("description", ""),
                "reference": details.get("reference", ""),
                "refunded_amount": 0,
                "order_lines": copy.deepcopy(details.get("order_lines", [])),
                "shipping_info": copy.deepcopy(details.get("shipping_info", [])),
            }
        )
        order["status"] = "CAPTURED" if self._captured(order) >= order["order_amount"] else "PART_CAPTURED"
        return capture_id

    def _operation_refund_order(self, call: Call) -> Answer:
        order = self._order(call)
        amount = int(call.body["refunded_amount"])
        captured = self._captured(order)
        if captured == 0:
            raise _Problem(403, "REFUND_NOT_ALLOWED", "Order has no captures. Refund not possible")
        if amount > captured - self._refunded(order):
            raise _Problem(403, "REFUND_NOT_ALLOWED", "Refund amount exceeds the captured amount. Refund not possible")
        lines = call.body.get("order_lines", [])
        if any(line.get("type") == RETURN_FEE for line in lines):
            one_whole_capture = len(order["captures"]) == 1 and captured == order["order_amount"]
            if not one_whole_capture:
                raise _Problem(403, "REFUND_NOT_ALLOWED", "A return fee needs the order captured whole in one capture")
        refund_id = str(uuid.uuid4())
        order["refunds"].append(
            {
                "refund_id": refund_id,
                "refunded_amount": amount,
                "refunded_at": self.clock.now(),
                "description": call.body.get("description", ""),
                "reference": call.body.get("reference", ""),
                "order_lines": copy.deepcopy(lines),
            }
        )
        self._spread_refund(order, amount)
        return 201, None, {"Refund-Id": refund_id, "Location": _location(call, "refunds", refund_id)}

    @staticmethod
    def _spread_refund(order: dict[str, Any], amount: int) -> None:
        """Count a refund against the captures, oldest first, each up to what it captured."""
        for capture in order["captures"]:
            share = min(amount, capture["captured_amount"] - capture["refunded_amount"])
            capture["refunded_amount"] += share
            amount -= share

    def _operation_release_remaining_authorization(self, call: Call) -> Answer:
        order = self._order(call)
        if order["status"] == "CANCELLED" or not order["captures"]:
            raise _Problem(403, "NOT_ALLOWED", "Can not release when order is cancelled or has no captures.")
        if order["status"] == "CAPTURED" and not order["released"] and self._remaining(order) == 0:
            raise _Problem(403, "NOT_ALLOWED", "Order is fully captured. Remaining authorization cannot be released.")
        order["released"] = True
        order["status"] = "CAPTURED"
        return None

    def _operation_cancel_order(self, call: Call) -> Answer:
        order = self._order(call)
        if order["captures"]:
            raise _Problem(403, "CANCEL_NOT_ALLOWED", "Order has previous captures. Cancel not possible")
        if order["status"] != "AUTHORIZED":
            raise _Problem(403, "CANCEL_NOT_ALLOWED", f"Order is {order['status'].lower()}. Cancel not possible")
        order["status"] = "CANCELLED"
        return None

    def _operation_update_authorization(self, call: Call) -> Answer:
        order = self._order(call)
        amount, captured = int(call.body["order_amount"]), self._captured(order)
        if order["status"] not in CAPTURABLE or order["released"] or self._remaining(order) == 0:
            raise _Problem(403, "NOT_ALLOWED", "Order authorization cannot be updated")
        if amount < captured:
            raise _Problem(
                403,
                "NOT_ALLOWED",
                f"Resulting authorization amount {amount} cannot be less than the captured amount {captured} "
                "for order. Order authorization cannot be updated",
            )
        order["order_amount"] = amount
        order["order_lines"] = copy.deepcopy(call.body.get("order_lines", []))  # unsent lines are deleted
        if captured == amount:
            order["status"] = "CAPTURED"
        return None

    def _operation_extend_authorization_time(self, call: Call) -> Answer:
        order = self._order(call)
        if order["status"] == "EXPIRED" or self.clock.now() > order["expires_at"]:
            raise _Problem(403, "NOT_ALLOWED", "Order is expired. Authorization time cannot be extended.")
        self._not_cancelled(order, "Order is cancelled. Authorization time cannot be extended.")
        latest = order["created"] + LONGEST_AUTHORIZATION
        order["expires_at"] = min(self.clock.now() + datetime.timedelta(days=AUTHORIZATION_DAYS), latest)
        return None

    # The order's details

    def _operation_acknowledge_order(self, call: Call) -> Answer:
        self._order(call)["acknowledged"] = True
        return None

    def _operation_update_merchant_references(self, call: Call) -> Answer:
        order = self._order(call)
        if order["status"] == "CANCELLED":
            raise _Problem(403, "NOT_ALLOWED", "Can not update a cancelled order.")
        for field in ("merchant_reference1", "merchant_reference2"):
            if field in call.body:
                order[field] = call.body[field]
        return None

    def _operation_update_consumer_details(self, call: Call) -> Answer:
        order = self._order(call)
        self._not_cancelled(order, "Order is cancelled. Customer details cannot be updated.")
        if "billing_address" in call.body:
            message = "Billing address cannot be updated for user account order. Customer details cannot be updated."
            raise _Problem(403, "NOT_ALLOWED", message)
        if "shipping_address" in call.body:
            order["shipping_address"] = copy.deepcopy(call.body["shipping_address"])
        return None

    def _operation_append_order_shipping_info(self, call: Call) -> Answer:
        self._order(call)["shipping_info"].extend(copy.deepcopy(call.body["shipping_info"]))
        return None

    def _captured_order(self, call: Call) -> dict[str, Any]:
        order = self._order(call)
        if not order["captures"]:
            raise _Problem(403, "NOT_ALLOWED", "Order has no captures.")
        return order

    def _operation_append_shipping_info(self, call: Call) -> Answer:
        capture = self._capture(self._captured_order(call), call.path["capture_id"])
        capture["shipping_info"].extend(copy.deepcopy(call.body["shipping_info"]))
        return None

    def _operation_trigger_send_out(self, call: Call) -> Answer:
        self._capture(self._captured_order(call), call.path["capture_id"])
        return None

    def _operation_get_options_for_extend_due_date(self, call: Call) -> Answer:
        order = self._order(call)
        self._capture(order, call.path["capture_id"])
        currency = (order["purchase_currency"] or "").lower()
        return 200, {"currency": currency, "options": [dict(option) for option in DUE_DATE_OPTIONS]}

    def _operation_extend_due_date(self, call: Call) -> Answer:
        order = self._order(call)
        capture_id = self._capture(order, call.path["capture_id"])["capture_id"]
        days = call.body["number_of_days"]
        offered = {option["number_of_days"] for option in DUE_DATE_OPTIONS}
        if days not in offered or capture_id in order["due_date_extensions"]:
            raise _Problem(403, "NOT_ALLOWED", "Extension of due date is not possible.")
        order["due_date_extensions"][capture_id] = days
        return None


def _location(call: Call, kind: str, created_id: str) -> str:
    """Where Klarna says the created capture or refund is (the `Location` header)."""
    return (DEFAULT_BASE_URL or "") + PATH.format(call.path["order_id"]) + f"/{kind}/{created_id}"
