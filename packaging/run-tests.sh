#!/bin/sh
# Installs what is needed, builds with warnings as errors, checks formatting
# and runs the whole test suite with ctest. The README's test command.
set -eu
cd "$(dirname "$0")/.."

./packaging/install-deps.sh
# playwright-core for the portal's browser test (it uses Debian's Chromium).
if [ ! -d tests/web/browser/node_modules/playwright-core ]; then
    npm ci --prefix tests/web/browser --no-audit --no-fund
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREBOUND_WERROR=ON
cmake --build build -j2
cmake --build build --target format-check
ctest --test-dir build --output-on-failure -j2 --timeout 600
