"""Chart geometry for inline SVG: plain shapes the template draws, so every label is autoescaped.

Computing positions here (not in the template, and not as pre-rendered SVG strings)
keeps the report free of ``|safe`` on anything derived from document text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.tagging.lexicon import modality_order

MODALITY_ORDER = modality_order()
# Dark red for the strongest obligation fading to grey for none, in MODALITY_ORDER.
MODALITY_PALETTE = ["#7f1d1d", "#c2410c", "#f59e0b", "#0e7490", "#67a9cf", "#b8bcc4"]
MODALITY_COLORS = dict(zip(MODALITY_ORDER, MODALITY_PALETTE))
OTHER_COLOR = "#8b8f97"
BAR_COLOR = "#1f4e8c"
LABEL_CHARS = 34
ROW_HEIGHT = 22
LABEL_WIDTH = 270
FONT_WIDTH = 7.0  # average glyph width of the 12px sans-serif used, for layout only


@dataclass(frozen=True)
class Rect:
    """A filled rectangle with a hover tooltip."""

    x: float
    y: float
    width: float
    height: float
    fill: str
    title: str


@dataclass(frozen=True)
class Label:
    """A text label; ``full`` is the untruncated text shown as a tooltip."""

    x: float
    y: float
    text: str
    full: str = ""
    anchor: str = "start"
    css_class: str = ""
    rotate: bool = False


@dataclass
class Chart:
    """One SVG: its size, rectangles and labels."""

    width: float
    height: float
    title: str
    rects: list[Rect] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)


def shorten(text: str, limit: int = LABEL_CHARS) -> str:
    """Cut a label to ``limit`` characters with an ellipsis, for axis labels."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def category_color(category: str) -> str:
    """The colour of a modality value (a neutral grey for values outside the taxonomy)."""
    return MODALITY_COLORS.get(category, OTHER_COLOR)


def stacked_bars(rows: list[tuple[str, dict[str, int]]], categories: list[str], title: str, width: float = 760) -> Chart:
    """100%-stacked horizontal bars, one per row, segments in ``categories`` order; the total sits at the right."""
    plot_width = width - LABEL_WIDTH - 60
    chart = Chart(width=width, height=ROW_HEIGHT * len(rows) + 10, title=title)
    for index, (row_label, counts) in enumerate(rows):
        y = 5 + index * ROW_HEIGHT
        total = sum(counts.values())
        chart.labels.append(Label(LABEL_WIDTH - 8, y + 15, shorten(row_label), row_label, "end"))
        x = float(LABEL_WIDTH)
        for category in categories:
            count = counts.get(category, 0)
            if not count:
                continue
            share = count / total
            segment = share * plot_width
            chart.rects.append(
                Rect(
                    round(x, 1),
                    y + 2,
                    round(segment, 1),
                    ROW_HEIGHT - 6,
                    category_color(category),
                    f"{row_label}: {category} {count} of {total} ({share:.0%})",
                )
            )
            x += segment
        chart.labels.append(Label(LABEL_WIDTH + plot_width + 8, y + 15, str(total), css_class="num"))
    return chart


def bar_chart(items: list[tuple[str, int]], title: str, width: float = 760, color: str = BAR_COLOR) -> Chart:
    """Horizontal bars scaled to the largest value, with the value printed after each bar."""
    plot_width = width - LABEL_WIDTH - 60
    largest = max((value for _, value in items), default=0) or 1
    chart = Chart(width=width, height=ROW_HEIGHT * len(items) + 10, title=title)
    for index, (label, value) in enumerate(items):
        y = 5 + index * ROW_HEIGHT
        length = value / largest * plot_width
        chart.labels.append(Label(LABEL_WIDTH - 8, y + 15, shorten(label), label, "end"))
        chart.rects.append(Rect(LABEL_WIDTH, y + 3, round(max(length, 1.0), 1), ROW_HEIGHT - 8, color, f"{label}: {value}"))
        chart.labels.append(Label(round(LABEL_WIDTH + length + 6, 1), y + 15, str(value), css_class="num"))
    return chart


def _heat_color(value: int, largest: int) -> str:
    """Blend from a pale to a deep blue by ``value / largest``; empty cells stay near-white."""
    if value <= 0:
        return "#f5f6f8"
    share = value / largest
    low, high = (222, 235, 247), (8, 48, 107)
    r, g, b = (round(lo + (hi - lo) * share) for lo, hi in zip(low, high))
    return f"#{r:02x}{g:02x}{b:02x}"


def heatmap(row_labels: list[str], column_labels: list[str], values: list[list[int]], title: str, cell: int = 28) -> Chart:
    """A rows × columns grid coloured by count, with rotated column labels and the count in each non-empty cell."""
    longest = FONT_WIDTH * min(LABEL_CHARS, max((len(label) for label in column_labels), default=0))
    header = 12 + longest * 0.82  # labels are rotated by 55 degrees: sin(55°) of their length goes up...
    largest = max((value for row in values for value in row), default=0) or 1
    width = round(LABEL_WIDTH + cell * len(column_labels) + longest * 0.58 + 10)  # ...and cos(55°) goes right
    chart = Chart(width=width, height=round(header + cell * len(row_labels) + 10), title=title)
    for column, label in enumerate(column_labels):
        x = LABEL_WIDTH + column * cell + cell / 2 + 4
        chart.labels.append(Label(round(x, 1), round(header - 4, 1), shorten(label), label, "start", rotate=True))
    for row, row_label in enumerate(row_labels):
        y = header + row * cell
        chart.labels.append(Label(LABEL_WIDTH - 8, round(y + cell / 2 + 4, 1), shorten(row_label), row_label, "end"))
        for column, column_label in enumerate(column_labels):
            value = values[row][column]
            x = LABEL_WIDTH + column * cell
            chart.rects.append(
                Rect(
                    x + 1,
                    round(y + 1, 1),
                    cell - 2,
                    cell - 2,
                    _heat_color(value, largest),
                    f"{row_label} × {column_label}: {value}",
                )
            )
            if value:
                css = "cell dark" if value / largest > 0.5 else "cell"
                chart.labels.append(Label(x + cell / 2, round(y + cell / 2 + 4, 1), str(value), anchor="middle", css_class=css))
    return chart
