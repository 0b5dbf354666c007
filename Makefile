# Twofold: the commands the README tells you to run.
#   make serve   install missing tools, then serve the widget at http://127.0.0.1:8080/
#   make test    the whole suite (fmt, clippy, native + browser tests, release build,
#                size budget, end-to-end); the same command CI runs
#   make bench   benchmarks (scripts/bench.sh)
#   make dist    the release build into dist/ (scripts/release-build.sh: the pinned nightly,
#                std rebuilt for size; what make test builds and checks)
#   make screens the screenshots in docs/screens/ (scripts/screens.mjs on a fresh dist/:
#                every screen at 320, 768 and 1280 px, light and dark; not a test)
#   make package the LMS packages (SCORM 1.2, SCORM 2004, cmi5) into target/packages/
#                (ACTIVITY=sort:<deck id>|chooser, STANDARD=scorm12|scorm2004|cmi5 narrow it)

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
# make serve's port (tests/serve/ serves on a spare one).
SERVE_PORT ?= 8080

.PHONY: serve test bench setup package dist screens

setup:
	scripts/setup.sh

serve: setup
	PATH=$(CURDIR)/node_modules/.bin:$$PATH trunk serve --address 127.0.0.1 --port $(SERVE_PORT)

test:
	scripts/test.sh

dist: setup
	scripts/release-build.sh --public-url ./

screens: dist
	node scripts/screens.mjs

package: setup
	ACTIVITY="$(ACTIVITY)" STANDARD="$(STANDARD)" scripts/package.sh

bench:
	@if [ -f scripts/bench.sh ]; then \
		bash scripts/bench.sh; \
	else \
		echo "make bench: scripts/bench.sh does not exist yet"; exit 1; \
	fi
