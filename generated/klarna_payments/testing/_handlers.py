"""The fake's stateful handler of each operation of the document: its `_operation_<name>` method,
or None where the fake has none and answers from the document alone (`_document.default_answer`).
Written by `make generate` (scripts/sdk_emit.py) from openapi.yaml and the fake's mixins; not
edited by hand. Type checkers see each method referenced, and that `FakeKlarna` has it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

from ._customer_tokens import CustomerTokensBehaviour
from ._hpp import HppBehaviour
from ._order_management import OrderManagementBehaviour
from ._orders import OrdersBehaviour
from ._sessions import SessionsBehaviour
from ._settlements import SettlementsBehaviour

if TYPE_CHECKING:
    from ._fake import FakeKlarna
    from ._state import Call

# The generator's operation name -> the handler: (status, body) or (status, body, headers), None
# for a 204, or a `_Problem` raised.
HANDLERS: Final[dict[str, Callable[[FakeKlarna, Call], tuple[Any, ...] | None] | None]] = {
    "cancel_authorization": OrdersBehaviour._operation_cancel_authorization,
    "create_order": OrdersBehaviour._operation_create_order,
    "purchase_token": OrdersBehaviour._operation_purchase_token,
    "create_credit_session": SessionsBehaviour._operation_create_credit_session,
    "read_credit_session": SessionsBehaviour._operation_read_credit_session,
    "update_credit_session": SessionsBehaviour._operation_update_credit_session,
    "read_customer_token": CustomerTokensBehaviour._operation_read_customer_token,
    "create_customer_token_order": CustomerTokensBehaviour._operation_create_customer_token_order,
    "update_customer_token_status": CustomerTokensBehaviour._operation_update_customer_token_status,
    "get_order": OrderManagementBehaviour._operation_get_order,
    "acknowledge_order": OrderManagementBehaviour._operation_acknowledge_order,
    "update_authorization": OrderManagementBehaviour._operation_update_authorization,
    "get_captures": OrderManagementBehaviour._operation_get_captures,
    "capture_order": OrderManagementBehaviour._operation_capture_order,
    "get_capture": OrderManagementBehaviour._operation_get_capture,
    "extend_due_date": OrderManagementBehaviour._operation_extend_due_date,
    "get_options_for_extend_due_date": OrderManagementBehaviour._operation_get_options_for_extend_due_date,
    "append_shipping_info": OrderManagementBehaviour._operation_append_shipping_info,
    "trigger_send_out": OrderManagementBehaviour._operation_trigger_send_out,
    "update_consumer_details": OrderManagementBehaviour._operation_update_consumer_details,
    "extend_authorization_time": OrderManagementBehaviour._operation_extend_authorization_time,
    "update_merchant_references": OrderManagementBehaviour._operation_update_merchant_references,
    "refund_order": OrderManagementBehaviour._operation_refund_order,
    "get_refund": OrderManagementBehaviour._operation_get_refund,
    "release_remaining_authorization": OrderManagementBehaviour._operation_release_remaining_authorization,
    "append_order_shipping_info": OrderManagementBehaviour._operation_append_order_shipping_info,
    "cancel_order": OrderManagementBehaviour._operation_cancel_order,
    "get_payouts": SettlementsBehaviour._operation_get_payouts,
    "get_payout_summary": SettlementsBehaviour._operation_get_payout_summary,
    "get_payout": SettlementsBehaviour._operation_get_payout,
    "get_transactions": SettlementsBehaviour._operation_get_transactions,
    "get_payout_report_with_transactions": SettlementsBehaviour._operation_get_payout_report_with_transactions,
    "get_payout_report": SettlementsBehaviour._operation_get_payout_report,
    "get_payouts_summary_report_with_transactions": SettlementsBehaviour._operation_get_payouts_summary_report_with_transactions,
    "get_payouts_summary_report": SettlementsBehaviour._operation_get_payouts_summary_report,
    "create_hpp_session": HppBehaviour._operation_create_hpp_session,
    "read_hpp_session": HppBehaviour._operation_read_hpp_session,
    "disable_hpp_session": HppBehaviour._operation_disable_hpp_session,
    "distribute_hpp_session": HppBehaviour._operation_distribute_hpp_session,
}
