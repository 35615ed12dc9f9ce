# shellcheck shell=bash
# Sourced by the benchmarks that need ClickHouse (pull_benchmark.sh, goals/goals_benchmark.sh): starts a throwaway clickhouse-server on free ports of
# 127.0.0.1 with its data in "$1" (a temporary folder), waits until it answers (30 s at
# most), and defines `ch` (clickhouse-client on its native port). The caller stops it with
# `kill "$ch_pid"` (its EXIT trap).
ch_start() {
    local dir=$1
    local chserver
    chserver=$(command -v clickhouse-server || echo /usr/sbin/clickhouse-server)
    [[ -x $chserver ]] || { echo "clickhouse-server is missing (apt-get install clickhouse-server)" >&2; return 1; }
    ch_tcp=$(free_port)
    ch_http=$(free_port)
    mkdir -p "$dir"
    cat > "$dir/config.xml" <<EOF
<yandex>
    <logger><level>warning</level><log>$dir/server.log</log><errorlog>$dir/server.err.log</errorlog></logger>
    <tcp_port>$ch_tcp</tcp_port>
    <http_port>$ch_http</http_port>
    <listen_host>127.0.0.1</listen_host>
    <path>$dir/data/</path>
    <tmp_path>$dir/tmp/</tmp_path>
    <user_files_path>$dir/user_files/</user_files_path>
    <format_schema_path>$dir/format_schemas/</format_schema_path>
    <users_config>$dir/users.xml</users_config>
    <default_profile>default</default_profile>
    <default_database>default</default_database>
    <mark_cache_size>5368709</mark_cache_size>
</yandex>
EOF
    cat > "$dir/users.xml" <<'EOF'
<yandex>
    <profiles><default><max_memory_usage>8000000000</max_memory_usage></default></profiles>
    <users><default><password></password><networks><ip>127.0.0.1</ip></networks>
        <profile>default</profile><quota>default</quota></default></users>
    <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors>
        <result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time>
    </interval></default></quotas>
</yandex>
EOF
    "$chserver" --config-file="$dir/config.xml" >"$dir/stdout.log" 2>&1 &
    ch_pid=$!
    for _ in $(seq 150); do
        ch --query "SELECT 1" >/dev/null 2>&1 && return 0
        kill -0 "$ch_pid" 2>/dev/null || { echo "clickhouse-server exited:" >&2; cat "$dir/server.err.log" >&2; return 1; }
        sleep 0.2
    done
    ch --query "SELECT 1" >/dev/null
}
ch() { clickhouse-client --host 127.0.0.1 --port "$ch_tcp" "$@"; }
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
