#!/usr/bin/env bash
# Installs what is missing, then runs every check and test of Siar:
#   1. formatting and lints (native and wasm32)
#   2. native tests of the domain (cargo test)
#   3. browser tests of storage and glue (wasm-bindgen-test in headless Chromium)
#   4. the release build, then end-to-end tests that drive it in Chromium
# Stops at the first failure and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "lints (native)"
cargo clippy --locked --all-targets -- -D warnings
step "lints (wasm32)"
cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings

step "native tests"
cargo test --locked

step "browser tests (wasm-bindgen-test, headless Chromium)"
# The hostile-file suite reads 900 files (some of 25 MiB) in a debug build:
# more than the runner's default 20 s for one test binary.
WASM_BINDGEN_TEST_TIMEOUT=180 CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --target wasm32-unknown-unknown --test '*'

step "release build"
trunk build --release

step "end-to-end tests (release build in Chromium)"
node --test --test-concurrency=1 e2e/
