# Chip Paths — the project's commands. Each one installs what it needs first (scripts/setup.sh),
# so they work on a fresh machine; on a warm one the installs are skipped in seconds.
#   make serve   dev server with live reload on http://127.0.0.1:8080
#   make test    fmt, clippy, native + browser tests, release build, end-to-end tests
#   make test-engines  only the cross-engine smoke suite (Firefox, WebKit, Chromium) on dist/
#                (ENGINES="firefox webkit" picks engines; builds dist/ when there is none)
#   make test-plain  a release build with the size tricks off (CHIP_PATHS_NO_SIZE_TRICKS=1) into
#                .tools/plain-dist, and every end-to-end test that runs on one build against it
#   make dist    release build into dist/ (relative paths; copy it anywhere) + size report
#   make size    size report of dist/ (raw, gzip, brotli, first-load total)
#   make screenshot  docs/screenshot.png of the release build (after make dist)
#   make fuzz-data  long hostile-data campaign: mutated world files through build-time
#                validation (CHIP_PATHS_FUZZ_CASES, default 100000; CHIP_PATHS_FUZZ_SEED)
#   make fuzz    long fuzz campaign: tests/fuzz.rs (link parser, binary loader, embed messages;
#                CHIP_PATHS_FUZZ_CASES per target, default 1000000), then make fuzz-data with
#                as many (about an hour for the data files on 2 cores)
#   make setup   install everything serve and test need
#   make clean   remove dist/ and the scripts' logs (and target/ when it is inside the repo)
SHELL := /usr/bin/env bash

.PHONY: serve test test-engines test-plain dist size screenshot setup clean fuzz fuzz-data

serve:
	@scripts/serve.sh

test:
	@scripts/test.sh

test-engines:
	@scripts/test-engines.sh

test-plain:
	CHIP_PATHS_NO_SIZE_TRICKS=1 scripts/dist.sh --dist .tools/plain-dist
	CHIP_PATHS_DIST=.tools/plain-dist node --test --test-timeout=120000 \
		$$(ls e2e/*.test.mjs | grep -v -e cache.test -e broken-data.test)

dist:
	@scripts/dist.sh

size:
	@node scripts/size.mjs dist

screenshot:
	@node scripts/screenshot.mjs

fuzz:
	CHIP_PATHS_FUZZ_CASES=$${CHIP_PATHS_FUZZ_CASES:-1000000} cargo test --profile fuzz-data \
		--test fuzz -- --nocapture
	@CHIP_PATHS_FUZZ_CASES=$${CHIP_PATHS_FUZZ_CASES:-1000000} $(MAKE) --no-print-directory fuzz-data

fuzz-data:
	CHIP_PATHS_FUZZ_CASES=$${CHIP_PATHS_FUZZ_CASES:-100000} cargo test --profile fuzz-data \
		--test hostile_data -- --nocapture

setup:
	@scripts/setup.sh test
	@scripts/setup-engines.sh

clean:
	rm -rf dist .tools
	@if [ -z "$$CARGO_TARGET_DIR" ]; then cargo clean; else echo "not cleaning shared CARGO_TARGET_DIR=$$CARGO_TARGET_DIR"; fi
