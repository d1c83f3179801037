#!/usr/bin/env bash
# deploy/provision.sh: turns a fresh Ubuntu 22.04 or 24.04 VM into a PawPath Bookings server. As root:
#
#   sudo deploy/provision.sh --domain bookings.pawpathsae.com --email ops@pawpathsae.com \
#     [--database-url postgres://…] [--skip-dns-check]
#
# Installs Node.js 24 LTS, PostgreSQL from the Ubuntu release (unless --database-url names a managed one),
# Caddy (Let's Encrypt, HTTP->HTTPS, HSTS), ufw (22, 80, 443), the pawpath account, /etc/pawpath/env
# (a generated BETTER_AUTH_SECRET), the systemd units and log limits. Re-running it changes nothing that
# is already right: files are rewritten only when their content differs, secrets are never regenerated.
# The first `deploy/deploy.sh <release.tar.gz>` then starts the app.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/lib.sh
. "$here/lib.sh"

usage="usage: provision.sh --domain NAME --email ADDRESS [--database-url URL] [--skip-dns-check]"
domain="" email="" database_url="" skip_dns_check=false
while (($# > 0)); do
  case "$1" in
    --domain) domain="${2:-}" && shift 2 ;;
    --email) email="${2:-}" && shift 2 ;;
    --database-url) database_url="${2:-}" && shift 2 ;;
    --skip-dns-check) skip_dns_check=true && shift ;;
    -h | --help) say "$usage" && exit 0 ;;
    *) die "unknown option $1; $usage" ;;
  esac
done
[[ -n "$domain" && -n "$email" ]] || die "$usage"
[[ "$domain" =~ ^[A-Za-z0-9.-]+\.[A-Za-z]{2,}$ ]] || die "--domain $domain is not a host name"
[[ "$email" == *@*.* ]] || die "--email $email is not an email address"
[[ -z "$database_url" || "$database_url" =~ ^postgres(ql)?:// ]] || die "--database-url must start with postgres://"

# ---- refusals: each says what is wrong and what to do --------------------------------------------
((EUID == 0)) || die "run as root: sudo $0 $*"
# shellcheck source=/dev/null
. /etc/os-release
[[ "${ID:-}" == ubuntu && "${VERSION_ID:-}" =~ ^(22\.04|24\.04)$ ]] ||
  die "this is ${PRETTY_NAME:-an unknown system}; provision.sh supports Ubuntu 22.04 and 24.04 only"

port_owner() { ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'users:(("[^"]*"' | head -n 1 | cut -d'"' -f2; }
for port in 80 443; do
  owner="$(port_owner "$port")"
  [[ -z "$owner" || "$owner" == caddy ]] ||
    die "port $port is taken by $owner: stop and disable it (nginx? apache2?), then run this again"
done

if [[ "$skip_dns_check" == false ]]; then
  resolved="$(getent ahostsv4 "$domain" | awk '{print $1}' | sort -u || true)"
  [[ -n "$resolved" ]] || die "$domain does not resolve: point its A record at this VM (or --skip-dns-check)"
  # A cloud VM's interface holds its private address; the static IP the A record names is the public one.
  here_ips="$(hostname -I 2>/dev/null | tr ' ' '\n'; curl -fsS --max-time 5 https://checkip.amazonaws.com 2>/dev/null || true)"
  grep -qxF -f <(printf '%s\n' "$resolved") <(printf '%s\n' "$here_ips") ||
    die "$domain resolves to $(echo "$resolved" | paste -sd' ') but this VM is $(echo "$here_ips" | paste -sd' '):" \
      "fix the A record, wait for it to propagate (or --skip-dns-check: Let's Encrypt needs it anyway)"
fi

# ---- helpers -----------------------------------------------------------------------------------
export DEBIAN_FRONTEND=noninteractive
changed() { say "  changed: $*"; }
apt_updated=false
apt_install() {
  local missing=() package
  for package in "$@"; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
  ((${#missing[@]} == 0)) && return 0
  if [[ "$apt_updated" == false ]]; then apt-get update -q && apt_updated=true; fi
  apt-get install -y -q --no-install-recommends "${missing[@]}"
  changed "installed ${missing[*]}"
}
# Writes stdin to a file only when the content differs; returns 1 when nothing changed.
install_file() {
  local target="$1" mode="$2" tmp
  tmp="$(mktemp)"
  cat >"$tmp"
  if [[ -f "$target" ]] && cmp -s "$tmp" "$target"; then
    rm -f "$tmp"
    return 1
  fi
  mkdir -p "$(dirname "$target")"
  install -m "$mode" "$tmp" "$target"
  rm -f "$tmp"
  changed "$target"
}
add_apt_source() {
  local name="$1" key_url="$2" line="$3" keyring="/usr/share/keyrings/$1.gpg"
  if [[ ! -f "$keyring" ]]; then
    curl -fsSL "$key_url" | gpg --dearmor -o "$keyring"
    changed "$keyring"
  fi
  if printf '%s\n' "deb [signed-by=$keyring] $line" | install_file "/etc/apt/sources.list.d/$name.list" 644; then
    apt_updated=false
  fi
}

say "== packages"
apt_install ca-certificates curl gnupg openssl ufw
if [[ "$(node --version 2>/dev/null || true)" != v24.* ]]; then
  add_apt_source nodesource https://deb.nodesource.com/gpgkey/nodesource-repo.gpg.key \
    "https://deb.nodesource.com/node_24.x nodistro main"
  apt-get update -q && apt_updated=true
  apt-get install -y -q nodejs
  changed "Node.js $(node --version)"
fi
if ! command -v caddy >/dev/null; then
  add_apt_source caddy-stable https://dl.cloudsmith.io/public/caddy/stable/gpg.key \
    "https://dl.cloudsmith.io/public/caddy/stable/deb/debian any-version main"
  apt_install caddy
fi
[[ -n "$database_url" ]] || apt_install postgresql

say "== the pawpath account and folders"
if ! id pawpath >/dev/null 2>&1; then
  useradd --system --home-dir "$APP_HOME" --shell /usr/sbin/nologin pawpath
  changed "user pawpath"
fi
install -d -m 755 "$APP_HOME" "$RELEASES"
install -d -m 750 -o pawpath -g pawpath "$DATA_DIR"
install -d -m 750 -o root -g pawpath "$ETC_DIR"
install -d -m 700 -o pawpath -g pawpath "$BACKUP_DIR_DEFAULT"

say "== database"
if [[ -z "$database_url" ]]; then
  systemctl enable --now --quiet postgresql
  as_postgres() { runuser -u postgres -- psql -qtAX "$@"; }
  if [[ -f "$ETC_DIR/env" ]] && grep -q '^DATABASE_URL=' "$ETC_DIR/env"; then
    database_url="$(sed -n 's/^DATABASE_URL=//p' "$ETC_DIR/env")"
  else
    database_url="postgres://pawpath:$(openssl rand -hex 24)@127.0.0.1:5432/pawpath"
  fi
  password="$(sed -n 's#^postgres://pawpath:\([^@]*\)@.*#\1#p' <<<"$database_url")"
  if [[ "$(as_postgres -c "select 1 from pg_roles where rolname = 'pawpath'")" != 1 ]]; then
    as_postgres -c "create role pawpath login password '$password'"
    changed "PostgreSQL role pawpath"
  fi
  if [[ "$(as_postgres -c "select 1 from pg_database where datname = 'pawpath'")" != 1 ]]; then
    as_postgres -c "create database pawpath owner pawpath"
    changed "PostgreSQL database pawpath"
  fi
  # restore.sh checks a backup by restoring it into a scratch database of its own.
  if [[ "$(as_postgres -c "select rolcreatedb from pg_roles where rolname = 'pawpath'")" != t ]]; then
    as_postgres -c "alter role pawpath createdb"
    changed "PostgreSQL role pawpath may create (scratch restore) databases"
  fi
else
  # pg_dump and pg_restore for backups of the managed server (docs/backups.md: match its major version).
  apt_install postgresql-client
fi

say "== settings"
# Only what is missing is added: an operator's edits and the generated secret survive every re-run.
touch "$ETC_DIR/env"
set_default() {
  grep -q "^$1=" "$ETC_DIR/env" && return 0
  printf '%s=%s\n' "$1" "$2" >>"$ETC_DIR/env"
  changed "$ETC_DIR/env: $1"
}
set_default APP_URL "https://$domain"
set_default DATABASE_URL "$database_url"
set_default BETTER_AUTH_SECRET "$(openssl rand -base64 32)"
set_default DATA_DIR /var/lib/pawpath
set_default STORAGE_DRIVER local
chown root:pawpath "$ETC_DIR/env"
chmod 640 "$ETC_DIR/env"
# Backups: to a folder by default; BACKUP_S3_URI instead sends them to S3 (docs/backups.md).
touch "$ETC_DIR/backup.env"
set_backup_default() {
  grep -q "^$1=" "$ETC_DIR/backup.env" && return 0
  printf '%s=%s\n' "$1" "$2" >>"$ETC_DIR/backup.env"
  changed "$ETC_DIR/backup.env: $1"
}
grep -q '^BACKUP_S3_URI=' "$ETC_DIR/backup.env" || set_backup_default BACKUP_DIR "$BACKUP_DIR_DEFAULT"
set_backup_default BACKUP_KEEP_DAILY 7
set_backup_default BACKUP_KEEP_WEEKLY 4
set_backup_default BACKUP_KEEP_MONTHLY 6
chown root:pawpath "$ETC_DIR/backup.env"
chmod 640 "$ETC_DIR/backup.env"
for colour in blue green; do
  printf 'PORT=%s\nHOSTNAME=127.0.0.1\n' "$(colour_port "$colour")" |
    install_file "$ETC_DIR/colour-$colour.env" 644 || true
done
printf 'DOMAIN=%s\nACME_EMAIL=%s\n' "$domain" "$email" | install_file "$ETC_DIR/caddy.env" 644 || true

say "== Caddy"
caddy_changed=false
install_file "$CADDY_DIR/Caddyfile" 644 <"$here/Caddyfile" && caddy_changed=true
# Before the first deploy Caddy answers 502 from blue; deploy.sh rewrites this file.
[[ -f "$UPSTREAM_SNIPPET" ]] || write_upstream blue
install -d -m 755 -o caddy -g caddy /var/log/caddy
printf '[Service]\nEnvironmentFile=%s\n' "$ETC_DIR/caddy.env" |
  install_file /etc/systemd/system/caddy.service.d/pawpath.conf 644 && caddy_changed=true

say "== systemd units and log limits"
units_changed=false
for unit in "${PAWPATH_UNITS[@]}"; do
  install_file "$UNIT_DIR/$unit" 644 <"$here/systemd/$unit" && units_changed=true
done
# Every unit logs to the journal; this caps it (Caddy rolls its own access log, see the Caddyfile).
printf '[Journal]\nSystemMaxUse=500M\nMaxRetentionSec=1month\n' |
  install_file /etc/systemd/journald.conf.d/pawpath.conf 644 && systemctl restart systemd-journald
if [[ "$units_changed" == true || "$caddy_changed" == true ]]; then systemctl daemon-reload; fi
for unit in "${PAWPATH_UNITS[@]}"; do
  [[ "$unit" == *.timer ]] && systemctl enable --now --quiet "$unit"
done
systemctl enable --quiet caddy
if [[ "$caddy_changed" == true ]] || ! systemctl is-active --quiet caddy; then systemctl restart caddy; fi

say "== firewall"
ufw_rules="$(ufw show added 2>/dev/null || true)"
for rule in OpenSSH 80/tcp 443/tcp; do
  grep -q "ufw allow $rule\$" <<<"$ufw_rules" || { ufw allow "$rule" >/dev/null && changed "ufw allow $rule"; }
done
ufw status | grep -q '^Status: active' || { ufw --force enable >/dev/null && changed "ufw enabled"; }

say "provisioned $domain. Next: deploy a release (a push to main does it, or"
say "  sudo deploy/deploy.sh pawpath-<sha>.tar.gz), then create the first admin account (docs/deploy.md)."
