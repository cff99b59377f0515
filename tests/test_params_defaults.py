"""params.yaml and the command line start from the same defaults, so `dvc repro` and a bare `recs` call agree.

DVC needs its parameters in params.yaml, and a researcher running `recs cluster` by hand needs
defaults on the command line: two places for one value. This test holds them together, reading
every ``--option ${param}`` of dvc.yaml and the option's default from the command's signature.
"""

from __future__ import annotations

import inspect
import re
import typing
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
import typer
import yaml

from pipeline.cli import app

PROJECT = Path(__file__).resolve().parents[1]
PARAM_OPTION = re.compile(r"(--[\w-]+) \$\{([\w.]+)\}")
COMMANDS = {info.name: info.callback for info in app.registered_commands}


def option_defaults(command: str) -> dict[str, tuple[Any, Any]]:
    """flag -> (default, parser) of every option of ``recs COMMAND``, from its signature."""
    found = {}
    for name, hint in typing.get_type_hints(COMMANDS[command], include_extras=True).items():
        infos = [meta for meta in typing.get_args(hint)[1:] if isinstance(meta, typer.models.OptionInfo)]
        if not infos:
            continue
        info = infos[0]
        flags = [info.default] if isinstance(info.default, str) and info.default.startswith("-") else []
        default = inspect.signature(COMMANDS[command]).parameters[name].default
        for flag in [*flags, *(info.param_decls or ())]:
            found[flag] = (default, info.parser)
    return found


def param_options() -> list[tuple[str, str, str, Any]]:
    """(command, flag, param key, params.yaml value) for every ``--flag ${key}`` in dvc.yaml."""
    stages = yaml.safe_load((PROJECT / "dvc.yaml").read_text(encoding="utf-8"))["stages"]
    params = yaml.safe_load((PROJECT / "params.yaml").read_text(encoding="utf-8"))
    found = []
    for stage in stages.values():
        command = " ".join(stage["cmd"].split())
        for flag, key in PARAM_OPTION.findall(command):
            value = params
            for part in key.split("."):
                value = value[part]
            found.append((command.split()[1], flag, key, value))
    return found


PARAMS = param_options()


def test_every_parameter_is_passed_to_an_option_the_command_has():
    assert {key for _, _, key, _ in PARAMS} >= {"seed", "cluster.k_min", "train.C", "tag.batch_size"}
    for command, flag, key, _ in PARAMS:
        assert flag in option_defaults(command), f"{key}: recs {command} has no {flag}"


@pytest.mark.parametrize(("command", "flag", "key", "value"), PARAMS, ids=[f"{command} {flag}" for command, flag, _, _ in PARAMS])
def test_params_yaml_starts_from_the_command_line_default(command: str, flag: str, key: str, value: Any):
    default, parser = option_defaults(command)[flag]
    given = parser(str(value)) if parser else value
    if isinstance(default, Enum):
        default = default.value
    assert given == default, f"params.yaml {key}: {value!r}, but `recs {command} {flag}` defaults to {default!r}"
