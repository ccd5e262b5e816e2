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
# In the sanitizer build (ASAN_OPTIONS set) the windowed runs keep every ASan
# and UBSan check but the leak check: Mesa's software GL (llvmpipe) leaves a
# few hundred bytes allocated from its run-time generated code, which no
# suppression can name. sonda's own GUI code is leak-checked by test_gui and
# test_dashboard, which draw without a window.
if [[ -n "${ASAN_OPTIONS:-}" ]]; then
    export ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0"
fi
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

# A picture for slides is the panel alone: without the sidebar it is narrower
# than the window; in presentation mode there is no sidebar to leave out.
for mode in panel presentation; do
    png="$out/slide-$mode.png"
    extra=()
    [[ "$mode" == presentation ]] && extra=(--presentation)
    xvfb-run -a -s "-screen 0 1400x900x24" \
        "$dashboard" --db "$out/demo.db" --view network-dimensions.dimensions --lang it \
        --screenshot-panel "${extra[@]}" --screenshot "$png" --size 1280x720 \
        >"$png.log" 2>&1 || { cat "$png.log"; echo "FAIL: $mode picture did not render"; exit 1; }
    width=$(identify -format '%w' "$png")
    colours=$(identify -format '%k' "$png")
    (( colours > 50 )) || { echo "FAIL: the $mode picture is empty ($colours colours)"; exit 1; }
    if [[ "$mode" == panel ]]; then
        (( width < 1000 )) || { echo "FAIL: the panel picture is $width px wide: sidebar in it?"; exit 1; }
    else
        (( width > 1200 )) || { echo "FAIL: presentation mode is $width px wide: sidebar still there?"; exit 1; }
    fi
    echo "ok: $mode picture, $width px wide"
done

# Every panel must show something of its own.
duplicates=$(md5sum "$out"/*.png | awk '{print $1}' | sort | uniq -d)
[[ -z "$duplicates" ]] || { echo "FAIL: some panels rendered identical screenshots"; md5sum "$out"/*.png; exit 1; }

# Disclosure control in pictures. Pixels of the alert red (gui/colors.hpp
# kAlert): the suppression-off banner is a band of them; a protected view has
# none.
red_pixels() {
    convert "$1" -fuzz 4% -fill black +opaque "rgb(190,20,20)" -fill white -opaque "rgb(190,20,20)" \
        -format '%[fx:round(mean*w*h)]' info:
}
for view in "${views[@]}"; do
    red=$(red_pixels "$out/$view.png")
    (( red < 50 )) || { echo "FAIL: $view shows $red alert-red pixels without suppression off"; exit 1; }
done
mkdir -p "$out/disclosure"
shots=0
for case in "overview en" "network-dimensions.dimensions it"; do
    read -r view lang <<<"$case"
    png="$out/disclosure/small-groups-$view-$lang.png"
    xvfb-run -a -s "-screen 0 1400x900x24" \
        "$dashboard" --db "$out/demo.db" --view "$view" --lang "$lang" --from workshop-1 --to workshop-2 \
        --no-suppression --min-cell 2 --screenshot "$png" --size 1280x800 \
        >"$png.log" 2>&1 || { cat "$png.log"; echo "FAIL: $view with small groups did not render"; exit 1; }
    red=$(red_pixels "$png")
    (( red > 5000 )) || { echo "FAIL: $view with small groups has no banner ($red alert-red pixels)"; exit 1; }
    echo "ok: $view, small groups shown, banner in the picture ($red alert-red pixels)"
    shots=$((shots + 1))
done
# Below the study's min_cell without --no-suppression: refused, like `sonda report`.
if "$dashboard" --db "$out/demo.db" --min-cell 2 --screenshot "$out/disclosure/refused.png" \
        >"$out/disclosure/refused.log" 2>&1; then
    echo "FAIL: --min-cell 2 without --no-suppression was accepted"; exit 1
fi
grep -q -- "--no-suppression" "$out/disclosure/refused.log" || { cat "$out/disclosure/refused.log"; exit 1; }
# Two of four territories: the territories and a note instead of their total.
png="$out/disclosure/two-territories.png"
xvfb-run -a -s "-screen 0 1400x900x24" \
    "$dashboard" --db "$out/demo.db" --lang en --from workshop-1 --to workshop-2 \
    --territory livorno,sds_pistoiese --screenshot "$png" --size 1280x800 \
    >"$png.log" 2>&1 || { cat "$png.log"; echo "FAIL: two territories did not render"; exit 1; }
echo "ok: two territories"
echo "$(( ${#views[@]} + shots + 2 )) passed, 0 failed"
