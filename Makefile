# Quick start: `make run` starts the app, `make test` runs the tests. Both set everything up.
VENV := .venv
PY := $(VENV)/bin/python
READY := $(VENV)/.ready
ARGS ?=

.PHONY: run test bench lint format progress clean install-desktop

$(READY): pyproject.toml tools/bootstrap.sh
	bash tools/bootstrap.sh
	touch $(READY)

# On a machine without a screen the window opens on a virtual one (Xvfb), so `make run` works
# everywhere; on a desktop it opens as usual.
run: $(READY)
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
		command -v xvfb-run >/dev/null || bash tools/bootstrap.sh xvfb xauth; \
		echo "make run: no display found; running on a virtual screen (xvfb-run)."; \
		xvfb-run -a -s "-screen 0 1280x800x24" $(PY) main.py $(ARGS); \
	else \
		$(PY) main.py $(ARGS); \
	fi

test: $(READY)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# Measures timing, cue latency, startup, the progress view and a running workout's cost, and
# writes docs/benchmarks.md. Takes several minutes; not part of `make test`.
bench: $(READY)
	bash tools/install_sound_servers.sh
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.run_all

lint: $(READY)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

format: $(READY)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Adds Plank Timer to the desktop's application menu for the current user (no root needed).
install-desktop: $(READY)
	bash tools/install_desktop.sh

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist
