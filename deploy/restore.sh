#!/usr/bin/env bash
# deploy/restore.sh --latest | --file <backup>: restores a backup made by backup.sh into a NEW scratch
# database on the same PostgreSQL server and checks it; the live database is never touched.
#
#   --latest               the newest complete backup in BACKUP_DIR or BACKUP_S3_URI (/etc/pawpath/backup.env)
#   --file <backup>        a backup folder, any file in it, or s3://bucket/prefix/<name>[/file]
#   --database <name>      the scratch database (default pawpath_restore_<backup's time>); must not exist
#   --server-url <url>     a connection allowed to CREATE DATABASE (default: DATABASE_URL)
#   --uploads-dir <dir>    where the documents are unpacked (default /var/tmp/pawpath-restore-<time>/uploads)
#   --drop-after           drop the scratch database and the unpacked documents once checked (a drill)
#
# Checks: every file's size and SHA-256 against the manifest; every table's row count equal to what the
# backup recorded; the migrations recorded, and whether this release has newer ones; the newest booking
# at backup time found by its reference; the documents' count and bytes. Prints the restore time.
# Exits 1 if a check fails (the scratch database is kept for a look), 2 on a usage error.
set -euo pipefail

SCRIPT_NAME=restore.sh
DEPLOY_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
APP_DIR=$(dirname "$DEPLOY_DIR")
# shellcheck source=deploy/lib/backup-common.sh
source "$DEPLOY_DIR/lib/backup-common.sh"

usage() {
  sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit "${1:-2}"
}
usage_error() {
  printf 'restore.sh: %s\n\n' "$1" >&2
  usage 2 >&2
}

source_arg="" database="" server_url="" uploads_dir="" made_folder="" drop_after=false
while (($# > 0)); do
  case $1 in
    --latest) source_arg=latest ;;
    --file)
      (($# >= 2)) || usage_error "--file needs a backup folder, file or s3:// address"
      source_arg=$2
      shift
      ;;
    --database | --server-url | --uploads-dir)
      (($# >= 2)) || usage_error "$1 needs a value"
      case $1 in
        --database) database=$2 ;;
        --server-url) server_url=$2 ;;
        --uploads-dir) uploads_dir=$2 ;;
      esac
      shift
      ;;
    --drop-after) drop_after=true ;;
    -h | --help) usage 0 ;;
    *) usage_error "unknown argument \"$1\"" ;;
  esac
  shift
done
[[ -n $source_arg ]] || usage_error "say which backup: --latest or --file <backup>"
[[ -z $database || $database =~ ^[a-z_][a-z0-9_]{0,62}$ ]] ||
  usage_error "--database must be lower-case letters, digits and _ (at most 63), got \"$database\""

umask 077
started=$EPOCHREALTIME
load_settings
split_database_url "${server_url:-$DATABASE_URL}"
admin_url=$PG_URL
choose_pg_bin "$admin_url"

# --- Which backup, and its files in a local folder -------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/pawpath-restore.XXXXXX")
trap 'rm -rf "$work"' EXIT
backup_files='database\.dump|uploads\.tar\.gz|manifest'
if [[ $source_arg == latest ]]; then
  require_destination
  name=$(list_backups | tail -n 1)
  [[ -n $name ]] || die "no complete backup in ${BACKUP_S3_URI:-$BACKUP_DIR}"
  location=${BACKUP_S3_URI:-$BACKUP_DIR}/$name
elif [[ $source_arg == s3://* ]]; then
  location=${source_arg%/}
  [[ $location =~ /($backup_files)$ ]] && location=${location%/*}
else
  location=$(realpath -e "$source_arg" 2>/dev/null) || die "no such backup: $source_arg"
  [[ -f $location ]] && location=$(dirname "$location")
fi
name=${location##*/}
[[ $name =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{6}Z$ ]] ||
  die "$location is not a backup made by backup.sh (its folder is named by its time, 2026-12-03T021500Z)"

if [[ $location == s3://* ]]; then
  s3 fetch "$location" "$work" manifest || die "no manifest at $location: not a complete backup"
  folder=$work
  mapfile -t parts < <(manifest_lines "$work/manifest" file | cut -d ' ' -f 1)
  s3 fetch "$location" "$work" "${parts[@]}"
else
  [[ -f $location/manifest ]] || die "no manifest in $location: not a complete backup"
  folder=$location
fi
manifest=$folder/manifest
grep -qx 'format pawpath-backup 1' "$manifest" || die "$manifest is not a pawpath-backup 1 manifest"
note "Restoring backup $name from $location"

problems=()
check() { # check <description> <ok: true|false> [detail]
  if [[ $2 == true ]]; then note "  ok    $1"; else
    note "  FAIL  $1${3:+: $3}"
    problems+=("$1")
  fi
}

while read -r file bytes sha; do
  if [[ ! -f $folder/$file ]]; then
    die "$file is missing from the backup"
  fi
  actual="$(size_of "$folder/$file") $(sha256_of "$folder/$file")"
  [[ $actual == "$bytes $sha" ]] ||
    die "$file does not match its manifest (damaged or altered: $actual, expected $bytes $sha); not restoring it"
done < <(manifest_lines "$manifest" file)
note "  ok    every file's size and SHA-256 match the manifest"

# --- The database ----------------------------------------------------------------------------------
live_database=$(
  [[ $DATABASE_URL =~ ^[a-z]+://[^/?]*/([^?]*) ]] && printf '%s' "${BASH_REMATCH[1]}"
)
database=${database:-pawpath_restore_$(tr 'A-Z-' 'a-z_' <<<"$name")}
[[ $database != "$live_database" ]] || die "--database names the live database ($database): pick a new name"
scratch_url=$(url_with_database "$admin_url" "$database")
psql_admin() { "$PG_BIN/psql" -qAtX -v ON_ERROR_STOP=1 -d "$(url_with_database "$admin_url" postgres)" "$@"; }
exists=$(psql_admin -c "select 1 from pg_database where datname = '$database'") ||
  die "cannot connect to the server's postgres database (see --server-url)"
[[ -z $exists ]] || die "database $database already exists: drop it (dropdb $database) or choose --database <name>"
psql_admin -c "create database \"$database\"" >/dev/null ||
  die "could not create database $database: the role needs CREATEDB (or pass --server-url with one that has it)"

restore_started=$EPOCHREALTIME
"$PG_BIN/pg_restore" --no-owner --no-acl --exit-on-error --jobs=2 -d "$scratch_url" "$folder/database.dump" ||
  die "pg_restore failed; the partly restored database $database is kept for a look (dropdb $database)"
restore_seconds=$(awk -v a="$restore_started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
note "Restored into database $database (pg_restore $restore_seconds s); checking it:"

scratch_psql() { "$PG_BIN/psql" -qAtX -v ON_ERROR_STOP=1 -d "$scratch_url" -c "$1"; }

diff_out=$(diff <(manifest_lines "$manifest" rows | sort) <(scratch_psql "$COUNT_ROWS_SQL" | sed -n 's/^rows //p' | sort)) &&
  same=true || same=false
tables=$(manifest_lines "$manifest" rows | wc -l)
check "every table's row count equals the backup's ($tables tables, $(manifest_lines "$manifest" rows |
  awk '{ s += $2 } END { print s + 0 }') rows)" "$same" "$(tr '\n' ' ' <<<"$diff_out")"

read -r recorded_count recorded_newest < <(manifest_lines "$manifest" migrations)
read -r restored_count restored_newest < <(scratch_psql \
  "select count(*) || ' ' || coalesce(max(created_at), 0) from drizzle.__drizzle_migrations")
[[ "$restored_count $restored_newest" == "$recorded_count $recorded_newest" ]] && same=true || same=false
check "migrations as recorded ($restored_count applied)" "$same" "restored $restored_count, recorded $recorded_count"
journal=$APP_DIR/src/db/migrations/meta/_journal.json
if [[ -f $journal ]]; then
  release_count=$(grep -c '"tag"' "$journal")
  release_newest=$(grep -o '"when": *[0-9]*' "$journal" | tail -n 1 | grep -o '[0-9]*$')
  if ((restored_newest >= release_newest)); then
    note "  ok    migrations current for this release ($release_count in src/db/migrations)"
  else
    note "  note  this release has $((release_count - restored_count)) newer migration(s): DATABASE_URL=<its URL> npm run db:migrate brings it up"
  fi
fi

if read -r reference id < <(manifest_lines "$manifest" booking); then
  found=$(scratch_psql "select id from bookings where reference = '${reference//\'/}'")
  [[ $found == "$id" ]] && same=true || same=false
  check "booking $reference found by its reference" "$same" "found \"$found\", expected $id"
fi

# --- Documents -------------------------------------------------------------------------------------
if [[ -f $folder/uploads.tar.gz ]]; then
  # --drop-after removes what this run made: the default folder's parent too, a given folder only itself.
  [[ -n $uploads_dir ]] || made_folder=/var/tmp/pawpath-restore-$name
  uploads_dir=${uploads_dir:-$made_folder/uploads}
  [[ ! -e $uploads_dir ]] || die "$uploads_dir already exists: remove it or pass --uploads-dir <new folder>"
  mkdir -p "$uploads_dir"
  tar -xzf "$folder/uploads.tar.gz" -C "$uploads_dir" --strip-components=1
  restored_uploads=$(find "$uploads_dir" -type f -printf '%s\n' | awk '{ n++; b += $1 } END { print n + 0 " " b + 0 }')
  [[ $restored_uploads == "$(manifest_lines "$manifest" uploads)" ]] && same=true || same=false
  check "documents unpacked in $uploads_dir (${restored_uploads% *} files, ${restored_uploads#* } bytes)" "$same" \
    "expected $(manifest_lines "$manifest" uploads)"
fi

total=$(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
note "Restore time: $total s (pg_restore $restore_seconds s, $(awk '{ printf "%.1f", $1 / 1e6 }' <<<"$(size_of "$folder/database.dump")") MB dump)"
if ((${#problems[@]} > 0)); then
  note "RESTORE CHECK FAILED: ${problems[*]}. The database $database is kept for a look."
  exit 1
fi
if [[ $drop_after == true ]]; then
  psql_admin -c "drop database \"$database\" with (force)" >/dev/null
  [[ ! -f $folder/uploads.tar.gz ]] || rm -rf "${made_folder:-$uploads_dir}"
  note "All checks passed; dropped $database (--drop-after)."
else
  note "All checks passed. The restored copy is database $database${uploads_dir:+, documents in $uploads_dir}."
  note "To serve from it: stop the app, point DATABASE_URL at it (and move the documents to DATA_DIR/uploads), start."
fi
