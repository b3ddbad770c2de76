"""Walking the pages of a list operation (`x-matrixport-pagination`); shared by the sync and async clients."""

from __future__ import annotations

from typing import Any

from ._exceptions import ConfigurationError, ResponseValidationError
from ._operation import Operation
from ._types import Unset


class PageWalker:
    """The state of one walk: which request comes next, which items are new, when to stop.

    A walk ends when the server says so (an empty page, `total` reached, no next cursor), after
    `max_items`, or with `ResponseValidationError` when the server goes round in circles: a cursor
    it already gave, or `STALE_PAGES` pages in a row with nothing new. (One such page is allowed:
    the Balance+ document warns that a cursor's page may repeat the previous page's rows.)
    """

    STALE_PAGES = 2

    def __init__(self, op: Operation[Any], kwargs: dict[str, Any], max_items: int | None = None) -> None:
        if op.pagination is None:
            raise ConfigurationError(f"{op.name} does not page")
        if max_items is not None and max_items < 0:
            raise ConfigurationError("max_items must be 0 or more")
        self.op = op
        self.pagination = op.pagination
        self.kwargs = dict(kwargs)
        self.offset = 0
        self.cursor: Any = 0
        self.cursors: set[Any] = set()
        self.seen: set[Any] = set()
        self.left = max_items
        self.stale = 0
        self.done = max_items == 0

    def request_kwargs(self) -> dict[str, Any]:
        position = self.pagination.offset_parameter or self.pagination.cursor_parameter
        return {
            **self.kwargs,
            str(position): self.offset if self.pagination.style == "offset" else self.cursor,
        }

    def take(self, page: Any) -> list[Any]:
        """The new items of `page`; sets `done` when there is no next page."""
        items = getattr(page, self.pagination.items)
        items = [] if isinstance(items, Unset) else list(items)
        fresh = [item for item in items if self._is_new(item)]
        if self.pagination.style == "offset":
            self.offset += len(items)
            total = getattr(page, self.pagination.total) if self.pagination.total else None
            self.done = not items or (isinstance(total, int) and self.offset >= total)
        else:
            following = getattr(page, str(self.pagination.next))
            self.done = (
                not items or not isinstance(following, int) or not following or following == self.cursor
            )
            if not self.done and following in self.cursors:
                self._circling(f"the server gave cursor {following} again")
            self.cursors.add(self.cursor)
            self.cursor = following
        self.stale = self.stale + 1 if items and not fresh and not self.done else 0
        if self.stale >= self.STALE_PAGES:
            self._circling(f"{self.stale} pages in a row bring nothing new")
        if self.left is not None:
            fresh = fresh[: self.left]
            self.left -= len(fresh)
            self.done = self.done or self.left == 0
        return fresh

    def _is_new(self, item: Any) -> bool:
        if self.pagination.unique:
            key: Any = tuple(getattr(item, name) for name in self.pagination.unique)
        else:
            key = repr(item)  # offset pages may overlap when records are added during the walk
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    def _circling(self, what: str) -> None:
        raise ResponseValidationError(
            f"the walk goes round in circles: {what}; stopped to avoid repeating it forever",
            operation=self.op.name,
        )
