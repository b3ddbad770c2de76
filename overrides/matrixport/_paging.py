"""Walking the pages of a list operation (`x-matrixport-pagination`); shared by the sync and async clients."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ._operation import Pagination
from ._types import Unset


class PageWalker:
    """The state of one walk: which request comes next, which items are new, when to stop."""

    def __init__(self, pagination: Pagination, kwargs: dict[str, Any]) -> None:
        self.pagination = pagination
        self.kwargs = dict(kwargs)
        self.offset = 0
        self.cursor: Any = 0
        self.seen: set[tuple[Any, ...]] = set()
        self.done = False

    def request_kwargs(self) -> dict[str, Any]:
        position = self.pagination.offset_parameter or self.pagination.cursor_parameter
        return {
            **self.kwargs,
            str(position): self.offset if self.pagination.style == "offset" else self.cursor,
        }

    def take(self, page: Any) -> list[Any]:
        """The new items of `page`; sets `done` when there is no next page."""
        items = getattr(page, self.pagination.items)
        items = [] if isinstance(items, Unset) or items is None else list(items)
        if self.pagination.style == "offset":
            self.offset += len(items)
            total = getattr(page, self.pagination.total, None) if self.pagination.total else None
            self.done = not items or (isinstance(total, int) and self.offset >= total)
            return items
        fresh = list(self._unique(items))
        following = getattr(page, str(self.pagination.next))
        self.done = not items or not isinstance(following, int) or not following or following == self.cursor
        self.cursor = following
        return fresh

    def _unique(self, items: Iterable[Any]) -> Iterable[Any]:
        for item in items:
            key = tuple(getattr(item, name, None) for name in self.pagination.unique)
            if key not in self.seen:
                self.seen.add(key)
                yield item
