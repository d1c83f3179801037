#!/usr/bin/env bash
# deploy/lib/alert-unit-failed.sh <unit>: queues an email to OPS_EMAIL saying <unit> failed, with the log
# of its last run. ExecStart of pawpath-alert@.service (run from the release: WorkingDirectory is its root).
set -euo pipefail

unit=${1:?usage: alert-unit-failed.sh <unit>}
# The failed run's own lines (its invocation id), else the unit's last lines.
invocation=$(systemctl show --property=InvocationID --value "$unit" 2>/dev/null || true)
if [[ -n $invocation ]]; then
  log=$(journalctl --no-pager --output=short-iso "_SYSTEMD_INVOCATION_ID=$invocation" 2>&1 || true)
fi
if [[ -z ${log:-} ]]; then
  log=$(journalctl --no-pager --output=short-iso --unit="$unit" --lines=80 2>&1 || true)
fi

subject="$unit failed on $(hostname)"
# A release runs the compiled script; a checkout runs it through npm (tsx).
if [[ -f scripts/ops-alert.mjs ]]; then
  exec node scripts/ops-alert.mjs --subject "$subject" --unit "$unit" <<<"$log"
else
  exec npm run --silent ops:alert -- --subject "$subject" --unit "$unit" <<<"$log"
fi
