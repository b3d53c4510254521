#!/usr/bin/env bash
# Binary-size effect of the `lang-*` features: builds the `tapi-consts`
# command-line tool (release, stripped) with every language, without
# German, without French, and English only, and prints each size and
# whether a French and a German sentence are in the binary.
# Usage: bench/lang-size/run.sh   (from the workspace root; ~3 minutes)
set -euo pipefail
cd "$(dirname "$0")/../.."
# The size a user's build has: not the workspace's benchmark alignment
# (.cargo/config.toml), which pads every function.
export RUSTFLAGS=""
target="${CARGO_TARGET_DIR:-target}/lang-size"
# A French and a German description that only those languages contain.
fr_marker="post-traitement"
de_marker="Nachbearbeitung"

printf '| features | binary (stripped) | French texts | German texts |\n|---|---|---|---|\n'
for features in "lang-fr,lang-de" "lang-fr" "lang-de" ""; do
    dir="$target/${features:-none}"
    CARGO_TARGET_DIR="$dir" cargo build -q --release -p tapi-consts-cli \
        --no-default-features ${features:+--features "$features"}
    bin="$dir/release/tapi-consts"
    strip -o "$dir/stripped" "$bin"
    size=$(stat -c %s "$dir/stripped")
    fr=$(grep -c -a "$fr_marker" "$dir/stripped" || true)
    de=$(grep -c -a "$de_marker" "$dir/stripped" || true)
    printf '| `%s` | %s bytes | %s | %s |\n' "${features:-(none)}" "$size" \
        "$([ "$fr" -gt 0 ] && echo present || echo absent)" \
        "$([ "$de" -gt 0 ] && echo present || echo absent)"
done
