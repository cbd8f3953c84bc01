"""Iterators over every item of the paginated operations (`x-klarna-pagination`), as mixins
of the resource classes. Generated from openapi.yaml by `make generate`.
"""

from __future__ import annotations


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


class HppIterators:
    """The iterators of `hpp` (none: no operation of it paginates)."""


class AsyncHppIterators:
    """The iterators of `hpp` (none: no operation of it paginates)."""
