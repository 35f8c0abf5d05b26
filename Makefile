# Two commands on a fresh machine with Python 3.11 and make: `make demo`, `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint format bench clean install

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/framing segment corpora/sample/articles.jsonl --format table | head -n 60
	$(BIN)/framing segment corpora/sample/articles.jsonl --format jsonl -o out/segments.jsonl
	@echo "wrote out/segments.jsonl"

test: $(STAMP)
	$(BIN)/ruff check framing tests tools
	$(BIN)/ruff format --check framing tests tools
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check framing tests tools

format: $(STAMP)
	$(BIN)/ruff format framing tests tools

clean:
	rm -rf $(VENV) out build *.egg-info .pytest_cache .ruff_cache .hypothesis
