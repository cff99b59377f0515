"""The package's layering, read from the source: stages never import the CLI layer, and no import cycle.

Imports inside functions count too: a lazy import still ties the modules together (the
cycle tagging/evaluation -> gold -> themes -> evaluation was one of those).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"
CLI_LAYER = ("pipeline.cli", "pipeline.cli_support", "pipeline.commands")
CONSOLE_LIBRARIES = ("typer", "rich")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every module ``path`` imports (``from a import b`` counts as ``a.b`` when that is a module of the package)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


GRAPH = {module_name(path): imports_of(path) for path in PACKAGE.rglob("*.py")}


def is_cli(module: str) -> bool:
    return any(module == layer or module.startswith(layer + ".") for layer in CLI_LAYER)


def test_stages_do_not_import_the_cli_layer_or_the_console():
    offenders = {
        module: sorted(name for name in imported if is_cli(name) or name.split(".")[0] in CONSOLE_LIBRARIES)
        for module, imported in GRAPH.items()
        if not is_cli(module)
    }
    assert {module: names for module, names in offenders.items() if names} == {}


def test_no_import_cycle_between_modules_of_the_package():
    edges = {module: {name for name in imported if name in GRAPH and name != module} for module, imported in GRAPH.items()}
    # a package's __init__ re-exporting its modules is not a cycle of jobs: leave the package nodes out
    packages = {module for module in GRAPH if (PACKAGE.parent / module.replace(".", "/") / "__init__.py").is_file()}
    edges = {module: targets - packages for module, targets in edges.items() if module not in packages}
    cycles = []
    for start in edges:
        stack, seen = [(start, (start,))], set()
        while stack:
            module, path = stack.pop()
            for target in edges.get(module, ()):
                if target == start:
                    cycles.append(" -> ".join((*path, start)))
                elif target not in seen:
                    seen.add(target)
                    stack.append((target, (*path, target)))
    assert cycles == []
