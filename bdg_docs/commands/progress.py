"""A one-line progress bar on a terminal; nothing at all when the output is not a terminal.

Messages printed while it runs go through :meth:`Progress.say`, which clears the bar, prints,
and draws it again, so the bar never mixes into a message (or into a log file).
"""
from __future__ import annotations

from typing import TextIO

WIDTH = 30


class Progress:
    def __init__(self, total: int, stream: TextIO, *, enabled: bool):
        self.total = total
        self.count = 0
        self.stream = stream
        self.enabled = enabled and total > 0

    def step(self) -> None:
        self.count += 1
        self._draw()

    def say(self, text: str, stream: TextIO) -> None:
        self._clear()
        print(text, file=stream, flush=True)
        self._draw()

    def close(self) -> None:
        self._clear()

    def _draw(self) -> None:
        if self.enabled:
            filled = WIDTH * self.count // self.total
            bar = "█" * filled + "·" * (WIDTH - filled)
            self.stream.write(f"\r{bar} {self.count}/{self.total} tệp")
            self.stream.flush()

    def _clear(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * (WIDTH + 24) + "\r")
            self.stream.flush()
