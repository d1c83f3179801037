#!/usr/bin/env bash
# deploy/rollback.sh: back to the previous release in one command, the same zero-downtime switch as a
# deploy (start the idle colour on it, /api/ready, caddy reload, stop the other), without migrating:
# the previous release works on the current schema (DEVELOPERS.md, the migration rule). Run it again to
# return to the release just left. As root on the server:
#   sudo /srv/pawpath/current/deploy/rollback.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/lib.sh
. "$here/lib.sh"

(($# == 0)) || die "usage: rollback.sh (no arguments: it returns to $APP_HOME/previous)"
previous="$(readlink "$APP_HOME/previous" 2>/dev/null)" || die "no previous release: $APP_HOME/previous does not exist"
[[ -f "$APP_HOME/$previous/REVISION" ]] || die "$APP_HOME/previous points to $previous, which is gone"
trap fail_report EXIT
say "rolling back from $(readlink "$APP_HOME/current") to $previous"
switch_to "$APP_HOME/$previous"
