# shellcheck shell=bash disable=SC2034  # its variables are read by the scripts that source it
# Shared by deploy/backup.sh and deploy/restore.sh (sourced, never run): settings, the PostgreSQL client
# that matches the server, connection strings without their password on the command line, and the
# backup's manifest.
#
# A backup is one folder (or S3 prefix) named by its UTC time, 2026-12-03T021500Z, holding:
#   database.dump   pg_dump -Fc
#   uploads.tar.gz  DATA_DIR/uploads, when STORAGE_DRIVER=local and the folder exists
#   manifest        written last: a backup without it is incomplete and never restored or counted
# The manifest is plain text, one fact a line:
#   format pawpath-backup 1 | created <iso time> | server_version <n> | migrations <count> <newest when>
#   file <name> <bytes> <sha256> | rows <schema.table> <count> | booking <reference> <id> | uploads <files> <bytes>

die() {
  printf '%s: %s\n' "${SCRIPT_NAME:-backup}" "$*" >&2
  exit 1
}
note() { printf '%s\n' "$*"; }

# KEY's value in a systemd-style environment file, without running the file: KEY=value, KEY="value" or
# KEY='value'. Prints nothing when the file or the key is missing.
env_file_value() {
  local file=$1 key=$2 line value
  [[ -r $file ]] || return 0
  line=$(grep -E "^[[:space:]]*(export[[:space:]]+)?${key}=" "$file" | tail -n 1) || return 0
  value=${line#*"${key}="}
  if [[ $value =~ ^\"(.*)\"[[:space:]]*$ || $value =~ ^\'(.*)\'[[:space:]]*$ ]]; then value=${BASH_REMATCH[1]}; fi
  printf '%s' "$value"
}

# Settings come from the process environment first (the systemd unit loads both files; tests set them),
# then from /etc/pawpath/env (the app's) and /etc/pawpath/backup.env, whose paths may be overridden.
load_settings() {
  local app_env=${PAWPATH_ENV_FILE:-/etc/pawpath/env}
  local backup_env=${BACKUP_ENV_FILE:-/etc/pawpath/backup.env}
  local key
  for key in DATABASE_URL DATA_DIR STORAGE_DRIVER; do
    [[ -n ${!key:-} ]] || printf -v "$key" '%s' "$(env_file_value "$app_env" "$key")"
  done
  for key in BACKUP_DIR BACKUP_S3_URI BACKUP_S3_REGION BACKUP_S3_ENDPOINT BACKUP_S3_FORCE_PATH_STYLE \
    BACKUP_KEEP_DAILY BACKUP_KEEP_WEEKLY BACKUP_KEEP_MONTHLY; do
    [[ -n ${!key:-} ]] || printf -v "$key" '%s' "$(env_file_value "$backup_env" "$key")"
  done
  DATA_DIR=${DATA_DIR:-/var/lib/pawpath}
  STORAGE_DRIVER=${STORAGE_DRIVER:-local}
  BACKUP_KEEP_DAILY=${BACKUP_KEEP_DAILY:-7}
  BACKUP_KEEP_WEEKLY=${BACKUP_KEEP_WEEKLY:-4}
  BACKUP_KEEP_MONTHLY=${BACKUP_KEEP_MONTHLY:-6}
  export BACKUP_S3_REGION BACKUP_S3_ENDPOINT BACKUP_S3_FORCE_PATH_STYLE
  [[ -n $DATABASE_URL ]] || die "DATABASE_URL is not set (in the environment or $app_env): backups need PostgreSQL"
  local keep
  for keep in BACKUP_KEEP_DAILY BACKUP_KEEP_WEEKLY BACKUP_KEEP_MONTHLY; do
    [[ ${!keep} =~ ^[0-9]+$ ]] || die "$keep must be a whole number, got \"${!keep}\""
  done
  BACKUP_S3_URI=${BACKUP_S3_URI%/}
  BACKUP_DIR=${BACKUP_DIR%/}
}

# Where backups go (backup.sh, restore.sh --latest): exactly one of BACKUP_DIR and BACKUP_S3_URI.
require_destination() {
  local backup_env=${BACKUP_ENV_FILE:-/etc/pawpath/backup.env}
  if [[ -n $BACKUP_DIR && -n $BACKUP_S3_URI ]]; then
    die "set BACKUP_DIR or BACKUP_S3_URI in $backup_env, not both"
  elif [[ -n $BACKUP_S3_URI ]]; then
    [[ $BACKUP_S3_URI =~ ^s3://[a-z0-9][a-z0-9.-]+[a-z0-9](/.*)?$ ]] ||
      die "BACKUP_S3_URI must look like s3://bucket/prefix, got \"$BACKUP_S3_URI\""
  elif [[ -n $BACKUP_DIR ]]; then
    [[ $BACKUP_DIR == /* ]] || die "BACKUP_DIR must be an absolute path, got \"$BACKUP_DIR\""
    BACKUP_DIR=${BACKUP_DIR%/}
  else
    die "no destination: set BACKUP_DIR (a folder) or BACKUP_S3_URI (s3://bucket/prefix) in $backup_env"
  fi
}

# libpq reads the password from PGPASSWORD, so it never appears in the process list (ps shows arguments).
# Sets PG_URL (the URL without its password) and exports PGPASSWORD; URL-escaped characters are decoded.
split_database_url() {
  local url=$1
  [[ $url =~ ^(postgres(ql)?://)(.*)$ ]] || die "DATABASE_URL must start with postgres:// or postgresql://"
  local scheme=${BASH_REMATCH[1]} rest=${BASH_REMATCH[3]}
  if [[ $rest =~ ^([^:@/]*):([^@/]*)@(.*)$ ]]; then
    local encoded=${BASH_REMATCH[2]}
    PG_URL="${scheme}${BASH_REMATCH[1]}@${BASH_REMATCH[3]}"
    printf -v PGPASSWORD '%b' "${encoded//%/\\x}"
    export PGPASSWORD
  else
    PG_URL=$url
  fi
}

# The same server's URL with another database name (query parameters kept).
url_with_database() {
  local url=$1 database=$2
  [[ $url =~ ^([a-z]+://[^/?]*)(/[^?]*)?(\?.*)?$ ]] || die "cannot read the database name in $url"
  printf '%s/%s%s' "${BASH_REMATCH[1]}" "$database" "${BASH_REMATCH[3]}"
}

any_psql() {
  if command -v psql >/dev/null; then
    command -v psql
  else
    compgen -G '/usr/lib/postgresql/*/bin/psql' | sort -V | tail -n 1
  fi
}

# Sets PG_BIN to the client tools of the server's major version: pg_dump refuses a newer server, and an
# older pg_restore cannot read a newer pg_dump's archive. A newer client works and is used, with a note,
# only when the matching one is not installed.
choose_pg_bin() {
  local url=$1 psql version_num major candidate
  psql=$(any_psql)
  [[ -n $psql ]] || die "no psql found: install postgresql-client"
  version_num=$("$psql" -qAtX -d "$url" -c 'show server_version_num') || die "cannot connect to the database"
  major=$((version_num / 10000))
  SERVER_MAJOR=$major
  SERVER_VERSION_NUM=$version_num
  if [[ -n ${PG_BIN_DIR:-} ]]; then
    PG_BIN=$PG_BIN_DIR
  elif [[ -x /usr/lib/postgresql/$major/bin/pg_dump ]]; then
    PG_BIN=/usr/lib/postgresql/$major/bin
  else
    for candidate in $(compgen -G '/usr/lib/postgresql/*/bin/pg_dump' | sort -V); do
      local version=${candidate#/usr/lib/postgresql/}
      version=${version%%/*}
      if ((version > major)); then
        PG_BIN=$(dirname "$candidate")
        note "PostgreSQL $major client tools are not installed; using the newer $version ones."
        return 0
      fi
    done
    die "the server is PostgreSQL $major but its pg_dump is not installed: apt-get install postgresql-client-$major"
  fi
}

# Every table's exact count, in one statement (query_to_xml runs a query per table inside it).
COUNT_ROWS_SQL="select 'rows ' || n.nspname || '.' || c.relname || ' ' ||
    (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I', n.nspname, c.relname),
      false, true, '')))[1]::text
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
    and n.nspname not like 'pg_toast%' and n.nspname not like 'pg_temp%'
  order by n.nspname, c.relname;"

# The complete backups at the destination (those with a manifest), one name a line, oldest first.
list_backups() {
  if [[ -n $BACKUP_S3_URI ]]; then
    s3 list "$BACKUP_S3_URI"
  else
    local folder
    for folder in "$BACKUP_DIR"/*/; do
      folder=${folder%/}
      if [[ ${folder##*/} =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{6}Z$ && -f $folder/manifest ]]; then
        printf '%s\n' "${folder##*/}"
      fi
    done
  fi
}

# The S3 helper (plain Node with the app's @aws-sdk/client-s3; no aws CLI needed). NODE_NO_WARNINGS: the
# SDK warns on every start under Node 20 that it will want Node 22 from 2027 (production runs Node 24).
s3() { NODE_NO_WARNINGS=1 node "$DEPLOY_DIR/lib/backup-s3.mjs" "$@"; }

sha256_of() { sha256sum "$1" | cut -d ' ' -f 1; }
size_of() { stat -c %s "$1"; }

# Lines of the manifest starting with a word: manifest_lines FILE rows → "public.bookings 12" …
manifest_lines() { sed -n "s/^$2 //p" "$1"; }
