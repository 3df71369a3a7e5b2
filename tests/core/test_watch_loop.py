"""The watch loop's timing, run on a clock the test moves: hours of rounds without waiting."""
from __future__ import annotations

import json
import threading

from core.cli.watch import FAILURES_BEFORE_BACKOFF, MAX_BACKOFF_SECONDS, JsonReport, TextReport, _Stream, watch_streams
from core.services.outcome import EXIT_OK
from core.services.polling import BUSY, PDFS, PollOutcome
from core.sync.progress import RunControl
from tests.helpers.watch import FakeClock


def scripted(statuses: list[str], clock: FakeClock, control: RunControl, rounds_at: list[float]):
    """A round that answers ``statuses`` in turn, notes when it ran, and stops the loop after."""
    remaining = list(statuses)

    def run(_control) -> PollOutcome:
        rounds_at.append(clock.now)
        status = remaining.pop(0)
        if not remaining:
            control.cancel.set()
        if status == BUSY:
            return PollOutcome(PDFS, BUSY, busy_with="PDF download is running on WS-03 (user office2).")
        return PollOutcome(PDFS, status, message=f"round {len(rounds_at)}: {status}", eventful=True)

    return run


def run_loop(statuses: list[str], interval: float = 60.0, report=None):
    clock, control, rounds_at = FakeClock(), RunControl(cancel=threading.Event()), []
    stream = _Stream("pdfs", interval, scripted(statuses, clock, control, rounds_at))
    report = report or TextReport(stamp=lambda: "12:00:00")
    code = watch_streams([stream], control, clock=clock, sleep=clock.sleep, report=report)
    return code, rounds_at


def test_rounds_keep_the_interval_while_they_succeed(capsys):
    code, rounds_at = run_loop(["ok"] * 5)
    assert code == EXIT_OK
    assert rounds_at == [0, 60, 120, 180, 240]
    assert capsys.readouterr().out.count("12:00:00 pdfs: round") == 5


def test_failures_back_off_doubling_up_to_the_cap_and_recovery_is_told(capsys):
    statuses = ["failed"] * 8 + ["ok", "ok"]
    code, rounds_at = run_loop(statuses)
    gaps = [later - earlier for earlier, later in zip(rounds_at, rounds_at[1:])]
    # One failure waits the interval; from the second on, the wait doubles until the cap.
    assert FAILURES_BEFORE_BACKOFF == 2
    assert gaps[:8] == [60, 120, 240, 480, 900, 900, 900, 900]
    assert max(gaps) == MAX_BACKOFF_SECONDS
    assert gaps[8] == 60  # back to the interval once a round succeeds
    out, err = capsys.readouterr()
    assert "pdfs: failed (round 1: failed); trying again in 60 s." in err
    assert "pdfs: failed 2 times in a row (round 2: failed); next try in 120 s." in err
    assert out.count("pdfs: working again.") == 1


def test_another_holder_is_told_once_and_its_end_once(capsys):
    code, rounds_at = run_loop([BUSY, BUSY, BUSY, "ok"])
    out = capsys.readouterr().out
    assert out.count("skipped: PDF download is running on WS-03") == 1
    assert out.count("free again; this program does it from now on.") == 1
    assert rounds_at == [0, 60, 120, 180]  # a busy round is no failure: no back-off


def test_the_json_report_gives_one_document_per_round(capsys):
    run_loop(["ok", "failed", "ok"], report=JsonReport())
    documents = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(d["stream"], d["event"]) for d in documents] == [
        ("pdfs", "ok"), ("pdfs", "failed"), ("pdfs", "recovered"), ("pdfs", "ok"),
    ]
    assert documents[1]["failures_in_a_row"] == 1 and "trying again in 60 s" in documents[1]["text"]


def test_once_runs_one_round_of_each_stream_and_exits_with_the_worst(capsys):
    for statuses, expected in ((["ok", "ok"], 0), (["ok", "failed"], 1), (["failed", "failed"], 5), ([BUSY, "ok"], 0)):
        clock, control, rounds_at = FakeClock(), RunControl(cancel=threading.Event()), []
        streams = [
            _Stream(name, 60.0, scripted([status, "ok"], clock, control, rounds_at))
            for name, status in zip(("export", "pdfs"), statuses)
        ]
        code = watch_streams(streams, control, clock=clock, sleep=clock.sleep, report=TextReport(), once=True)
        assert (code, len(rounds_at)) == (expected, 2), statuses
