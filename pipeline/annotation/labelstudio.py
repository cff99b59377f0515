"""Label Studio's JSON, both ways, and the labeling config a researcher creates the project with.

Import side (Label Studio docs, "Import pre-annotated data"): a list of tasks, each with
``data`` (what the labeling config shows: ``$text``, ``$context``) and ``predictions``
(``model_version``, ``score``, ``result``), so the current tags appear as pre-annotations.
Export side ("Export annotations", JSON): the same tasks with ``annotations``, each holding
a ``result`` list. Every tag field is one control: a ``Choices`` (``type: choices``,
``value.choices``) or a ``TextArea`` (``type: textarea``, ``value.text``), named after the
gold field it fills (``from_name``), all attached to the recommendation text (``to_name``).
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import quoteattr

TEXT = "text"  # the Text object every control is attached to
CONTEXT = "context"
SINGLE = ("modality", "addressee", "negated", "about_instrument")
MULTIPLE = ("actors", "themes")
TEXT_AREAS = ("legal_refs", "notes")
BOOLEAN_CHOICES = ("true", "false")


def labeling_config(labels: dict[str, list[str]]) -> str:
    """The project's labeling config (XML) for the given label lists (``modality``, ``addressee``, ...)."""

    def choices(name: str, kind: str, required: bool) -> str:
        options = "\n".join(f"    <Choice value={quoteattr(value)}/>" for value in labels[name])
        required_attribute = ' required="true"' if required else ""
        return (
            f'  <Header value="{name}"/>\n'
            f'  <Choices name="{name}" toName="{TEXT}" choice="{kind}" showInline="true"{required_attribute}>\n'
            f"{options}\n  </Choices>"
        )

    parts = [
        "<View>",
        '  <Header value="Lead-in (context of a lettered sub-item)"/>',
        f'  <Text name="{CONTEXT}" value="${CONTEXT}"/>',
        '  <Header value="Recommendation $rec_id ($why)"/>',
        f'  <Text name="{TEXT}" value="${TEXT}"/>',
        *(choices(name, "single-radio", required=name != "negated") for name in SINGLE),
        *(choices(name, "multiple", required=name == "themes") for name in MULTIPLE),
        '  <Header value="legal_refs: one canonical reference per line (UNTOC art. 18, domestic_law)"/>',
        f'  <TextArea name="legal_refs" toName="{TEXT}" rows="3"/>',
        '  <Header value="notes (optional)"/>',
        f'  <TextArea name="notes" toName="{TEXT}" rows="2" maxSubmissions="1"/>',
        "</View>",
    ]
    return "\n".join(parts) + "\n"


def result_items(tags: dict[str, Any]) -> list[dict[str, Any]]:
    """A ``result`` list holding the given tag values (empty lists and missing fields are left out)."""
    items = []
    for name in (*SINGLE, *MULTIPLE, *TEXT_AREAS):
        value = tags.get(name)
        if value is None or value == [] or value == "":
            continue
        if name in TEXT_AREAS:
            payload = {"text": list(value) if isinstance(value, list) else [value]}
            kind = "textarea"
        else:
            chosen = [str(value).lower() if isinstance(value, bool) else value] if name in SINGLE else list(value)
            payload = {"choices": chosen}
            kind = "choices"
        items.append({"id": name, "from_name": name, "to_name": TEXT, "type": kind, "value": payload})
    return items


def task(data: dict[str, Any], tags: dict[str, Any], model_version: str, score: float) -> dict[str, Any]:
    """One task to import: what to show, and the current tags as a prediction."""
    return {"data": data, "predictions": [{"model_version": model_version, "score": score, "result": result_items(tags)}]}


def latest_annotation(exported_task: dict[str, Any]) -> dict[str, Any] | None:
    """The task's last submitted, not cancelled annotation (None when nobody annotated it)."""
    kept = [annotation for annotation in exported_task.get("annotations") or [] if not annotation.get("was_cancelled")]
    if not kept:
        return None
    return max(
        kept,
        key=lambda annotation: (
            str(annotation.get("updated_at") or annotation.get("created_at") or ""),
            str(annotation.get("id", "")),
        ),
    )


def read_result(result: list[dict[str, Any]]) -> dict[str, Any]:
    """Tag values from an annotation's ``result``: choices by control name, text areas split per line."""
    values: dict[str, Any] = {}
    for item in result:
        name, value = item.get("from_name"), item.get("value") or {}
        if not isinstance(name, str):
            continue  # a result without a control name carries no tag
        if item.get("type") == "choices":
            chosen = list(value.get("choices") or [])
            values[name] = chosen if name in MULTIPLE else (chosen[0] if chosen else None)
        elif item.get("type") == "textarea":
            lines = [line.strip() for text in value.get("text") or [] for line in str(text).splitlines()]
            values[name] = [line for line in lines if line]
    return values
