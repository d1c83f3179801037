#!/usr/bin/env bash
# Static checks of deploy/ and .github/ (run by .ci/run): shellcheck on the scripts, `caddy validate` on
# the Caddyfile with sample settings, `systemd-analyze verify` on the units, actionlint on the workflows.
# Needs shellcheck, caddy and systemd (for systemd-analyze; systemd need not be running) installed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

echo "shellcheck deploy/*.sh scripts/check-deploy.sh"
shellcheck -x deploy/*.sh scripts/check-deploy.sh

echo "caddy validate deploy/Caddyfile"
printf 'to 127.0.0.1:3001\n' >"$scratch/pawpath-upstream.caddy"
DOMAIN=bookings.example.com ACME_EMAIL=ops@example.com PAWPATH_CADDY_DIR="$scratch" PAWPATH_CADDY_LOG_DIR="$scratch" \
  caddy validate --config deploy/Caddyfile --adapter caddyfile >"$scratch/caddy.log" 2>&1 ||
  { cat "$scratch/caddy.log" >&2 && exit 1; }

# verify checks each key and value and that ExecStart's program exists; it prints problems it only
# warns about (an unknown key, a bad value) and still exits 0, so any output fails the check. A template
# is verified as an instance (pawpath-web@blue), so that %i is filled in.
echo "systemd-analyze verify deploy/systemd/*"
units=()
for file in deploy/systemd/*; do
  name="$(basename "$file")"
  [[ "$name" == *@.service ]] && name="${name/@./@blue.}"
  # Where node is not /usr/bin/node (a CI runner's setup-node), the copy names the node that is there.
  sed "s#^ExecStart=/usr/bin/node #ExecStart=$(command -v node) #" "$file" >"$scratch/$name"
  units+=("$scratch/$name")
done
if ! systemd-analyze verify "${units[@]}" >"$scratch/verify.log" 2>&1 || [[ -s "$scratch/verify.log" ]]; then
  cat "$scratch/verify.log" >&2
  exit 1
fi

node scripts/lint-workflows.mjs
echo "deploy checks passed"
