from datetime import datetime, timezone

from core.odata.expr import to_text
from core.state import Store
from core.sync.watermark import WatermarkCursor

T1 = "2026-11-02T10:00:00.123Z"
T2 = "2026-11-02T10:00:01.000Z"


def row(id_, modified):
    return {"id": id_, "modified_dateutc": modified}


def test_first_poll_takes_everything_and_later_polls_ask_ge_the_watermark():
    cursor = WatermarkCursor(None)
    assert cursor.filter() is None
    cursor = cursor.advance(row("A", T1))
    assert to_text(cursor.filter()) == "modified_dateutc ge '2026-11-02T10:00:00.123Z'"


def test_rows_sharing_the_watermark_instant_are_neither_skipped_nor_repeated(tmp_path):
    store = Store(tmp_path / "state.sqlite3")
    cursor = WatermarkCursor(None).advance(row("A", T1))
    store.set_watermark("approvals", cursor.text, cursor.seen_ids)

    # The run stopped here. The next poll answers A again (ge) and B, which shares A's instant.
    restarted = WatermarkCursor.from_store(store.get_watermark("approvals"))
    answer = [row("A", T1), row("B", T1), row("C", T2)]
    assert [r["id"] for r in answer if restarted.is_new(r)] == ["B", "C"]

    after_b = restarted.advance(row("B", T1))
    assert after_b.seen_ids == {"a", "b"}
    after_c = after_b.advance(row("C", T2))
    assert after_c.value == datetime(2026, 11, 2, 10, 0, 1, tzinfo=timezone.utc)
    assert after_c.seen_ids == {"c"}
    assert not after_c.is_new(row("B", T1))


def test_server_dates_with_seven_fraction_digits_compare_at_milliseconds():
    cursor = WatermarkCursor(None).advance(row("A", "2026-02-09T17:41:18.4279196+00:00"))
    assert cursor.text == "2026-02-09T17:41:18.427Z"
    assert not cursor.is_new(row("A", "2026-02-09T17:41:18.427Z"))
