#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the server tests, on 127.0.0.1 only.
#   pg-cluster.sh start DIR   initdb in DIR, start on a free port, write DIR/conninfo
#   pg-cluster.sh stop DIR    stop it and remove DIR
# CTest runs these as the setup and cleanup of the "postgres" fixture. PostgreSQL refuses to
# run as root, so as root the cluster runs as the postgres user (Debian's package creates it).
set -euo pipefail

action=${1:?start or stop}
dir=${2:?cluster directory}

bindir=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$candidate/initdb" ]; then bindir=$candidate; break; fi
done
[ -n "$bindir" ] || bindir=$(dirname "$(command -v initdb)")

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    as_owner=(runuser -u postgres --)
fi

stop_cluster() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${as_owner[@]}" "$bindir/pg_ctl" stop -D "$dir/data" -m immediate -w >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "$action" in
start)
    stop_cluster # a cluster left by an interrupted run
    mkdir -p "$dir"
    if [ ${#as_owner[@]} -gt 0 ]; then chown postgres "$dir"; fi
    "${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 \
        --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log"; exit 1; }
    # A free port: try a few at random; the server refuses one that is taken.
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
        port=$((20000 + RANDOM % 30000))
        if "${as_owner[@]}" "$bindir/pg_ctl" start -D "$dir/data" -w -t 60 -l "$dir/server.log" \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300 -c shared_buffers=64MB" \
            >/dev/null 2>&1; then
            echo "host=127.0.0.1 port=$port user=postgres dbname=postgres" >"$dir/conninfo"
            echo "PostgreSQL on 127.0.0.1:$port ($dir)"
            exit 0
        fi
    done
    cat "$dir/server.log" || true
    echo "PostgreSQL did not start" >&2
    exit 1
    ;;
stop)
    stop_cluster
    ;;
*)
    echo "unknown action: $action" >&2
    exit 2
    ;;
esac
