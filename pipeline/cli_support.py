"""What every `recs` command shares: one-line errors, progress bars, the console lines of a batch."""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from pipeline.batch import BatchReport, Event
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


def warn(message: object) -> None:
    """One yellow ``warning:`` line on stderr: the user reads it, the run goes on."""
    console.print(f"[yellow]warning:[/] {message}", markup=True, highlight=False, soft_wrap=True)


@contextmanager
def warnings_shown() -> Iterator[None]:
    """Show every warning the block raises (spaCy's, a library's) as a :func:`warn` line once it is done, not as Python's."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for warning in caught:
        warn(warning.message)


def batch_report() -> BatchReport:
    """A :class:`BatchReport` that prints each skip (yellow) and failure (red) as it happens."""

    def notify(event: Event, message: str) -> None:
        colour = "red" if event == "failed" else "yellow"
        console.print(f"[{colour}]{event}:[/] {message}", markup=True, highlight=False, soft_wrap=True)

    return BatchReport(notify=notify)


def finish_batch(report: BatchReport, what: str, keep_going: bool) -> None:
    """Print the summary; exit 1 if anything failed, unless the user asked to keep going."""
    console.print(report.summary(what), highlight=False)
    if report.failures and not keep_going:
        raise typer.Exit(code=1)
