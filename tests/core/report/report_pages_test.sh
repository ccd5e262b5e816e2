#!/usr/bin/env bash
# Issue 12, point 7: the full HTML report of each demo form prints in at most
# 12 A4 pages. Builds the demo, writes `sonda report --format html --lang it`
# for every form it holds, prints each to an A4 PDF in Debian's headless
# Chromium (installed by `script/bootstrap --test`, as chromium_render_test.sh)
# and counts the pages with pdfinfo. The PDFs and a 50 dpi picture of each
# first page stay in OUTDIR for a person to look at.
# usage: report_pages_test.sh SONDA OUTDIR
set -euo pipefail

sonda="$1"
out="$2"
max_pages=12
browser="$(command -v chromium || true)"
[[ -n "$browser" ]] || { echo "FAIL: chromium is not installed; run script/bootstrap --test" >&2; exit 1; }
for tool in pdfinfo pdftoppm; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (poppler-utils); run script/bootstrap --test" >&2; exit 1; }
done

mkdir -p "$out"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
db="$profile/demo.db"
"$sonda" demo --db "$db" >/dev/null

# Every form with responses (a form the demo only ships has nothing to report):
# FORM vN  PLUGIN  ITEMS  RESPONSES  TITLE.
forms="$("$sonda" forms list --db "$db" | awk 'NR > 1 && $5 > 0 { print $1 }' | sort -u)"
(( $(wc -w <<<"$forms") >= 3 )) || { echo "FAIL: the demo has responses to fewer than 3 forms: $forms" >&2; exit 1; }

fail=0
for form in $forms; do
    html="$out/report-$form.html"
    pdf="$out/report-$form.pdf"
    "$sonda" report --db "$db" --form "$form" --format html --lang it --out "$html"
    rm -f "$pdf"
    # --no-pdf-header-footer: no date, title and file URL in the margins.
    timeout 180 "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$profile/chromium" --no-pdf-header-footer \
        --print-to-pdf="$pdf" "file://$(realpath "$html")" >/dev/null 2>"$profile/print.log" || {
        echo "FAIL: chromium --print-to-pdf exited with $? for $form" >&2; cat "$profile/print.log" >&2; exit 1; }
    [[ -s "$pdf" ]] || { echo "FAIL: no PDF written for $form" >&2; exit 1; }
    info="$(pdfinfo "$pdf")"
    pages="$(awk '/^Pages:/ { print $2 }' <<<"$info")"
    size="$(awk -F': *' '/^Page size:/ { print $2 }' <<<"$info")"
    # The report's @page rule asks for A4 portrait; pdfinfo names the paper.
    if [[ "$size" != *"(A4)"* || "${size%% x *}" != 59* ]]; then echo "FAIL: $form printed on '$size', not A4 portrait" >&2; fail=1; fi
    pdftoppm -r 50 -png -f 1 -l 1 "$pdf" "$out/report-$form-page"
    if (( pages > max_pages )); then
        echo "FAIL: $form prints in $pages A4 pages, more than $max_pages" >&2; fail=1
    else
        echo "$form: $pages A4 pages ($pdf)"
    fi
done
exit $fail
