# Two entry points for a fresh machine (only Python 3.11, make and the package registries needed):
#   make run   - set up .venv from requirements.lock, then run the whole pipeline on data/raw/ with `dvc repro`
#   make test  - set up .venv from requirements.lock, then lint and format-check (ruff), type-check pipeline/ (mypy) and run the whole test suite
#   make lint  - the ruff checks alone (`ruff check`, `ruff format --check`)
#   make browser - install Debian's chromium (root) for the report's browser tests; without it they skip and say why
#   make lock  - regenerate requirements.lock from pyproject.toml (after changing a dependency)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements.lock
UV_VENV := .venv-uv

# dvc.yaml calls `recs`: the project's venv comes first on PATH
export PATH := $(CURDIR)/$(BIN):$(PATH)
export DVC_NO_ANALYTICS := 1
export PYTHONHASHSEED := 0

.PHONY: run test lint browser setup lock clean

# Every locked package is checked against its hash; the project itself goes in without resolving
# anything more, built by the locked setuptools (no unpinned build environment).
$(STAMP): $(LOCK) pyproject.toml
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r $(LOCK)
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/dvc repro
	@$(BIN)/recs where

LINTED := pipeline tests benchmarks

test: $(STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/mypy
	$(BIN)/python -m pytest -n auto --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)

# The tests never install system packages; the set-up step does (CI: .ci/run).
browser:
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || \
	  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }

# uv resolves (from PyPI, into a throw-away venv); pip installs. One lock for every platform, Python 3.11.
lock:
	$(PYTHON) -m venv $(UV_VENV)
	$(UV_VENV)/bin/pip install --quiet --disable-pip-version-check uv
	$(UV_VENV)/bin/uv pip compile pyproject.toml --extra test --generate-hashes --universal \
	  --python-version 3.11 --quiet -o $(LOCK)

clean:
	rm -rf $(VENV) $(UV_VENV)
