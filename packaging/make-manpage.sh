#!/bin/sh
# make-manpage.sh PROGRAM OUTPUT.1.gz CHANGELOG
# Writes PROGRAM's man page from its own --help and --version (help2man), so
# the page cannot drift from the program. For rebound-switch, every command
# listed under "Commands:" in --help gets its own `COMMAND --help` under
# COMMANDS. The page's date is the latest Debian changelog entry's.
set -eu
program=$1
output=$2
changelog=$3

name=$(basename "$program")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# A fixed home, so the default database shows as ~/.local/share/..., not the
# builder's home; English, no display; help2man runs "NAME", so the usage
# lines say NAME, not the build path.
export HOME=/reboundbuildhome
unset XDG_DATA_HOME
export XDG_RUNTIME_DIR="$work" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE=
PATH="$(cd "$(dirname "$program")" && pwd):$PATH"
export PATH
date=$(sed -n 's/^ -- .*>  //p' "$changelog" | head -n 1)
SOURCE_DATE_EPOCH=$(date -u -d "$date" +%s)
export SOURCE_DATE_EPOCH

# Plain text as roff: no escapes, no requests at line starts, kept as printed.
as_roff() {
    printf '.nf\n'
    sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"
    printf '.fi\n'
}

include="$work/include.h2m"
: >"$include"
case "$name" in
rebound-switch)
    {
        printf '[COMMANDS]\n'
        printf 'Each command takes --help; its text follows.\n'
        "$name" --help | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z][a-z-]*\)  .*/\1/p' |
            while read -r command; do
                printf '.SS %s\n' "$command"
                "$name" "$command" --help | as_roff
            done
        printf '[FILES]\n'
        printf '.TP\n.I ~/.local/share/rebound/rebound.sqlite\nThe default database.\n'
        printf '.TP\n.I /var/lib/rebound/rebound.sqlite\n'
        printf 'The database of the rebound-switch service (systemd unit rebound-switch.service),\n'
        printf 'which belongs to the user rebound. Run commands on it as that user:\n'
        printf '.B runuser \\-u rebound \\-\\- rebound-switch \\-\\-db /var/lib/rebound/rebound.sqlite COMMAND\n'
        printf '[SEE ALSO]\n.BR rebound (1)\n'
    } >>"$include"
    description="Rebound callback switch, headless, and its scripting interface"
    ;;
rebound)
    {
        printf '[FILES]\n'
        printf '.TP\n.I ~/.local/share/rebound/rebound.sqlite\nThe default database.\n'
        printf '[SEE ALSO]\n.BR rebound-switch (1)\n'
    } >>"$include"
    description="Rebound callback console"
    ;;
*)
    description="$name"
    ;;
esac

help2man --no-info --section=1 --manual="User Commands" --name="$description" \
    --include="$include" --output="$work/$name.1" "$name"
sed -i 's|/reboundbuildhome|~|g' "$work/$name.1"
gzip -9n -c "$work/$name.1" >"$output"
