#!/usr/bin/env bash
# Runs `krait` under valgrind's leak checker on every third golden script
# (or every Nth: tests/valgrind.sh N) and fails if any run reports an error
# or a byte "definitely" or "indirectly" lost. Not part of `cargo test`
# (about 10 minutes); run it after touching object lifetimes.
set -euo pipefail
cd "$(dirname "$0")/.."
step="${1:-3}"
# With the system allocator: valgrind tracks malloc, not mimalloc's pages.
cargo build --release --quiet --no-default-features --target-dir target/valgrind
krait="$PWD/target/valgrind/release/krait"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
checked=0
bad=0
i=0
while IFS= read -r script; do
    i=$((i + 1))
    if (( i % step != 0 )); then continue; fi
    checked=$((checked + 1))
    dir="$(dirname "$script")"
    (cd "$dir" && valgrind --leak-check=full --errors-for-leak-kinds=definite,indirect \
        --error-exitcode=99 "$krait" "$(basename "$script")" </dev/null >/dev/null 2>"$log") \
        && status=0 || status=$?
    if (( status == 99 )) || ! grep -q "definitely lost: 0 bytes\|no leaks are possible" "$log"; then
        bad=$((bad + 1))
        echo "LEAK or ERROR: $script"
        grep -E "definitely lost|indirectly lost|ERROR SUMMARY" "$log" | sed 's/^/    /'
    fi
done < <(find tests/scripts -name '*.py' | sort)
echo "valgrind: $checked scripts checked, $bad with errors or leaks"
(( bad == 0 ))
