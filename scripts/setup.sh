#!/usr/bin/env bash
# Installs what Siar needs to build (and, with --browser, to test), from the
# registries this office's machines reach: crates.io, npm and Debian.
# Idempotent: everything already present at the right version is skipped,
# so a second run takes seconds. Never downloads a prebuilt tool from
# elsewhere: Trunk runs offline with the tools installed here.
set -euo pipefail

cd "$(dirname "$0")/.."
want_browser=false
[[ "${1:-}" == "--browser" ]] && want_browser=true

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

command -v cargo >/dev/null || { echo "Rust (cargo) is required: https://rustup.rs" >&2; exit 1; }
command -v npm >/dev/null || { echo "Node.js and npm are required" >&2; exit 1; }

# 1. The WebAssembly target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. Trunk, pinned: newer releases need a newer rustc than this machine's.
if [[ "$(trunk --version 2>/dev/null)" != "trunk 0.21.14" ]]; then
  say "installing trunk 0.21.14 (a few minutes, once)"
  cargo install trunk --version 0.21.14 --locked
fi

# 3. wasm-bindgen-cli at exactly the version in Cargo.lock (the CLI and the
#    library must match). Without --locked: one of its locked dependencies
#    is missing from the registry here.
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wb_version" ]]; then
  say "installing wasm-bindgen-cli $wb_version (about 8 minutes, once)"
  cargo install wasm-bindgen-cli --version "$wb_version" --force
fi

# 3b. wasm-split-cli, which splits the wasm at its #[lazy] points after
#     Trunk's build (scripts/split.sh), pinned like the rest.
if ! cargo install --list | grep -qx "wasm_split_cli_support v0.2.4:"; then
  say "installing wasm-split-cli 0.2.4 (about a minute, once)"
  cargo install wasm_split_cli_support --version 0.2.4 --features build-binary --locked
fi

# 4. npm tools (wasm-opt from binaryen, playwright-core), exactly as locked.
stamp=node_modules/.siar-lock
if [[ ! -f "$stamp" ]] || ! cmp -s package-lock.json "$stamp"; then
  say "installing npm packages from package-lock.json"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
fi

# 5. Crates, fetched once so that Trunk (offline) and the tests find them.
if ! cargo fetch --locked >/dev/null 2>&1; then
  say "fetching crates"
  cargo fetch --locked
fi

# 6. Chromium and ChromeDriver from Debian, for the browser tests.
if $want_browser && ! { command -v chromium >/dev/null && command -v chromedriver >/dev/null; }; then
  say "installing chromium and chromium-driver from Debian"
  sudo_cmd=""
  [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends chromium chromium-driver
fi

say "ready"
