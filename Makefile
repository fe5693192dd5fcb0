# Quick start: `make run` starts the app, `make test` runs the tests. Both set everything up.
VENV := .venv
PY := $(VENV)/bin/python
READY := $(VENV)/.ready
ARGS ?=

.PHONY: run test bench lint format progress clean install-desktop bundle bundle-check
.PHONY: translations update-translations add-language translation-status desktop-files

# Translations: translations/*.ts are the sources (edit them with pyside6-linguist); the
# compiled .qm files are build products in assets/translations/ (not committed).
TS_FILES := $(wildcard translations/plank_timer_*.ts)
QM_FILES := $(patsubst translations/%.ts,assets/translations/%.qm,$(TS_FILES))
# Where lupdate looks for strings: the app, and the desktop file's words.
I18N_SOURCES := app tools/desktop_texts.py
LUPDATE = $(VENV)/bin/pyside6-lupdate -silent -extensions py -locations none -no-obsolete \
	$(I18N_SOURCES)

$(READY): pyproject.toml tools/bootstrap.sh
	bash tools/bootstrap.sh
	touch $(READY)

# On a machine without a screen the window opens on a virtual one (Xvfb), so `make run` works
# everywhere; on a desktop it opens as usual.
run: $(READY) translations
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
		command -v xvfb-run >/dev/null || bash tools/bootstrap.sh xvfb xauth; \
		echo "make run: no display found; running on a virtual screen (xvfb-run)."; \
		xvfb-run -a -s "-screen 0 1280x800x24" $(PY) main.py $(ARGS); \
	else \
		$(PY) main.py $(ARGS); \
	fi

test: $(READY) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# Measures timing, cue latency, startup, the progress view and a running workout's cost, and
# writes docs/benchmarks.md. Takes several minutes; not part of `make test`.
bench: $(BUNDLE_READY) translations
	bash tools/install_sound_servers.sh
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.run_all

lint: $(READY)
	$(PY) tools/translation_status.py --check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

format: $(READY)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Adds Plank Timer to the desktop's application menu for the current user (no root needed).
install-desktop: $(READY)
	bash tools/install_desktop.sh

# A one-folder build that needs no Python (PyInstaller; bundle/plank-timer.spec), packed as
# dist/plank-timer-<version>-linux-<arch>.tar.gz with install.sh and uninstall.sh, then tried
# as a user would (bundle-check). About two minutes; not part of `make test`, whose
# tests/bundle checks the bundle's choices without building it.
BUNDLE_READY := $(VENV)/.bundle-ready
$(BUNDLE_READY): $(READY)
	$(PY) -m pip install -q -e '.[bundle]'
	touch $(BUNDLE_READY)

bundle: $(BUNDLE_READY) translations
	$(PY) -m bundle.build
	@if [ "$$(uname -s)" = Linux ]; then $(MAKE) bundle-check; \
	else echo "make bundle: the check (install.sh, Xvfb, /proc) runs on Linux only"; fi

# Unpacks the archive in a temporary home with a clean environment (env -i), installs it, runs
# a workout under Xvfb and D-Bus, checks what the process loaded, exports, uninstalls.
# SHOT=path.png also saves a screenshot of the running workout.
bundle-check: $(BUNDLE_READY)
	@command -v Xvfb >/dev/null && command -v xdotool >/dev/null || bash tools/bootstrap.sh xvfb xdotool
	@[ -z "$(SHOT)" ] || command -v import >/dev/null || bash tools/bootstrap.sh imagemagick
	$(PY) -m bundle.check $(if $(SHOT),--screenshot $(SHOT))

translations: $(QM_FILES)
	@# A .qm whose .ts is gone would still offer its language: remove it.
	@for qm in assets/translations/*.qm; do \
		[ -e "$$qm" ] || continue; \
		[ -e "translations/$$(basename "$${qm%.qm}").ts" ] || rm -f "$$qm"; \
	done

assets/translations/%.qm: translations/%.ts | $(READY)
	@mkdir -p assets/translations
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# After wrapping new strings in tr(): extract them into every .ts file, where they wait as
# "unfinished" for a translator (the completeness test fails until they are translated).
update-translations: $(READY)
	$(LUPDATE) -ts $(filter-out %_en.ts,$(TS_FILES))
	@# English needs only its plural forms ("1 round", "2 rounds" from "%n round(s)").
	$(LUPDATE) -pluralonly -ts translations/plank_timer_en.ts

# A new language: `make add-language CODE=sv` makes translations/plank_timer_sv.ts.
add-language: $(READY)
	@test -n "$(CODE)" || { echo "usage: make add-language CODE=sv" >&2; exit 2; }
	$(LUPDATE) -target-language $(CODE) -ts translations/plank_timer_$(CODE).ts

# The README's table of how complete each language is, counted from the .ts files.
translation-status: $(READY)
	$(PY) tools/translation_status.py --readme README.md

# The .desktop file and the AppStream metadata, with their translations from the .ts files.
desktop-files: $(READY)
	$(PY) tools/make_desktop_files.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist assets/translations
