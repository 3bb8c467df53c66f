# Two entry points for a fresh machine (Python 3.11, pip, apt as root):
#   make edition   install everything, build the edition from sources/ into build/
#   make test      install everything, run all tests
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: edition test install system-deps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Debian packages the project needs (installed only when missing; needs root).
system-deps:
	@bash scripts/system-deps.sh

install: system-deps $(STAMP)

edition: install
	$(BIN)/tei build

test: install
	$(BIN)/python -m pytest

clean:
	rm -rf build .pytest_cache
