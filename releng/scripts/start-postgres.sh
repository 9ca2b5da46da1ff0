#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on 127.0.0.1 for the store tests and prints the variables the build
# reads (eval "$(releng/scripts/start-postgres.sh)"). Installs Debian's postgresql package when missing.
# PostgreSQL refuses to run as root, so the cluster belongs to the postgres user.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  "$here/apt-install.sh" postgresql >&2
fi
bin="$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")"
as_pg=()
[ "$(id -u)" -eq 0 ] && as_pg=(runuser -u postgres --)
data="$(mktemp -d /tmp/phaen-pg.XXXXXX)"
chmod 755 "$data"
[ "$(id -u)" -eq 0 ] && chown postgres "$data"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
password="phaen-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
pwfile="$data/pw"
printf '%s\n' "$password" > "$pwfile"
[ "$(id -u)" -eq 0 ] && chown postgres "$pwfile"
"${as_pg[@]}" "$bin/initdb" -D "$data/db" -U phaen --pwfile="$pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$bin/pg_ctl" -D "$data/db" -l "$data/log" -w -o "-c listen_addresses=127.0.0.1 -p $port -k $data" start >/dev/null
PGPASSWORD="$password" "$bin/createdb" -h 127.0.0.1 -p "$port" -U phaen phaen_test
echo "export PHAEN_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:$port/phaen_test"
echo "export PHAEN_TEST_POSTGRES_USER=phaen"
echo "export PHAEN_TEST_POSTGRES_PASSWORD=$password"
echo "export PHAEN_TEST_POSTGRES_BIN=$bin PHAEN_TEST_POSTGRES_DATA=$data/db"
