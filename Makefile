# Two entry points for a fresh machine (only Python 3.11, make and the package registries needed):
#   make run   - set up .venv, then run the whole pipeline on data/raw/ with `dvc repro`
#   make test  - set up .venv, then run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# dvc.yaml calls `recs`: the project's venv comes first on PATH
export PATH := $(CURDIR)/$(BIN):$(PATH)
export DVC_NO_ANALYTICS := 1
export PYTHONHASHSEED := 0

.PHONY: run test setup clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/dvc repro
	@$(BIN)/recs where

test: $(STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV)
