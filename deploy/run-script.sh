#!/usr/bin/env bash
# deploy/run-script.sh <script> [arguments]: runs one of the current release's scripts (db-migrate, worker,
# user-create) as the app's account with /etc/pawpath/env, on the server:
#   sudo /srv/pawpath/current/deploy/run-script.sh user-create --email you@pawpathsae.com --name "You" --role admin
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/lib.sh
. "$here/lib.sh"

(($# >= 1)) || die "usage: run-script.sh <script> [arguments], a script being db-migrate, worker or user-create"
script="$APP_HOME/current/scripts/$1.mjs"
[[ -f "$script" ]] || die "no script $1 in $(readlink "$APP_HOME/current")"
shift
run_in_release "$APP_HOME/current" node "$script" "$@"
