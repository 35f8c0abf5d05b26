# Two commands on a fresh machine with Python 3.11 and make: `make demo`, `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint format bench clean install models

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

SAMPLE := corpora/sample/articles.jsonl

demo: $(STAMP)
	$(BIN)/framing score $(SAMPLE)
	$(BIN)/framing score $(SAMPLE) --format jsonl --explain -o out/analyses.jsonl
	$(BIN)/framing compare $(SAMPLE) --by outlet -o out
	$(BIN)/framing evaluate corpora/sample/gold.jsonl

bench: $(STAMP)
	$(BIN)/python tools/bench.py --repeat 20 --min-rate 10
	$(BIN)/python tools/bench.py --repeat 5 --min-rate 10 --learned
	$(BIN)/python tools/bench.py --hostile --max-seconds 15

test: $(STAMP)
	$(BIN)/ruff check framing tests tools
	$(BIN)/ruff format --check framing tests tools
	$(BIN)/python -m pytest -q

# Retrain the learned cue and source models (English) on PolNeAR train, tuned
# on dev; needs ../shared/corpora (or CORPORA=...). About ten minutes.
CORPORA ?= ../shared/corpora
models: $(STAMP)
	$(BIN)/python tools/train_cue_model.py --corpora $(CORPORA) --c 0.1 --stack-c 0.1
	$(BIN)/python tools/train_cue_model.py --source --first-only --corpora $(CORPORA) --c 0.3

lint: $(STAMP)
	$(BIN)/ruff check framing tests tools

format: $(STAMP)
	$(BIN)/ruff format framing tests tools

clean:
	rm -rf $(VENV) out build *.egg-info .pytest_cache .ruff_cache .hypothesis
