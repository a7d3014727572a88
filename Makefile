# Stratos front door.  `make run` and `make test` work on a fresh Debian/Ubuntu
# machine: they install what is missing, configure, build (Release) and go.

BUILD_DIR ?= build/release
PRESET    ?= release
JOBS      ?= $(shell nproc 2>/dev/null || echo 2)
CTEST_ARGS ?=

ifeq ($(CI),true)
  PRESET := ci
  BUILD_DIR := build/ci
endif

.PHONY: run test test-asan test-libcxx deps configure build bench clean format package fuzz

run: build
	@echo "==> Starting Stratos"
	./$(BUILD_DIR)/app/stratos

test: build
	@echo "==> Running tests"
	@bash tools/run-tests.sh "$(BUILD_DIR)" $(CTEST_ARGS)

# The whole suite against an AddressSanitizer + UBSan build (build/asan).
test-asan: deps
	@if [ ! -f build/asan/build.ninja ]; then cmake --preset asan; fi
	cmake --build build/asan --parallel $(JOBS)
	@bash tools/run-tests-asan.sh build/asan $(CTEST_ARGS)

# core/ and db/ compiled with clang + libc++ (what Apple's toolchain is closest
# to), compile-only: Debian's Qt is built against libstdc++. Also part of `test`
# (ctest libcxx_core_db); this runs it alone.
test-libcxx: build
	@bash tools/install-deps.sh --libcxx
	@python3 tools/check-libcxx.py "$(BUILD_DIR)" $(JOBS)

deps:
	@bash tools/install-deps.sh

configure: deps
	@if [ ! -f "$(BUILD_DIR)/build.ninja" ]; then \
	  echo "==> Configuring ($(PRESET))"; \
	  cmake --preset $(PRESET) -B "$(BUILD_DIR)" ; \
	fi

build: configure
	@echo "==> Building"
	cmake --build "$(BUILD_DIR)" --parallel $(JOBS)

# libFuzzer targets (clang, build/fuzz), each run FUZZ_SECONDS; docs/fuzzing.md.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
fuzz:
	@FUZZ_TARGETS="$(FUZZ_TARGETS)" JOBS=$(JOBS) bash tools/run-fuzz.sh $(FUZZ_SECONDS)

bench: deps
	cmake --preset bench
	cmake --build build/bench --parallel $(JOBS)
	@bash tools/run-bench.sh build/bench

package: build
	cmake --build "$(BUILD_DIR)" --target package

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf build
