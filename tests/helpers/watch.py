"""The watch loop on a clock the test moves: time passes only when the loop waits for its next
round, and a test acts between rounds (field activity, a fixed password, Ctrl-C) instead of after
a guessed number of seconds."""
from __future__ import annotations

import _thread
from typing import Callable

import core.cli.watch


class FakeClock:
    """Time that passes only when the loop sleeps."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


class WatchRounds:
    """Drives ``odyssee-sync watch`` run through ``core.cli.main`` round by round.

    ``between_rounds(rounds)`` is called each time the watch waits for its next round, ``rounds``
    being how many times it ran its due streams so far; when it answers True, Ctrl-C is pressed
    right there, so the watch stops between rounds (exit 0), never in the middle of one.
    ``waits`` are the seconds it asked to wait, each time.
    """

    def __init__(self, monkeypatch, between_rounds: Callable[[int], bool], *, most_rounds: int = 200) -> None:
        self.between_rounds = between_rounds
        self.most_rounds = most_rounds
        self.clock = FakeClock()
        self.rounds = 0
        self.waits: list[float] = []
        real = core.cli.watch.watch_streams

        def watch_streams(streams, control, **options):
            options.update(clock=self.clock, sleep=lambda seconds: self._wait(control.cancel, seconds))
            return real(streams, control, **options)

        monkeypatch.setattr(core.cli.watch, "watch_streams", watch_streams)

    def _wait(self, cancel, seconds: float) -> None:
        self.rounds += 1
        self.waits.append(seconds)
        if self.between_rounds(self.rounds):
            _thread.interrupt_main()
            if not cancel.wait(60):
                raise AssertionError("Ctrl-C did not reach the watch")
            return
        if self.rounds >= self.most_rounds:  # rounds take no time here: a test that waits for nothing would spin
            raise AssertionError(f"what the test waits for did not happen in {self.rounds} rounds")
        self.clock.sleep(seconds)
