#!/usr/bin/env bash
# End to end: builds the demo database, opens the real dashboard in a real
# window under Xvfb once per panel, and checks every screenshot is a real
# picture (many colours, the requested size) and differs from every other.
set -euo pipefail
sonda="$1"
dashboard="$2"
out="$3"
rm -rf "$out"
mkdir -p "$out"
"$sonda" demo --db "$out/demo.db" >"$out/demo.log"

views=(overview network-dimensions.dimensions network-dimensions.map entry)
# The other instruments' panels, when their modules registered any.
for view in $("$dashboard" --db "$out/demo.db" --list-views 2>/dev/null | grep -v -x -e overview -e entry \
              -e network-dimensions.dimensions -e network-dimensions.map || true); do
    views+=("$view")
done

for view in "${views[@]}"; do
    xvfb-run -a -s "-screen 0 1400x900x24" \
        "$dashboard" --db "$out/demo.db" --view "$view" --screenshot "$out/$view.png" --size 1280x800 \
        >"$out/$view.log" 2>&1 || { cat "$out/$view.log"; echo "FAIL: $view did not render"; exit 1; }
    [[ -s "$out/$view.png" ]] || { echo "FAIL: no screenshot for $view"; exit 1; }
    size=$(identify -format '%wx%h' "$out/$view.png")
    [[ "$size" == "1280x800" ]] || { echo "FAIL: $view is $size, not 1280x800"; exit 1; }
    colours=$(identify -format '%k' "$out/$view.png")
    (( colours > 50 )) || { echo "FAIL: $view has only $colours colours: an empty window?"; exit 1; }
    echo "ok: $view ($colours colours)"
done

# Every panel must show something of its own.
duplicates=$(md5sum "$out"/*.png | awk '{print $1}' | sort | uniq -d)
[[ -z "$duplicates" ]] || { echo "FAIL: some panels rendered identical screenshots"; md5sum "$out"/*.png; exit 1; }
echo "${#views[@]} passed, 0 failed"
