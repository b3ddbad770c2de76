"""The page walker (`iter_...` methods, list lookups) on its own: where a walk starts, goes and ends.

The walks of the generated methods against scripted servers are in test_write_safety.py ("Walks that
end"); here the walker meets each kind of page directly, including pagination settings today's spec
does not use (an offset list without a total), so a new document that uses them is read right.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from matrixport import UNSET, ConfigurationError, ResponseValidationError
from matrixport._operation import Operation, Pagination
from matrixport._paging import PageWalker

OFFSET = Pagination(
    style="offset", items="items", limit_parameter="limit", offset_parameter="offset", total="count"
)
OFFSET_WITHOUT_TOTAL = Pagination(
    style="offset", items="items", limit_parameter="limit", offset_parameter="offset"
)
CURSOR = Pagination(
    style="cursor", items="items", cursor_parameter="cursor", next="next_cursor", unique=("id",)
)


def operation(pagination: Pagination | None) -> Operation[Any]:
    return Operation(
        document="test",
        operation_id="listThings",
        name="list_things",
        method="GET",
        path="/things",
        build=lambda **kwargs: kwargs,
        parse=lambda data, context: data,
        errors={},
        pagination=pagination,
    )


def item(number: int) -> SimpleNamespace:
    return SimpleNamespace(id=number)


def offset_page(*numbers: int, count: Any = 10) -> SimpleNamespace:
    return SimpleNamespace(items=[item(n) for n in numbers], count=count)


def cursor_page(*numbers: int, next_cursor: Any) -> SimpleNamespace:
    return SimpleNamespace(items=[item(n) for n in numbers], next_cursor=next_cursor)


def test_an_operation_without_pagination_cannot_be_walked() -> None:
    with pytest.raises(ConfigurationError, match=r"^list_things does not page$"):
        PageWalker(operation(None), {})


def test_max_items_below_zero_is_refused() -> None:
    with pytest.raises(ConfigurationError, match=r"^max_items must be 0 or more$"):
        PageWalker(operation(OFFSET), {}, max_items=-1)


def test_max_items_zero_asks_for_nothing_and_one_asks_for_one() -> None:
    assert PageWalker(operation(OFFSET), {}, max_items=0).done
    walker = PageWalker(operation(OFFSET), {}, max_items=1)
    assert not walker.done
    assert walker.take(offset_page(1, 2, 3)) == [item(1)]
    assert walker.done


def test_an_offset_walk_starts_at_zero_and_moves_by_the_items_received() -> None:
    walker = PageWalker(operation(OFFSET), {"limit": 2, "currency": "BTC"})
    assert walker.request_kwargs() == {"limit": 2, "currency": "BTC", "offset": 0}
    assert walker.take(offset_page(1, 2, count=5)) == [item(1), item(2)]
    assert walker.request_kwargs()["offset"] == 2
    assert not walker.done
    walker.take(offset_page(3, 4, count=5))
    assert walker.take(offset_page(5, count=5)) == [item(5)]
    assert walker.done, "the total is reached"


def test_an_offset_walk_ends_on_an_empty_page_or_one_without_items() -> None:
    walker = PageWalker(operation(OFFSET), {})
    assert walker.take(offset_page(count=10)) == []
    assert walker.done
    walker = PageWalker(operation(OFFSET), {})
    assert walker.take(SimpleNamespace(items=UNSET, count=10)) == []
    assert walker.done


def test_an_offset_walk_without_a_total_goes_on_until_an_empty_page() -> None:
    walker = PageWalker(operation(OFFSET_WITHOUT_TOTAL), {})
    assert walker.take(SimpleNamespace(items=[item(1)])) == [item(1)]
    assert not walker.done
    assert walker.take(SimpleNamespace(items=[])) == []
    assert walker.done


def test_a_total_that_is_not_a_number_does_not_end_the_walk() -> None:
    walker = PageWalker(operation(OFFSET), {})
    walker.take(offset_page(1, 2, count=UNSET))
    assert not walker.done


def test_offset_pages_that_overlap_yield_each_record_once() -> None:
    walker = PageWalker(operation(OFFSET), {})
    assert walker.take(offset_page(1, 2)) == [item(1), item(2)]
    assert walker.take(offset_page(2, 3)) == [item(3)]


def test_a_cursor_walk_follows_the_next_cursor() -> None:
    walker = PageWalker(operation(CURSOR), {"limit": 2})
    assert walker.request_kwargs() == {"limit": 2, "cursor": 0}
    assert walker.take(cursor_page(1, 2, next_cursor=1700)) == [item(1), item(2)]
    assert walker.request_kwargs() == {"limit": 2, "cursor": 1700}
    assert not walker.done


@pytest.mark.parametrize("next_cursor", [None, UNSET, 0, "1700"])
def test_a_cursor_walk_ends_without_a_next_cursor(next_cursor: Any) -> None:
    walker = PageWalker(operation(CURSOR), {})
    assert walker.take(cursor_page(1, next_cursor=next_cursor)) == [item(1)]
    assert walker.done


def test_a_cursor_walk_ends_when_the_next_cursor_is_the_current_one() -> None:
    walker = PageWalker(operation(CURSOR), {})
    walker.take(cursor_page(1, next_cursor=5))
    walker.take(cursor_page(2, next_cursor=5))
    assert walker.done


def test_a_cursor_given_again_is_a_server_going_round_in_circles() -> None:
    walker = PageWalker(operation(CURSOR), {})
    walker.take(cursor_page(1, next_cursor=5))
    walker.take(cursor_page(2, next_cursor=9))
    with pytest.raises(ResponseValidationError) as caught:
        walker.take(cursor_page(3, next_cursor=5))
    assert "the server gave cursor 5 again" in str(caught.value)
    assert caught.value.operation == "list_things"


def test_one_page_with_nothing_new_is_allowed_and_two_in_a_row_are_not() -> None:
    walker = PageWalker(operation(CURSOR), {})
    walker.take(cursor_page(1, 2, next_cursor=5))
    assert walker.take(cursor_page(1, 2, next_cursor=6)) == []  # the Balance+ document's repeated rows
    assert walker.take(cursor_page(2, 3, next_cursor=7)) == [item(3)]
    walker.take(cursor_page(2, 3, next_cursor=8))
    with pytest.raises(ResponseValidationError, match="2 pages in a row bring nothing new") as caught:
        walker.take(cursor_page(3, next_cursor=9))
    assert caught.value.operation == "list_things"
