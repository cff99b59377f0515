"""What every `recs` command shares: one-line errors, progress bars, batch accounting."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from pipeline.errors import RecsError

console = Console(stderr=True)
T = TypeVar("T")


@dataclass
class CliState:
    """Global flags set by the app callback."""

    debug: bool = False


state = CliState()


def handle_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a :class:`RecsError` into one red line and exit code 1 (a traceback only with --debug)."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except RecsError as error:
            if state.debug:
                raise
            console.print(f"[bold red]error:[/] {error}", markup=True, highlight=False, soft_wrap=True)
            raise typer.Exit(code=1) from None

    return wrapper


def progress_bar(items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
    """Wrap an iterable in a rich progress bar on stderr (silent when stderr is not a terminal)."""
    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as progress:
        task = progress.add_task(description, total=total)
        for item in items:
            yield item
            progress.advance(task)


@dataclass
class BatchReport:
    """Counts what a batch did, so one bad file is reported, skipped and counted, never fatal to the rest."""

    processed: int = 0
    skipped: int = 0
    failures: list[str] = field(default_factory=list)

    def fail(self, error: RecsError) -> None:
        """Record and print a per-file failure; the batch goes on."""
        self.failures.append(str(error))
        console.print(f"[red]failed:[/] {error}", markup=True, highlight=False, soft_wrap=True)

    def finish(self, what: str, keep_going: bool) -> None:
        """Print the summary; exit 1 if anything failed, unless the user asked to keep going."""
        console.print(
            f"{what}: {self.processed} processed, {self.skipped} skipped, {len(self.failures)} failed",
            highlight=False,
        )
        if self.failures and not keep_going:
            raise typer.Exit(code=1)
