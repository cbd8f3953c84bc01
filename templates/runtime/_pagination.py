"""Every item of a paginated list operation, its pages fetched one at a time as they are used up.

A page is the operation's own call (same checks, retries and errors), at the offset where the
last one ended. The walk ends at an empty page, at a page shorter than the size asked for, or
once the offset reaches the page's declared total; a page whose offset does not move it on
cannot loop, because the offset always grows by the items received.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from ._schema import Operation


def _paging(operation: Operation, query: dict[str, Any]) -> tuple[Any, int, int | None]:
    paging = operation.pagination
    assert paging is not None, f"{operation.name} does not paginate"
    offset = query.pop(paging.offset, None) or 0
    size = query.get(paging.size)
    return paging, offset, size


def _items_and_next(paging: Any, page: Any, offset: int, size: int | None) -> tuple[list[Any], int | None]:
    """The items of `page`, and the offset of the next page (None: this was the last)."""
    found: Any = getattr(page, paging.items_attribute, None)
    items = list(found) if isinstance(found, list | tuple) else []  # UNSET or None: no items
    following = offset + len(items)
    total: Any = page.to_dict() if paging.total else None
    for step in paging.total:
        total = total.get(step) if isinstance(total, dict) else None
    if not items or (size is not None and len(items) < size) or (isinstance(total, int) and following >= total):
        return items, None
    return items, following


def iterate(resource: Any, operation: Operation, query: dict[str, Any]) -> Iterator[Any]:
    paging, offset, size = _paging(operation, dict(query))
    method = getattr(resource, operation.name)  # the resource's method of it: one page
    query = {key: value for key, value in query.items() if key != paging.offset}
    following: int | None = offset
    while following is not None:
        items, following = _items_and_next(paging, method(**query, **{paging.offset: following}), following, size)
        yield from items


async def aiterate(resource: Any, operation: Operation, query: dict[str, Any]) -> AsyncIterator[Any]:
    paging, offset, size = _paging(operation, dict(query))
    method = getattr(resource, operation.name)  # the resource's method of it: one page
    query = {key: value for key, value in query.items() if key != paging.offset}
    following: int | None = offset
    while following is not None:
        items, following = _items_and_next(paging, await method(**query, **{paging.offset: following}), following, size)
        for item in items:
            yield item
