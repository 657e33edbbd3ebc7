#!/usr/bin/env bash
# The benchmark (issue 11): builds the release, writes plan files with the
# project's generator, serves the build and measures it in headless
# Chromium. Prints a table of each figure beside its target and writes the
# details to target/bench/results.json. Not part of scripts/test.sh: it is
# slow and its timings depend on the machine (each speed figure is
# therefore a ratio of two timings taken side by side).
#   scripts/bench.sh            # BENCH_RUNS=7 repetitions per timing
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
out=target/bench
mkdir -p "$out"

echo "== release build" >&2
trunk build --release --dist "$out/dist" >&2

echo "== data" >&2
cargo build --locked --release --example generate_plan >&2
gen=target/release/examples/generate_plan
[ -s "$out/plan-10000.json" ] || "$gen" 10000 > "$out/plan-10000.json"
[ -s "$out/plan-10.json" ] || "$gen" 10 2026-11-01 2026-11-30 > "$out/plan-10.json"
[ -s "$out/month-300.json" ] || "$gen" 300 2026-12-01 2026-12-31 > "$out/month-300.json"

echo "== measuring" >&2
node bench/run.mjs "$out/dist" "$out" "$out/results.json"
