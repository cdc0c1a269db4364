#!/bin/sh
# SQL lives in switch/store/ only: services, the command line and the console
# call typed repository methods (README, Layout). This fails, naming file and
# line, when switch/ or app/ outside switch/store/ uses Qt SQL, calls the
# Database's SQL methods, or holds SQL in a string literal. tests/ is exempt.
#
# Usage: sql-only-in-store.sh SOURCE_DIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "${1:?usage: sql-only-in-store.sh SOURCE_DIR}"

if ! find switch app -type f \( -name '*.cpp' -o -name '*.h' \) ! -path 'switch/store/*' | sort |
    xargs awk -f "$here/sql-only-in-store.awk"; then
    echo "SQL belongs in switch/store/: move it into a repository there and call that." >&2
    exit 1
fi
echo "No SQL outside switch/store/."
