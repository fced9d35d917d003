# Sourced by .ci/run. The tests of examples/service need PostgreSQL and headless Chromium; a clean CI
# machine has neither, so this installs them from Debian's packages, starts a throwaway PostgreSQL
# server in a temporary directory (stopped when .ci/run exits) and exports the variables with which
# PostgresServiceTest finds its scratch database. Works as root (no sudo needed) and as a sudoer.

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
# initdb refuses to run as root: as root, run the server as Debian's postgres user.
as_db_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if ! command -v chromedriver >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  echo "== examples/service: installing postgresql chromium chromium-driver (Debian packages)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql chromium chromium-driver >/dev/null
fi

openwor_pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
openwor_pg_dir=$(mktemp -d /tmp/openwor-pg.XXXXXX)
openwor_pg_port=${OPENWOR_CI_POSTGRES_PORT:-55432}
[ "$(id -u)" = 0 ] && chown postgres "$openwor_pg_dir"
as_db_owner "$openwor_pg_bin/initdb" -D "$openwor_pg_dir/data" -A trust -U postgres >"$openwor_pg_dir/initdb.log"
as_db_owner "$openwor_pg_bin/pg_ctl" -D "$openwor_pg_dir/data" -l "$openwor_pg_dir/server.log" -w \
  -o "-p $openwor_pg_port -k $openwor_pg_dir -c listen_addresses=localhost" start >/dev/null
trap 'as_db_owner "$openwor_pg_bin/pg_ctl" -D "$openwor_pg_dir/data" -m fast stop >/dev/null || true; rm -rf "$openwor_pg_dir"' EXIT
"$openwor_pg_bin/psql" -q -h localhost -p "$openwor_pg_port" -U postgres -v ON_ERROR_STOP=1 \
  -c "create user openwor password 'openwor'" -c "create database openwor_test owner openwor"
echo "== examples/service: PostgreSQL $("$openwor_pg_bin/postgres" --version | awk '{print $3}') on port $openwor_pg_port for PostgresServiceTest"

export OPENWOR_TEST_POSTGRES_URL="jdbc:postgresql://localhost:$openwor_pg_port/openwor_test"
export OPENWOR_TEST_POSTGRES_USER=openwor
export OPENWOR_TEST_POSTGRES_PASSWORD=openwor
