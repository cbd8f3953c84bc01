"""The Customer Token API, as the fake keeps a token from `purchase_token`: read it, charge it
with a recurring order (an Order Management order like any other), cancel it for good.

A cancelled token reads `CANCELLED` and refuses orders with 403 `TOKEN_CANCELLED`; an unknown
one is 404 (`NOT_FOUND` to read or cancel, `TOKEN_NOT_FOUND` to charge, as Klarna words them).
Inferred: a recurring order's `fraud_status` is `ACCEPTED`, its payment method the token's
invoice, and `auto_capture: true` captures it whole at once.
"""

from __future__ import annotations

import uuid
from typing import Any

from ._document import check_request, route_named
from ._order_management import OrderManagementBehaviour, placed_order
from ._state import Call, _Problem, owned


class CustomerTokensBehaviour(OrderManagementBehaviour):
    """The stateful behaviour of the operations tagged `customer_tokens`."""

    def _token(self, call: Call, *, unknown: str) -> dict[str, Any]:
        check_request(route_named(call.operation), call)
        token = self.customer_tokens.get(call.token or "")
        if token is None or not owned(token, call.merchant):
            raise _Problem(404, unknown, "Invalid customer-token ID")
        return token

    def _operation_read_customer_token(self, call: Call) -> tuple[int, dict[str, Any]]:
        token = self._token(call, unknown="NOT_FOUND")
        return 200, {"status": token.get("status", "ACTIVE"), "payment_method_type": "INVOICE"}

    def _operation_update_customer_token_status(self, call: Call) -> tuple[int, None]:
        self._token(call, unknown="NOT_FOUND")["status"] = call.body["status"]
        return 202, None

    def _operation_create_customer_token_order(self, call: Call) -> tuple[int, dict[str, Any]]:
        token = self._token(call, unknown="TOKEN_NOT_FOUND")
        if token.get("status", "ACTIVE") == "CANCELLED":
            raise _Problem(403, "TOKEN_CANCELLED", "The token has been cancelled by the merchant")
        body = call.body  # checked, its order rules too, before the call came here
        order_id = str(uuid.uuid4())
        order = placed_order(order_id, body, self.clock.now(), fraud_status="ACCEPTED", merchant=call.merchant)
        order["customer_token"] = token["token_id"]
        self.orders[order_id] = order
        if body.get("auto_capture") is True:
            self._record_capture(order, order["order_amount"], {"order_lines": order["order_lines"]})
        return 200, {
            "order_id": order_id,
            "fraud_status": "ACCEPTED",
            "authorized_payment_method": {"type": "invoice", "number_of_days": 30},
        }
