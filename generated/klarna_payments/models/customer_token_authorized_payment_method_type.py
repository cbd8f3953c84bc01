from enum import StrEnum


class CustomerTokenAuthorizedPaymentMethodType(StrEnum):
    B2B_INVOICE = "b2b_invoice"
    BASE_ACCOUNT = "base_account"
    CARD = "card"
    DEFERRED_INTEREST = "deferred_interest"
    DIRECT_BANK_TRANSFER = "direct_bank_transfer"
    DIRECT_DEBIT = "direct_debit"
    FIXED_AMOUNT = "fixed_amount"
    FIXED_SUM_CREDIT = "fixed_sum_credit"
    INVOICE = "invoice"
    PAY_BY_CARD = "pay_by_card"
    PAY_LATER_BY_CARD = "pay_later_by_card"
    PIX = "pix"
    SLICE_IT_BY_CARD = "slice_it_by_card"

    def __str__(self) -> str:
        return str(self.value)
