#!/usr/bin/env bash
# deploy/backup.sh: one backup of PawPath Bookings, then retention. Run nightly by pawpath-backup.timer.
#
#   PostgreSQL  pg_dump -Fc with the client of the server's major version, in one snapshot with the row
#               count of every table (restore.sh checks the restored copy against them)
#   documents   DATA_DIR/uploads as a tarball when STORAGE_DRIVER=local (with s3 the bucket keeps them)
#   to          BACKUP_DIR (a folder) or BACKUP_S3_URI (s3://bucket/prefix), from /etc/pawpath/backup.env
#   keeps       the newest backup of each of the last BACKUP_KEEP_DAILY days (7), BACKUP_KEEP_WEEKLY ISO
#               weeks (4) and BACKUP_KEEP_MONTHLY months (6) that have one; the rest is deleted, but only
#               after the new copy was read back and matched its manifest (sizes and SHA-256)
#
# Settings: the environment, else /etc/pawpath/env (DATABASE_URL, DATA_DIR, STORAGE_DRIVER) and
# /etc/pawpath/backup.env; PAWPATH_ENV_FILE and BACKUP_ENV_FILE override those paths. BACKUP_WORK_DIR: where
# the backup is assembled before it is copied (default TMPDIR or /tmp; needs room for one backup).
# Exits non-zero on any failure, having deleted nothing older.
set -euo pipefail

SCRIPT_NAME=backup.sh
DEPLOY_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=deploy/lib/backup-common.sh
source "$DEPLOY_DIR/lib/backup-common.sh"

case ${1:-} in
  "") ;;
  -h | --help)
    sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  *) die "unknown argument \"$1\" (it takes none; settings are in /etc/pawpath/backup.env)" ;;
esac

umask 077 # the backup holds personal data: readable by its owner only
started=$SECONDS
load_settings
require_destination
split_database_url "$DATABASE_URL"
choose_pg_bin "$PG_URL"

stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
work=$(mktemp -d "${BACKUP_WORK_DIR:-${TMPDIR:-/tmp}}/pawpath-backup.XXXXXX")
partial="" s3_partial=""
# A failed run leaves nothing behind: no work folder, no unfinished copy (which, lacking a manifest, would
# never count as a backup anyway).
cleanup() {
  rm -rf "$work"
  [[ -z $partial ]] || rm -rf "$partial"
  [[ -z $s3_partial ]] || s3 delete "$s3_partial" || true
}
trap cleanup EXIT

destination=${BACKUP_S3_URI:-$BACKUP_DIR}
note "Backing up to $destination/$stamp (PostgreSQL $SERVER_MAJOR, $PG_BIN)"

# --- The database: one repeatable-read snapshot for the counts and the dump ---------------------------
facts_sql="select 'migrations ' || count(*) || ' ' || coalesce(max(created_at), 0) from drizzle.__drizzle_migrations;
  select 'booking ' || reference || ' ' || id from bookings order by created_at desc, id desc limit 1;"

coproc PSQL { "$PG_BIN/psql" -qAtX -v ON_ERROR_STOP=1 -d "$PG_URL" 2>&1; }
# shellcheck disable=SC2153 # PSQL_PID is set by coproc, and unset by bash as soon as the coprocess ends
psql_pid=$PSQL_PID
psql_in=${PSQL[1]}
psql_out=${PSQL[0]}
# Sends SQL and prints its output up to a marker; a psql error ends the coprocess and the backup.
psql_run() {
  printf '%s\n\\echo __done__\n' "$1" >&"$psql_in"
  local line
  while IFS= read -r line <&"$psql_out"; do
    [[ $line == __done__ ]] && return 0
    [[ $line == *ERROR:* || $line == *FATAL:* ]] && die "PostgreSQL: $line"
    printf '%s\n' "$line"
  done
  die "psql ended unexpectedly"
}
snapshot=$(psql_run "begin transaction isolation level repeatable read read only; select pg_export_snapshot();")
[[ $snapshot =~ ^[0-9A-F-]+$ ]] || die "could not export a snapshot: $snapshot"
{
  printf 'format pawpath-backup 1\ncreated %s\nserver_version %s\n' "$(date -u +%FT%TZ)" "$SERVER_VERSION_NUM"
  psql_run "$facts_sql"
  psql_run "$COUNT_ROWS_SQL"
} >"$work/facts"
dump_started=$SECONDS
"$PG_BIN/pg_dump" -Fc --snapshot="$snapshot" -f "$work/database.dump" -d "$PG_URL" || die "pg_dump failed"
dump_seconds=$((SECONDS - dump_started))
psql_run "commit;" >/dev/null
exec {psql_in}>&-
wait "$psql_pid" 2>/dev/null || true

# --- Documents on this server's disk ---------------------------------------------------------------
files=(database.dump)
if [[ $STORAGE_DRIVER == local && -d $DATA_DIR/uploads ]]; then
  # .incoming holds partial writes only (src/server/storage/local-driver.ts).
  tar -C "$DATA_DIR" --exclude=uploads/.incoming -czf "$work/uploads.tar.gz" uploads ||
    die "could not archive $DATA_DIR/uploads"
  # Counted from the archive itself, so the manifest describes exactly what it holds.
  tar -tvzf "$work/uploads.tar.gz" | awk '$1 ~ /^-/ { n++; b += $3 } END { print "uploads " n + 0 " " b + 0 }' \
    >>"$work/facts"
  files+=(uploads.tar.gz)
elif [[ $STORAGE_DRIVER == local ]]; then
  note "No $DATA_DIR/uploads folder: no documents to back up."
else
  note "STORAGE_DRIVER=$STORAGE_DRIVER: documents stay in the bucket (keep its versioning on), not in this backup."
fi

{
  cat "$work/facts"
  for file in "${files[@]}"; do
    printf 'file %s %s %s\n' "$file" "$(size_of "$work/$file")" "$(sha256_of "$work/$file")"
  done
} >"$work/manifest"

# --- Copy, read back, then mark complete -----------------------------------------------------------
# Compares a stored copy's "bytes sha256" with the manifest's; fails naming the file.
expect_copy() {
  local name=$1 actual=$2 expected
  expected=$(manifest_lines "$work/manifest" file | awk -v f="$name" '$1 == f { print $2 " " $3 }')
  [[ $actual == "$expected" ]] ||
    die "the stored copy of $name does not match (stored: ${actual:-nothing}; made: $expected): nothing older was deleted"
}

if [[ -n $BACKUP_S3_URI ]]; then
  target=$BACKUP_S3_URI/$stamp
  s3_partial=$target
  stored=$(s3 store "$work" "$target" "${files[@]}")
  for file in "${files[@]}"; do expect_copy "$file" "$(awk -v f="$file" '$1 == f { print $2 " " $3 }' <<<"$stored")"; done
  # The manifest last: only now does the backup count as complete.
  stored=$(s3 store "$work" "$target" manifest)
  [[ $stored == "manifest $(size_of "$work/manifest") $(sha256_of "$work/manifest")" ]] ||
    die "the stored manifest does not match: nothing older was deleted"
  s3_partial=""
else
  mkdir -p "$BACKUP_DIR"
  partial=$BACKUP_DIR/.partial-$stamp
  mkdir "$partial"
  for file in "${files[@]}" manifest; do cp "$work/$file" "$partial/$file"; done
  sync -f "$partial"
  for file in "${files[@]}"; do
    expect_copy "$file" "$(size_of "$partial/$file") $(sha256_of "$partial/$file")"
  done
  cmp -s "$work/manifest" "$partial/manifest" || die "the stored manifest does not match: nothing older was deleted"
  mv "$partial" "$BACKUP_DIR/$stamp"
  partial=""
fi
note "Stored and verified: $(manifest_lines "$work/manifest" file | awk '{ printf "%s%s %.1f MB", sep, $1, $2 / 1e6; sep = ", " }')"

# --- Retention -------------------------------------------------------------------------------------
# Prints the backups to delete: all but the newest of each of the last N days, ISO weeks and months.
backups_to_prune() {
  local -A keep=() days=() weeks=() months=()
  local name day week month
  while IFS= read -r name; do
    day=${name:0:10}
    week=$(date -u -d "$day" +%G-W%V)
    month=${name:0:7}
    if [[ -z ${days[$day]:-} && ${#days[@]} -lt $BACKUP_KEEP_DAILY ]]; then days[$day]=1 && keep[$name]=1; fi
    if [[ -z ${weeks[$week]:-} && ${#weeks[@]} -lt $BACKUP_KEEP_WEEKLY ]]; then weeks[$week]=1 && keep[$name]=1; fi
    if [[ -z ${months[$month]:-} && ${#months[@]} -lt $BACKUP_KEEP_MONTHLY ]]; then months[$month]=1 && keep[$name]=1; fi
    [[ -n ${keep[$name]:-} ]] || printf '%s\n' "$name"
  done < <(list_backups | sort -r)
}

mapfile -t expired < <(backups_to_prune | grep -vx "$stamp") # never the one just made, whatever the settings
if ((${#expired[@]} > 0)); then
  if [[ -n $BACKUP_S3_URI ]]; then
    s3 delete "${expired[@]/#/$BACKUP_S3_URI/}"
  else
    for name in "${expired[@]}"; do rm -rf "${BACKUP_DIR:?}/$name"; done
  fi
  note "Deleted (retention): ${expired[*]}"
fi
pruned=${#expired[@]}
kept=$(($(list_backups | wc -l)))
note "Backup $stamp done in $((SECONDS - started)) s (pg_dump $dump_seconds s); $kept kept, $pruned deleted."
