#!/bin/sh
# Every translations/rebound_*.ts is current and finished: lupdate, run with
# the options CMakeLists.txt gives qt_add_translations (-no-obsolete
# -locations none) over the same sources (switch/ and app/, *.cpp and *.h,
# with switch/ and app/ as include paths so classes in namespaces get the
# contexts tr() uses at run time),
# must leave a copy of the file unchanged, and no entry may be unfinished.
# rebound_en.ts is the source language: it holds only the English plural
# forms, so it is updated with -pluralonly as it is maintained by hand.
# The files in the tree are never written.
#
# Usage: translations-current.sh SOURCE_DIR [LUPDATE]
set -eu
source_dir=$(cd "${1:?usage: translations-current.sh SOURCE_DIR [LUPDATE]}" && pwd)
lupdate=${2:-}
if [ -z "$lupdate" ]; then
    if [ -x /usr/lib/qt6/bin/lupdate ]; then
        lupdate=/usr/lib/qt6/bin/lupdate
    else
        lupdate=$(command -v lupdate) || {
            echo "lupdate not found: pass its path as the second argument." >&2
            exit 2
        }
    fi
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$source_dir"
find switch app -type f \( -name '*.cpp' -o -name '*.h' \) | sort | sed "s|^|$source_dir/|" >"$work/sources.lst"

set -- translations/rebound_*.ts
if [ ! -e "$1" ]; then
    echo "No translations/rebound_*.ts in $source_dir." >&2
    exit 2
fi

failed=0
for ts in "$@"; do
    name=$(basename "$ts")
    copy="$work/$name"
    cp "$ts" "$copy"
    extra=
    case "$name" in
    rebound_en.ts) extra=-pluralonly ;;
    esac
    # lupdate's notes about C++ it cannot follow go to a log, shown only when it fails.
    # shellcheck disable=SC2086 # $extra is one option or none
    if ! "$lupdate" -silent $extra -no-obsolete -locations none \
        -I "$source_dir/switch" -I "$source_dir/app" "@$work/sources.lst" -ts "$copy" \
        >"$work/lupdate.log" 2>&1; then
        cat "$work/lupdate.log" >&2
        echo "$ts: lupdate failed." >&2
        failed=1
        continue
    fi
    if ! cmp -s "$ts" "$copy"; then
        echo "$ts is stale: lupdate would change it (first lines of the difference):"
        diff -u "$ts" "$copy" | sed -n '3,40p'
        failed=1
    fi
    # Counted in lupdate's copy, so new strings count as unfinished too.
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    if [ "$unfinished" -gt 0 ]; then
        echo "$ts: $unfinished unfinished entries, such as:"
        grep -B4 'type="unfinished"' "$copy" | grep '<source>' | sed -n '1,5p'
        failed=1
    fi
done

if [ "$failed" -ne 0 ]; then
    cat >&2 <<'EOF'
Bring the translations up to date, from the source folder:
  find switch app -name '*.cpp' -o -name '*.h' | sort > /tmp/sources.lst
  lupdate -no-obsolete -locations none -I switch -I app @/tmp/sources.lst -ts translations/rebound_xx.ts
  lupdate -pluralonly -no-obsolete -locations none -I switch -I app @/tmp/sources.lst \
      -ts translations/rebound_en.ts
then finish every unfinished entry in Linguist. (The update_translations target
suits every language but English: it would fill rebound_en.ts with every string.)
EOF
    exit 1
fi
echo "Every translation is current and finished: $*"
