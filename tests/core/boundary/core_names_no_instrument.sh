#!/usr/bin/env bash
# The core only discovers instruments (issue 13): no file under core/ may name
# one of the in-tree instruments, their item types or the private keys of
# their output. What an instrument shows is its plugin's (report sections,
# charts, demo answers, long sheets: core/include/sonda/plugin/). Whole words,
# any case, in code and comments alike: a comment that names an instrument is
# where the next special case starts.
# usage: core_names_no_instrument.sh FOLDER
set -euo pipefail
folder="$1"
[[ -d "$folder" ]] || { echo "FAIL: no folder $folder" >&2; exit 2; }

names=(
    # the instruments' ids
    'network-dimensions' 'team-expectations' 'objectives-monitoring'
    # their item types and charts
    'network[-_ ]maps?' 'objective_list' 'heatmaps?'
    # the private keys and words of their output
    'theme_counts' 'themes?' 'rings' 'objectives?' 'actors?'
)
pattern="$(IFS='|'; echo "${names[*]}")"
if found="$(grep -rniwE --include='*.cpp' --include='*.hpp' --include='*.h' \
                --include='*.cmake' --include='CMakeLists.txt' --include='*.md' \
                "$pattern" "$folder")"; then
    echo "FAIL: files under $folder name an instrument or its private keys:" >&2
    echo "$found" >&2
    exit 1
fi
echo "no file under $folder names an instrument ($(grep -rlI '' "$folder" | wc -l) files read)"
