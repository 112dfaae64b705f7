# Facilitator Console. `make run` and `make test` set up everything they need.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
DATA   := facilitator_app/_data/.built
RES_SOURCES := $(shell find resources -type f) packaging/build_resources.py

.PHONY: run test test-fast bench bundle smoke lint typecheck domain-check resources translations records clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.run-installed: pyproject.toml | $(BIN)/activate
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.dev-installed: pyproject.toml | $(BIN)/activate
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $@ $(VENV)/.run-installed

$(DATA): $(RES_SOURCES) | $(VENV)/.run-installed
	$(PY) packaging/build_resources.py
	touch $@

resources: $(DATA)

## The records' __init__, compiled with the package (after changing a record; a test says when).
records: $(VENV)/.dev-installed
	$(PY) packaging/build_record_inits.py

## Open the console on the sample event (the last session on later starts).
run: $(VENV)/.run-installed $(DATA)
	@$(PY) packaging/check_system.py
	$(BIN)/facilitator-console $(ARGS)

## The whole test suite (unit, UI offscreen, integration and crash tests).
test: $(VENV)/.dev-installed $(DATA)
	$(PY) -m pytest $(PYTEST_ARGS)

test-fast: $(VENV)/.dev-installed $(DATA)
	$(PY) -m pytest -m "not slow" $(PYTEST_ARGS)

## Benchmarks: print figures (not part of the test run).
bench: $(VENV)/.dev-installed $(DATA)
	$(PY) bench/run_all.py

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check facilitator_app tests bench packaging main.py .ci
	$(BIN)/ruff format --check facilitator_app tests bench packaging main.py .ci
	$(BIN)/lint-imports
	$(PY) .ci/check_sizes.py

typecheck: $(VENV)/.dev-installed $(DATA)
	$(BIN)/mypy

## The domain must not import Qt, HTTP, keyring or sqlite3: an import contract, and the
## domain tests in a virtual environment that has none of them.
domain-check: $(VENV)/.dev-installed
	$(BIN)/lint-imports
	$(PYTHON) -m venv .venv-domain
	.venv-domain/bin/python -m pip install --quiet pytest==9.2.0 hypothesis==6.170.15
	.venv-domain/bin/python -m pytest -c .ci/pytest-domain.ini --rootdir=. tests/unit

translations: $(VENV)/.dev-installed
	$(PY) packaging/build_resources.py --update-ts
	$(PY) packaging/translations_sv.py
	$(PY) packaging/build_resources.py

## A PyInstaller onedir bundle in dist/, then its smoke test.
bundle: $(VENV)/.dev-installed $(DATA)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build packaging/facilitator-console.spec
	$(PY) packaging/smoke_test.py dist/facilitator-console

clean:
	rm -rf build dist facilitator_app/_data .venv-domain .mypy_cache .ruff_cache
