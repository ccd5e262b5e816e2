#!/usr/bin/env bash
# Renders an HTML report in a real headless Chromium (Debian's chromium,
# installed by `script/bootstrap --test`) and fails unless the page rendered
# without errors: the report's marker element and its charts are in the DOM,
# no script ran, nothing was refused or failed to load, and the A4-sized
# screenshot is a real picture (more than one colour). The screenshot stays
# in the build directory for a person to look at.
# usage: chromium_render_test.sh REPORT.html SCREENSHOT.png
set -euo pipefail

html="$1"
screenshot="$2"
browser="$(command -v chromium || true)"
if [[ -z "$browser" ]]; then
    echo "FAIL: chromium is not installed; run script/bootstrap --test" >&2
    exit 1
fi
command -v identify >/dev/null || { echo "FAIL: ImageMagick's identify is missing; run script/bootstrap --test" >&2; exit 1; }
[[ -s "$html" ]] || { echo "FAIL: no report at $html" >&2; exit 1; }

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
       --disable-background-networking --disable-component-update --disable-sync
       --user-data-dir="$profile" --enable-logging=stderr --v=0 --window-size=1240,1754)
url="file://$(realpath "$html")"

timeout 120 "$browser" "${flags[@]}" --dump-dom "$url" >"$profile/dom.html" 2>"$profile/dom.log" || {
    echo "FAIL: chromium --dump-dom exited with $?" >&2; cat "$profile/dom.log" >&2; exit 1; }
rm -f "$screenshot"
timeout 120 "$browser" "${flags[@]}" --screenshot="$screenshot" "$url" >/dev/null 2>"$profile/shot.log" || {
    echo "FAIL: chromium --screenshot exited with $?" >&2; cat "$profile/shot.log" >&2; exit 1; }

fail=0
check_dom() {  # description, extended regex that must match the rendered DOM
    if ! grep -Eq "$2" "$profile/dom.html"; then echo "FAIL: $1" >&2; fail=1; fi
}
check_dom "report marker element rendered" '<main id="sonda-report"'
check_dom "a section per group" '<section class="group"'
check_dom "charts rendered as SVG in the DOM" '<circle class="estimate"'
check_dom "network maps drawn" 'class="network-map"'
check_dom "objective transitions table" '<table class="data transitions">'
check_dom "stalled objectives highlighted" '<tr class="stalled">'
check_dom "escaped free text shown as text" '&lt;script&gt;document\.body\.setAttribute'
if grep -Eq 'data-pwned="1"|<script' "$profile/dom.html"; then
    echo "FAIL: markup from the data became live in the page" >&2; fail=1
fi
# Chromium logs console errors, CSP refusals and failed loads to stderr.
if grep -Ei 'CONSOLE|Refused to|Failed to load|net::ERR_|Uncaught' "$profile/dom.log" "$profile/shot.log"; then
    echo "FAIL: the page logged errors (above)" >&2; fail=1
fi

[[ -s "$screenshot" ]] || { echo "FAIL: no screenshot written" >&2; exit 1; }
size="$(identify -format '%w %h' "$screenshot")"
colours="$(identify -format '%k' "$screenshot")"
if [[ "$size" != "1240 1754" ]]; then echo "FAIL: screenshot is $size, expected 1240 1754" >&2; fail=1; fi
if (( colours < 16 )); then echo "FAIL: screenshot has only $colours colours: blank page?" >&2; fail=1; fi

echo "rendered $(basename "$html"): DOM $(wc -c <"$profile/dom.html") bytes, screenshot $screenshot ($size, $colours colours)"
exit $fail
