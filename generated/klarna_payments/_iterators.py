"""Iterators over every item of the paginated operations (`x-klarna-pagination`), as mixins
of the resource classes. Generated from openapi.yaml by `make generate`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from . import _pagination, _spec

if TYPE_CHECKING:
    from .models import SettlementPayout, SettlementTransaction


class OrdersIterators:
    """The iterators of `orders` (none: no operation of it paginates)."""


class AsyncOrdersIterators:
    """The iterators of `orders` (none: no operation of it paginates)."""


class SessionsIterators:
    """The iterators of `sessions` (none: no operation of it paginates)."""


class AsyncSessionsIterators:
    """The iterators of `sessions` (none: no operation of it paginates)."""


class CustomerTokensIterators:
    """The iterators of `customer_tokens` (none: no operation of it paginates)."""


class AsyncCustomerTokensIterators:
    """The iterators of `customer_tokens` (none: no operation of it paginates)."""


class OrderManagementIterators:
    """The iterators of `order_management` (none: no operation of it paginates)."""


class AsyncOrderManagementIterators:
    """The iterators of `order_management` (none: no operation of it paginates)."""


class SettlementsIterators:
    """The iterators of `settlements`."""

    def iter_payouts(self, **query: Any) -> Iterator[SettlementPayout]:
        """Every item of ``get_payouts`` across its pages, each fetched when the last is
        used up; the keywords are ``get_payouts``'s (``offset``: where to start)."""
        return _pagination.iterate(self, _spec.GET_PAYOUTS, query)

    def iter_transactions(self, **query: Any) -> Iterator[SettlementTransaction]:
        """Every item of ``get_transactions`` across its pages, each fetched when the last is
        used up; the keywords are ``get_transactions``'s (``offset``: where to start)."""
        return _pagination.iterate(self, _spec.GET_TRANSACTIONS, query)


class AsyncSettlementsIterators:
    """The iterators of `settlements`."""

    def iter_payouts(self, **query: Any) -> AsyncIterator[SettlementPayout]:
        """Every item of ``get_payouts`` across its pages, each fetched when the last is
        used up; the keywords are ``get_payouts``'s (``offset``: where to start)."""
        return _pagination.aiterate(self, _spec.GET_PAYOUTS, query)

    def iter_transactions(self, **query: Any) -> AsyncIterator[SettlementTransaction]:
        """Every item of ``get_transactions`` across its pages, each fetched when the last is
        used up; the keywords are ``get_transactions``'s (``offset``: where to start)."""
        return _pagination.aiterate(self, _spec.GET_TRANSACTIONS, query)


class HppIterators:
    """The iterators of `hpp` (none: no operation of it paginates)."""


class AsyncHppIterators:
    """The iterators of `hpp` (none: no operation of it paginates)."""
