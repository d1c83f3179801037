#!/usr/bin/env bash
# deploy/ship.sh <pawpath-<sha>.tar.gz>: from a build machine (GitHub's deploy job, or a laptop), uploads a
# release and the deploy scripts to the server over SSH and runs deploy.sh there.
#
# DEPLOY_HOST, DEPLOY_USER     the server and an account on it that may sudo (ubuntu on Lightsail)
# DEPLOY_PORT                  SSH port (22)
# DEPLOY_SSH_KEY_FILE          private key file (default: ssh's own)
# DEPLOY_KNOWN_HOSTS_FILE      known_hosts holding the server's key (default: ssh's own); never trust on first use
# DEPLOY_REMOTE_ENV            extra NAME=value words for deploy.sh (the rehearsal's PAWPATH_ROOT and the like)
set -euo pipefail
die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}
(($# == 1)) || die "usage: ship.sh <pawpath-<sha>.tar.gz>"
tarball="$1"
[[ -f "$tarball" ]] || die "no such file: $tarball"
[[ -n "${DEPLOY_HOST:-}" && -n "${DEPLOY_USER:-}" ]] || die "set DEPLOY_HOST and DEPLOY_USER"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

ssh_options=(-o BatchMode=yes -o StrictHostKeyChecking=yes -o ConnectTimeout=20)
[[ -z "${DEPLOY_SSH_KEY_FILE:-}" ]] || ssh_options+=(-o IdentitiesOnly=yes -i "$DEPLOY_SSH_KEY_FILE")
[[ -z "${DEPLOY_KNOWN_HOSTS_FILE:-}" ]] || ssh_options+=(-o UserKnownHostsFile="$DEPLOY_KNOWN_HOSTS_FILE")
target="$DEPLOY_USER@$DEPLOY_HOST"
name="$(basename "$tarball")"
upload="pawpath-upload/${name%.tar.gz}"

started=$SECONDS
echo "upload $name to $DEPLOY_HOST"
ssh -p "${DEPLOY_PORT:-22}" "${ssh_options[@]}" "$target" "rm -rf '$upload' && mkdir -p '$upload'"
scp -q -P "${DEPLOY_PORT:-22}" "${ssh_options[@]}" -r "$here" "$tarball" "$target:$upload/"
echo "uploaded in $((SECONDS - started)) s"
# The server's own account runs deploy.sh as root; the upload folder goes once the deploy succeeded.
ssh -p "${DEPLOY_PORT:-22}" "${ssh_options[@]}" "$target" \
  "if [ \"\$(id -u)\" -eq 0 ]; then as_root=''; else as_root=sudo; fi;" \
  "\$as_root env ${DEPLOY_REMOTE_ENV:-} bash '$upload/deploy/deploy.sh' '$upload/$name' && rm -rf '$upload'"
