#!/bin/sh
# Trunk post-build hook: splits the app's WebAssembly at its `#[lazy]`
# points (src/ui/lazy.rs), so that the first load holds only the shell and
# the calendar. Run by Trunk with TRUNK_STAGING_DIR set, before csp.sh and
# service-worker.sh (see Trunk.toml), so that the chunks are cached offline.
#
# Trunk has already built the wasm (with relocations kept, see
# .cargo/config.toml) and run wasm-bindgen on it; its loader and file names
# stay. This redoes the last steps on the split module, as cargo-leptos
# --split does:
#   1. wasm-split-cli (crate wasm_split_cli_support) cuts Cargo's wasm into
#      the main module, one module per split point and the chunks several
#      of them share, plus a JavaScript link file that fetches them;
#   2. wasm-bindgen on the main module, under Trunk's own file names;
#   3. in release builds, wasm-opt -Oz on every module (Trunk's own
#      wasm-opt is off: data-wasm-opt="0" in index.html; SIAR_WASM_OPT=0
#      skips it, for a profile with function names);
#   4. the chunks and the link file go to split/, each named by a hash of
#      its bytes, so a browser cache never pairs old and new files;
#   5. the <link rel=preload> integrity hashes are brought up to date, and
#      the link file is preloaded beside the main glue that imports it.
set -eu
src=${TRUNK_SOURCE_DIR:-$(pwd)}
export PATH="$src/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cd "${TRUNK_STAGING_DIR:?run by trunk}"
profile=${TRUNK_PROFILE:-debug}
input="${CARGO_TARGET_DIR:-$src/target}/wasm32-unknown-unknown/$profile/siar.wasm"
js=$(ls siar-*.js)
name=${js%.js}
[ -f "${name}_bg.wasm" ] || { echo "split.sh: no ${name}_bg.wasm from Trunk" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wasm-split-cli "$input" "$work/split" --out-name "$name" --target web >/dev/null
mv "$work/split/$name.wasm" "$work/main.wasm"
wasm-bindgen --target web --no-typescript --keep-lld-exports \
  --out-name "$name" --out-dir "$work/bindgen" "$work/main.wasm"

# SIAR_WASM_OPT=0 keeps the function names (for a CPU profile).
if [ "$profile" = release ] && [ "${SIAR_WASM_OPT:-1}" != 0 ]; then
  # (wasm-opt does not know the names section's newer subsections and
  # says so once per module: not worth a line each.)
  find "$work/split" "$work/bindgen" -name '*.wasm' -print0 |
    xargs -0 -P "$(nproc)" -I{} wasm-opt -Oz --enable-bulk-memory \
      --enable-nontrapping-float-to-int {} -o {} 2>"$work/opt.log" ||
    { cat "$work/opt.log" >&2; exit 1; }
  grep -v "unknown name subsection" "$work/opt.log" >&2 || true
fi

short_hash() { sha256sum "$1" | cut -c1-16; }
link="$work/split/__wasm_split.js"
rm -rf split && mkdir split
for f in "$work"/split/*.wasm; do
  base=$(basename "$f" .wasm)
  hashed="$base-$(short_hash "$f").wasm"
  mv "$f" "split/$hashed"
  sed -i "s|\"\./$base\.wasm\"|\"./$hashed\"|" "$link"
done
# The link file sits in split/, the main module's glue one level up.
sed -i "s|from \"\./$name\.js\"|from \"../$name.js\"|" "$link"
link_name="link-$(short_hash "$link").js"
mv "$link" "split/$link_name"
# Only the module specifiers change: the wasm's import keys stay.
sed "s|from \"\./__wasm_split\.js\"|from \"./split/$link_name\"|g" "$work/bindgen/$name.js" >"$name.js"
mv "$work/bindgen/${name}_bg.wasm" "${name}_bg.wasm"
grep -q "from \"\./__wasm_split\.js\"" "$name.js" && {
  echo "split.sh: a reference to __wasm_split.js is left" >&2
  exit 1
}

sri() {
  node -e 'const c = require("crypto"), fs = require("fs");
    process.stdout.write("sha384-" + c.createHash("sha384").update(fs.readFileSync(process.argv[1])).digest("base64"))' "$1"
}
# Trunk's <link rel=preload> tags carry integrity hashes of its own files.
for f in "$name.js" "${name}_bg.wasm"; do
  sed -i "s|\(href=\"[^\"]*$f\"[^>]*integrity=\"\)[^\"]*\"|\1$(sri "$f")\"|" index.html
done
# The main glue imports the link file: fetched beside it, not after it.
sed -i "s|\(<link rel=\"modulepreload\" href=\"\([^\"]*\)$name\.js\"[^>]*>\)|\1<link rel=\"modulepreload\" href=\"\2split/$link_name\" crossorigin=\"anonymous\" integrity=\"$(sri "split/$link_name")\">|" index.html
grep -q "split/$link_name" index.html || {
  echo "split.sh: no modulepreload of Trunk's glue to put the link file beside" >&2
  exit 1
}
echo "split: $(ls split/*.wasm | wc -l) modules split off; first load wasm $(wc -c <"${name}_bg.wasm") bytes"
