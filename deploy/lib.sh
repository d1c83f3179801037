# shellcheck shell=bash
# shellcheck disable=SC2034 # the settings below are read by the scripts that source this file
# Shared by provision.sh, deploy.sh and rollback.sh (sourced, not run). The one place that knows the
# layout on the server, the colours' ports and how services are controlled.
#
# PAWPATH_ROOT  prefix for every path below ("" on a server; a scratch folder in the rehearsal)
# PAWPATH_SVC   systemd (a server) | supervisor (the rehearsal: systemd is not PID 1 there)
# PAWPATH_USER  the account the app runs as (pawpath; empty in the rehearsal: the current user)

PAWPATH_ROOT="${PAWPATH_ROOT:-}"
PAWPATH_SVC="${PAWPATH_SVC:-systemd}"
PAWPATH_USER="${PAWPATH_USER-pawpath}"
APP_HOME="$PAWPATH_ROOT/srv/pawpath"     # releases/<sha>/, current, previous, blue, green
RELEASES="$APP_HOME/releases"
ETC_DIR="$PAWPATH_ROOT/etc/pawpath"      # env (the app's settings), colour-<colour>.env, caddy.env
DATA_DIR="$PAWPATH_ROOT/var/lib/pawpath" # uploads (STORAGE_DRIVER=local), Next.js's cache
CADDY_DIR="$PAWPATH_ROOT/etc/caddy"      # Caddyfile and pawpath-upstream.caddy (the live colour)
UNIT_DIR="$PAWPATH_ROOT/etc/systemd/system"
RUN_DIR="$PAWPATH_ROOT/run/pawpath"      # the supervisor's pid and log files
UPSTREAM_SNIPPET="$CADDY_DIR/pawpath-upstream.caddy"

# The units provision.sh installs into $UNIT_DIR, from deploy/systemd/. Timers in the list are enabled.
PAWPATH_UNITS=(pawpath-web@.service pawpath-worker.service)
# Nightly backups (docs/backups.md); a failed one emails OPS_EMAIL through pawpath-alert@.
PAWPATH_UNITS+=(pawpath-backup.service pawpath-backup.timer pawpath-alert@.service)
BACKUP_DIR_DEFAULT=/var/backups/pawpath

READY_SECONDS="${DEPLOY_READY_SECONDS:-60}" # the new colour must answer /api/ready 200 within this
LOG_TAIL_LINES=40

say() { printf '%s\n' "$*"; }
die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

colour_port() {
  case "$1" in
    blue) echo 3001 ;;
    green) echo 3002 ;;
    *) die "unknown colour: $1" ;;
  esac
}
other_colour() { if [[ "$1" == blue ]]; then echo green; else echo blue; fi; }

# The colour Caddy sends requests to, read from the snippet it imports (the one source of truth).
live_colour() {
  local port
  port="$(sed -n 's/^[[:space:]]*to 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$UPSTREAM_SNIPPET" 2>/dev/null || true)"
  case "$port" in
    3001) echo blue ;;
    3002) echo green ;;
    *) echo none ;;
  esac
}

write_upstream() {
  local tmp="$UPSTREAM_SNIPPET.tmp"
  printf '# Written by deploy.sh: the colour that serves. Imported by the Caddyfile.\nto 127.0.0.1:%s\n' \
    "$(colour_port "$1")" >"$tmp"
  mv -f "$tmp" "$UPSTREAM_SNIPPET"
}

# Runs a command from a release folder with the app's settings, as the app's account.
run_in_release() {
  local dir="$1"
  shift
  (
    cd "$dir" || exit 1
    set -a
    # shellcheck source=/dev/null
    . "$ETC_DIR/env"
    set +a
    if [[ -n "$PAWPATH_USER" ]]; then exec runuser -u "$PAWPATH_USER" -- "$@"; else exec "$@"; fi
  )
}

# ---------------------------------------------------------------------------------------------------
# svc ACTION UNIT: start | stop | restart | reload | is-active | enable | logs | daemon-reload.
# On a server, systemctl (and journalctl for logs). In the rehearsal, a small supervisor that runs the
# unit's own ExecStart (ExecReload) line with its WorkingDirectory, EnvironmentFile and Environment,
# its paths moved under PAWPATH_ROOT, and stops it as systemd would: SIGTERM, then SIGKILL after
# TimeoutStopSec.
svc() {
  local action="$1" unit="${2:-}"
  if [[ "$PAWPATH_SVC" == systemd ]]; then
    case "$action" in
      logs) journalctl -u "$unit" -n "$LOG_TAIL_LINES" --no-pager ;;
      daemon-reload) systemctl daemon-reload ;;
      enable) systemctl enable --quiet "$unit" ;;
      is-active) systemctl is-active --quiet "$unit" ;;
      *) systemctl "$action" "$unit" ;;
    esac
    return
  fi
  local pidfile="$RUN_DIR/$unit.pid" logfile="$RUN_DIR/$unit.log"
  mkdir -p "$RUN_DIR"
  case "$action" in
    start)
      svc is-active "$unit" && return 0
      _unit_command "$unit" ExecStart >>"$logfile" 2>&1 &
      echo $! >"$pidfile"
      ;;
    stop)
      svc is-active "$unit" || return 0
      local pid waited=0 limit
      pid="$(cat "$pidfile")"
      limit="$(_unit_setting "$unit" TimeoutStopSec)"
      kill -TERM "$pid" 2>/dev/null || true
      while kill -0 "$pid" 2>/dev/null && ((waited < ${limit:-90} * 10)); do
        sleep 0.1
        waited=$((waited + 1))
      done
      kill -KILL "$pid" 2>/dev/null || true
      rm -f "$pidfile"
      ;;
    restart) svc stop "$unit" && svc start "$unit" ;;
    reload) (_unit_command "$unit" ExecReload >>"$logfile" 2>&1) ;;
    is-active) [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null ;;
    logs) tail -n "$LOG_TAIL_LINES" "$logfile" 2>/dev/null || true ;;
    enable | daemon-reload) ;;
    *) die "svc: unknown action $action" ;;
  esac
}

# The unit file behind a name: pawpath-web@blue -> pawpath-web@.service, instance blue.
_unit_file() {
  local unit="$1"
  if [[ "$unit" == *@* ]]; then echo "$UNIT_DIR/${unit%%@*}@.service"; else echo "$UNIT_DIR/${unit%.service}.service"; fi
}

# Every value of KEY= in the unit, %i filled in and server paths moved under PAWPATH_ROOT.
_unit_setting() {
  local unit="$1" key="$2" instance=""
  [[ "$unit" == *@* ]] && instance="${unit#*@}"
  sed -n "s/^$key=//p" "$(_unit_file "$unit")" |
    sed -e "s/%i/$instance/g" \
      -e "s#\\(^\\|[ =\"-]\\)/\\(srv/pawpath\\|etc/pawpath\\|var/lib/pawpath\\|etc/caddy\\)#\\1$PAWPATH_ROOT/\\2#g" \
      -e "s#^/usr/bin/node #$(command -v node) #"
}

# Becomes the unit's ExecStart (or ExecReload) process, set up the way systemd would: call it in a
# subshell or in the background (its pid is then the service's pid).
_unit_command() {
  local unit="$1" key="$2" dir file assignment command
  dir="$(_unit_setting "$unit" WorkingDirectory)"
  command="$(_unit_setting "$unit" "$key")"
  [[ -n "$command" ]] || die "svc: $unit has no $key"
  {
    [[ -z "$dir" ]] || cd "$dir" || exit 1
    # systemd reads EnvironmentFile after Environment, and the files win.
    while read -r assignment; do
      [[ -n "$assignment" ]] && eval "export $assignment"
    done < <(_unit_setting "$unit" Environment)
    while read -r file; do
      [[ -z "$file" ]] && continue
      if [[ "$file" == -* ]]; then
        file="${file#-}"
        [[ -f "$file" ]] || continue
      fi
      set -a
      # shellcheck source=/dev/null
      . "$file"
      set +a
    done < <(_unit_setting "$unit" EnvironmentFile)
    eval "exec $command"
  }
}

# ---------------------------------------------------------------------------------------------------
# The switch, shared by deploy.sh and rollback.sh. Each step is named as it begins; a failure before
# Caddy is switched stops the new colour, keeps the old one serving and names the step (fail_report).
STEP=""
NEW_COLOUR=""
OLD_COLOUR=""
SWITCHED=false
STARTED_AT=$SECONDS

begin() {
  STEP="$1"
  say "[$((SECONDS - STARTED_AT)) s] $STEP"
}

# The EXIT trap of deploy.sh and rollback.sh.
fail_report() {
  local code=$?
  ((code == 0)) && return 0
  if [[ "$SWITCHED" == false && -n "$NEW_COLOUR" ]]; then
    {
      say "--- last lines of pawpath-web@$NEW_COLOUR's log ---"
      svc logs "pawpath-web@$NEW_COLOUR" || true
      say "---"
    } >&2
    svc stop "pawpath-web@$NEW_COLOUR" || true
    # The snippet may already name the new colour if Caddy refused to reload onto it.
    [[ "$OLD_COLOUR" == none ]] || write_upstream "$OLD_COLOUR"
    say "pawpath-web@$NEW_COLOUR stopped; ${OLD_COLOUR/none/nothing} still serving" >&2
  fi
  printf 'FAILED at step: %s (exit %s)\n' "$STEP" "$code" >&2
  exit "$code"
}

wait_ready() {
  local colour="$1" port deadline
  port="$(colour_port "$colour")"
  deadline=$((SECONDS + READY_SECONDS))
  until curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port/api/ready" 2>/dev/null; do
    svc is-active "pawpath-web@$colour" || die "pawpath-web@$colour exited before it was ready"
    ((SECONDS < deadline)) || die "/api/ready on 127.0.0.1:$port did not answer 200 within $READY_SECONDS s"
    sleep 0.5
  done
}

# Starts the release on the idle colour, switches Caddy onto it once ready, then stops the old colour.
switch_to() {
  local release="$1" name
  name="$(basename "$release")"
  OLD_COLOUR="$(live_colour)"
  if [[ "$OLD_COLOUR" == none ]]; then NEW_COLOUR=blue; else NEW_COLOUR="$(other_colour "$OLD_COLOUR")"; fi

  begin "start $name as pawpath-web@$NEW_COLOUR"
  svc stop "pawpath-web@$NEW_COLOUR" # a leftover from an interrupted deploy
  ln -sfn "releases/$name" "$APP_HOME/$NEW_COLOUR"
  svc start "pawpath-web@$NEW_COLOUR"

  begin "wait for /api/ready on pawpath-web@$NEW_COLOUR (up to $READY_SECONDS s)"
  wait_ready "$NEW_COLOUR"

  begin "caddy reload onto pawpath-web@$NEW_COLOUR"
  write_upstream "$NEW_COLOUR"
  svc reload caddy
  SWITCHED=true
  local current_target=""
  current_target="$(readlink "$APP_HOME/current" 2>/dev/null || true)"
  if [[ -n "$current_target" && "$current_target" != "releases/$name" ]]; then
    ln -sfn "$current_target" "$APP_HOME/previous"
  fi
  ln -sfn "releases/$name" "$APP_HOME/current"
  say "serving $name from pawpath-web@$NEW_COLOUR ($((SECONDS - STARTED_AT)) s)"

  if [[ "$OLD_COLOUR" != none ]]; then
    begin "stop pawpath-web@$OLD_COLOUR once its requests in flight are answered"
    svc stop "pawpath-web@$OLD_COLOUR"
  fi

  begin "restart pawpath-worker on $name"
  svc enable pawpath-worker
  svc restart pawpath-worker
  say "done in $((SECONDS - STARTED_AT)) s"
}
