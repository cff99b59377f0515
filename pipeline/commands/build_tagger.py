"""`recs build-tagger`: configs/tagger.cfg + vocabularies + gold train split -> models/tagger.

Assembles the tagger its config declares (base components sourced, rule components with
every setting, theme model trained on the split=train gold records) and saves it, so
`recs tag`, `recs evaluate`, `recs train` and `recs assign` all apply the same one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli_support import console, handle_errors, warnings_shown
from pipeline.commands import paths
from pipeline.commands.options import out_option


@handle_errors
def command(
    config: Annotated[
        Path | None, typer.Option("--config", help="spaCy config of the tagger (default: the project's configs/tagger.cfg).")
    ] = None,
    gold_train: Annotated[
        Path | None,
        typer.Option(
            "--gold-train",
            help="Gold JSONL file or folder whose split=train records train the theme model (the config's paths.gold_train).",
        ),
    ] = None,
    out: Annotated[Path, out_option("Where to save the tagger.")] = paths.TAGGER,
    settings: Annotated[
        list[str] | None,
        typer.Option("--set", help="Override a config setting, e.g. --set components.recs_themes.threshold=0.6 (repeatable)."),
    ] = None,
) -> None:
    """Assemble the tagger from its config, train its theme model on gold, and save it."""
    from pipeline.tagging.build import CONFIG, build_tagger, parse_overrides, save_tagger, tagger_mode
    from pipeline.tagging.themes import ThemeTagger

    overrides = parse_overrides(settings or [])
    if gold_train is not None:
        overrides["paths.gold_train"] = str(gold_train)
    with warnings_shown():
        nlp = build_tagger(config=config or CONFIG, overrides=overrides)
    saved = save_tagger(nlp, out)
    base = nlp.meta["recs"]["base_model"] or "none"
    theme_pipe = nlp.get_pipe("recs_themes") if "recs_themes" in nlp.pipe_names else None
    themes = theme_pipe.model_labels if isinstance(theme_pipe, ThemeTagger) else []
    console.print(
        f"tagger ({tagger_mode(nlp)} mode, base {base}, theme model on {len(themes)} sub-themes): {saved}",
        highlight=False,
        soft_wrap=True,
    )
