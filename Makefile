# The two commands of the README: `make report` (the full pipeline on the embedded default,
# ending in reports/default/) and `make test` (every notebook, through pytest). Both build .venv.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
# torch first, on its own: 2.13.0 is a CPU wheel on the project's machines. Elsewhere override it,
# e.g. `make test TORCH="torch>=2.5"` (the package itself only asks for torch>=2.5).
TORCH ?= torch==2.13.0
EXPERIMENT ?= experiments/default.yaml

.PHONY: install test report export book docs clean-nbs help
help:
	@echo "make report   run the full pipeline on the embedded default -> reports/default/"
	@echo "make test     run every notebook as a test (pytest, 2 workers)"
	@echo "make book     execute the library notebooks in place (committed with their outputs)"
	@echo "make docs     render the executed notebooks into a static site under _docs/ (no execution)"

$(VENV)/.installed: setup.py settings.ini pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q "$(TORCH)"
	$(PY) -m pip install -q -e ".[dev]"
	touch $@

install: $(VENV)/.installed

test: install
	$(PY) -m pytest tests -n 2 -q -p no:cacheprovider

report: install
	$(VENV)/bin/rlhf_nb run $(EXPERIMENT)

# for developers: notebooks are the source of rlhf_nb/
export: install
	$(VENV)/bin/nbdev_export
	$(VENV)/bin/nbdev_clean --fname nbs

# the book: library notebooks executed in place, so GitHub shows their outputs (progress bars off: TQDM_DISABLE=1)
book: install
	TQDM_DISABLE=1 $(PY) tools/book.py
	$(VENV)/bin/nbdev_clean --fname nbs

# a static site of the executed notebooks (Quarto's nbdev_docs where it is installed); renders, never executes
docs: install
	$(PY) tools/docs.py
