#!/bin/sh
# Builds the IVR prompt set from text: one WAV per `name|text` line of
# <lang>/prompts.txt, spoken by espeak-ng and converted by sox to what the
# media engine plays (8 kHz, mono, 16-bit PCM WAV). Re-run it after editing the
# text, or replace any WAV with a studio recording in the same format.
#
#   resources/prompts/make-prompts.sh                   every language folder
#   resources/prompts/make-prompts.sh LANG [VOICE]      e.g. make-prompts.sh es es-419
#
# Each language has a default espeak-ng voice (`espeak-ng --voices=LANG`
# lists the others): en-us, es (Castilian; es-419 is Latin American) and
# fr-fr.
set -eu

here="$(cd "$(dirname "$0")" && pwd)"
if [ $# -eq 0 ]; then
    for list in "$here"/*/prompts.txt; do
        "$0" "$(basename "$(dirname "$list")")"
    done
    exit 0
fi
lang="$1"
case "$lang" in
    en) default_voice=en-us ;;
    fr) default_voice=fr-fr ;;
    *) default_voice="$lang" ;;
esac
voice="${2:-$default_voice}"
dir="$here/$lang"
list="$dir/prompts.txt"

for tool in espeak-ng sox; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "make-prompts: $tool is missing; run packaging/install-deps.sh" >&2
        exit 1
    fi
done
if [ ! -f "$list" ]; then
    echo "make-prompts: no prompt list at $list" >&2
    exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

count=0
# `|| [ -n "$name" ]` keeps a last line that has no newline.
while IFS='|' read -r name text || [ -n "$name" ]; do
    case "$name" in '' | '#'*) continue ;; esac
    if [ -z "$text" ]; then
        echo "make-prompts: $list: '$name' has no text" >&2
        exit 1
    fi
    # Speed 150 words/min is easier to follow on a phone line than the default.
    espeak-ng -v "$voice" -s 150 -w "$tmp/raw.wav" "$text"
    # Trim leading/trailing silence so playlists of several files sound like
    # one sentence, then add 60 ms back at the end as a natural word gap.
    sox "$tmp/raw.wav" -r 8000 -c 1 -b 16 -e signed-integer "$dir/$name.wav" \
        silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse pad 0 0.06 norm -3
    count=$((count + 1))
done < "$list"
echo "make-prompts: wrote $count prompts to $dir"
