# Every target sets up .venv itself (a current pip, then the project from pyproject.toml).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
TALLY_HOME ?= var
export TALLY_HOME

.PHONY: setup run test ui lint bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## set up, then run the whole job on the embedded offline corpus
	$(BIN)/tally run

test: $(STAMP)  ## set up, then run the tests
	$(BIN)/python -m pytest

ui: $(STAMP)  ## the Dagster UI on http://127.0.0.1:3000 with the instance under $(TALLY_HOME)/dagster
	mkdir -p $(TALLY_HOME)/dagster && cp dagster.yaml $(TALLY_HOME)/dagster/dagster.yaml
	DAGSTER_HOME=$(abspath $(TALLY_HOME))/dagster $(BIN)/dagster dev -m pipelines.definitions -h 127.0.0.1 -p 3000

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(STAMP)  ## benchmarks; ratios against a baseline measured in the same run
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
