#!/usr/bin/env bash
# deploy/deploy.sh <pawpath-<sha>.tar.gz>: installs a release made by `npm run release` and switches to
# it without dropping a request. As root on the server (the GitHub deploy job runs it over SSH).
#
#   unpack into /srv/pawpath/releases/<sha>/ -> db:migrate -> start the idle colour -> /api/ready 200
#   within 60 s -> caddy reload onto it -> restart the worker -> stop the old colour (it answers its
#   requests in flight first, up to 30 s).
#
# A failure before the switch stops the new colour, leaves the old one serving and exits non-zero
# naming the step, with the new colour's log tail. Migrations must keep the previous release working
# (DEVELOPERS.md), since it serves on the migrated database until the switch, and after a rollback.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/lib.sh
. "$here/lib.sh"

(($# == 1)) || die "usage: deploy.sh <pawpath-<sha>.tar.gz> (made by npm run release)"
tarball="$1"
[[ -f "$tarball" ]] || die "no such file: $tarball"
[[ -f "$ETC_DIR/env" ]] || die "$ETC_DIR/env is missing: run deploy/provision.sh first"
trap fail_report EXIT

begin "unpack $(basename "$tarball")"
revision="$(tar -xzOf "$tarball" --occurrence=1 ./REVISION 2>/dev/null)" || die "$tarball is not a release: it has no REVISION"
[[ "$revision" =~ ^[A-Za-z0-9._-]+$ ]] || die "$tarball names an odd revision: $revision"
release="$RELEASES/$revision"
if [[ ! -f "$release/REVISION" ]]; then
  partial="$RELEASES/.$revision.partial"
  rm -rf "$partial"
  mkdir -p "$partial"
  tar -xzf "$tarball" -C "$partial" --no-same-owner
  rm -rf "$release"
  mv "$partial" "$release"
fi
# Next.js keeps its cache in the build folder; the release stays read-only (ProtectSystem=strict).
mkdir -p "$DATA_DIR/next-cache"
[[ -z "$PAWPATH_USER" ]] || chown "$PAWPATH_USER:" "$DATA_DIR" "$DATA_DIR/next-cache"
for build in "$release"/.next*/; do
  [[ -f "$build/BUILD_ID" ]] && rm -rf "${build}cache" && ln -sfn "$DATA_DIR/next-cache" "${build}cache"
done

begin "db:migrate"
run_in_release "$release" node scripts/db-migrate.mjs

switch_to "$release"

# Keep the five newest releases, and always the ones current and previous point to.
keep=("$(readlink "$APP_HOME/current")" "$(readlink "$APP_HOME/previous" 2>/dev/null || true)")
while read -r old; do
  [[ " ${keep[*]} " == *" releases/$(basename "$old") "* ]] || rm -rf "$old"
done < <(find "$RELEASES" -mindepth 1 -maxdepth 1 -type d ! -name '.*' -printf '%T@ %p\n' | sort -rn | tail -n +6 | cut -d' ' -f2-)
