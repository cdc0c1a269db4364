#!/bin/sh
# test-package.sh BUILD_DIR VERSION SOURCE_DIR
# Makes the Debian package from an already built tree (cpack, no rebuild),
# checks it (lintian errors, desktop-file-validate, appstreamcli, stripped
# binaries, man pages), installs it with apt-get as a user would, runs the
# installed switch, and purges it again, leaving the machine as it was.
# Exit 77 (ctest: skipped) when not root or when rebound is already installed.
set -eu
build=$(cd "$1" && pwd)
version=$2
source=$(cd "$3" && pwd)

say() { printf 'test-package: %s\n' "$*"; }
fail() {
    say "FAIL: $*" >&2
    exit 1
}

if [ "$(id -u)" -ne 0 ]; then
    say "SKIP: installing a package needs root (run as root, as CI does)"
    exit 77
fi
if dpkg-query -W -f='${Status}' rebound 2>/dev/null | grep -q "ok installed"; then
    say "SKIP: a rebound package is already installed here; it is left alone"
    exit 77
fi
for tool in cpack apt-get dpkg-deb lintian desktop-file-validate appstreamcli systemd-analyze readelf runuser; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing; run packaging/install-deps.sh"
done

work=$(mktemp -d)
installed=no
serve_pid=
cleanup() {
    if [ -n "$serve_pid" ]; then
        kill "$serve_pid" 2>/dev/null || true
    fi
    if [ "$installed" = yes ]; then
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq -o DPkg::Lock::Timeout=300 rebound >"$work/cleanup.log" 2>&1 ||
            cat "$work/cleanup.log" >&2
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# --- the package file -------------------------------------------------------
cpack --config "$build/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/pkg/rebound_"$version"_*.deb) || fail "no rebound_${version}_*.deb made"
say "built $(basename "$deb"), $(stat -c %s "$deb") bytes, Installed-Size $(dpkg-deb -f "$deb" Installed-Size) KiB"

# lintian runs in the background while the rest is checked.
lintian --fail-on error "$deb" >"$work/lintian.log" 2>&1 &
lintian_pid=$!

root="$work/root"
dpkg-deb -x "$deb" "$root"
for program in rebound rebound-switch; do
    file="$root/usr/bin/$program"
    [ -x "$file" ] || fail "/usr/bin/$program is not in the package"
    if readelf -S "$file" | grep -q -e '\.debug_info' -e '\.symtab'; then
        fail "/usr/bin/$program is not stripped"
    fi
    [ -s "$root/usr/share/man/man1/$program.1.gz" ] || fail "no man page for $program"
done
zcat "$root/usr/share/man/man1/rebound-switch.1.gz" | grep -q '^\.SS restore' ||
    fail "rebound-switch(1) lacks the commands' own help"
for size in 16 32 48 64 128 256; do
    [ -s "$root/usr/share/icons/hicolor/${size}x$size/apps/rebound.png" ] || fail "no ${size}px icon"
done
for lang in en es fr; do
    [ -s "$root/usr/share/rebound/prompts/$lang/you-have.wav" ] || fail "no $lang IVR prompts"
done
[ -s "$root/usr/share/doc/rebound/copyright" ] || fail "no copyright file"
gzip -t "$root/usr/share/doc/rebound/changelog.gz" || fail "no changelog.gz"
desktop-file-validate "$root/usr/share/applications/rebound.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root"/usr/share/metainfo/*.metainfo.xml >"$work/appstream.log" 2>&1 ||
    { cat "$work/appstream.log" >&2; fail "appstreamcli validate"; }

if ! wait "$lintian_pid"; then
    cat "$work/lintian.log" >&2
    fail "lintian reports errors"
fi
say "lintian: $(grep -c '^[EWI]: ' "$work/lintian.log" || true) tags, no error"

# --- installed --------------------------------------------------------------
cd "$work/pkg"
installed=yes
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "./$(basename "$deb")" \
    >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "apt-get install"; }
cd /

answer=$(rebound-switch --version)
[ "$answer" = "rebound-switch $version" ] || fail "rebound-switch --version said '$answer'"
answer=$(QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work" rebound --version 2>/dev/null)
[ "$answer" = "rebound $version" ] || fail "rebound --version said '$answer'"
getent passwd rebound >/dev/null || fail "no system user rebound"
[ "$(stat -c '%a %U' /var/lib/rebound)" = "700 rebound" ] ||
    fail "/var/lib/rebound is $(stat -c '%a %U' /var/lib/rebound), not 700 rebound"
systemd-analyze verify /lib/systemd/system/rebound-switch.service >"$work/verify.log" 2>&1 ||
    { cat "$work/verify.log" >&2; fail "systemd-analyze verify"; }

# A fresh database from the installed files, and the installed switch
# finding the installed prompts.
mkdir "$work/run"
db="$work/run/demo.sqlite"
rebound-switch --db "$db" demo >"$work/demo.log" 2>&1 || { cat "$work/demo.log" >&2; fail "demo"; }
rebound-switch --db "$db" accounts list | grep -q 1001 || fail "no demo subscriber 1001"
# The binary also knows the prompts of the tree it was built from: hide them
# (a private mount namespace) so only the installed ones can be found.
if unshare -m true 2>/dev/null; then
    # shellcheck disable=SC2016 # expanded by the inner sh
    unshare -m sh -c 'mount -t tmpfs none "$0" && exec "$@"' "$source/resources/prompts" \
        rebound-switch --db "$db" serve --sip-listen 127.0.0.1:0 --web-listen off >"$work/serve.log" 2>&1 &
else
    say "cannot hide $source/resources/prompts (no unshare -m): the prompt check is weaker"
    rebound-switch --db "$db" serve --sip-listen 127.0.0.1:0 --web-listen off >"$work/serve.log" 2>&1 &
fi
serve_pid=$!
timeout 30 sh -c "until grep -q 'running, SIP on' '$work/serve.log'; do sleep 0.1; done" ||
    { cat "$work/serve.log" >&2; fail "the installed switch did not start"; }
kill -TERM "$serve_pid"
wait "$serve_pid" || { cat "$work/serve.log" >&2; fail "serve did not stop cleanly"; }
serve_pid=
if grep -q 'No IVR prompts' "$work/serve.log"; then
    cat "$work/serve.log" >&2
    fail "the installed switch found no prompts under /usr/share/rebound/prompts"
fi

# The service's database: made by its user; root is refused, leaving nothing.
service_db=/var/lib/rebound/rebound.sqlite
runuser -u rebound -- rebound-switch --db "$service_db" settings list >/dev/null ||
    fail "the user rebound cannot use $service_db"
if rebound-switch --db "$service_db" accounts list >"$work/root.log" 2>&1; then
    fail "root was not refused on the service's database"
fi
grep -q 'runuser -u rebound --' "$work/root.log" || { cat "$work/root.log" >&2; fail "refusal without runuser"; }
[ -z "$(find /var/lib/rebound -user root)" ] || fail "root-owned files in /var/lib/rebound"

# remove keeps the data and the user; purge deletes both.
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq -o DPkg::Lock::Timeout=300 rebound >"$work/remove.log" 2>&1 ||
    { cat "$work/remove.log" >&2; fail "apt-get remove"; }
[ ! -e /usr/bin/rebound-switch ] || fail "remove left /usr/bin/rebound-switch"
[ -f "$service_db" ] || fail "remove deleted the service's database"
getent passwd rebound >/dev/null || fail "remove deleted the user rebound"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq -o DPkg::Lock::Timeout=300 rebound >"$work/purge.log" 2>&1 ||
    { cat "$work/purge.log" >&2; fail "apt-get purge"; }
installed=no
[ ! -e /var/lib/rebound ] || fail "purge left /var/lib/rebound"
! getent passwd rebound >/dev/null || fail "purge left the user rebound"
! getent group rebound >/dev/null || fail "purge left the group rebound"
say "installed, ran, removed and purged: OK"
