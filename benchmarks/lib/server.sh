# Sourced by the load benchmarks: publishes the server and CLI (Release), starts the server on 127.0.0.1:$1 with its
# own data directory, logs the first-run admin in through the CLI, and leaves behind:
#   $work (scratch directory, removed on exit), $server_pid, cli (a function running the CLI as admin),
#   $admin_password, $token (the admin's access token).
# SERVER_START_SECONDS (default 120) bounds the wait for the first run's admin password: a loaded machine (other builds
# running) can take well over 20 s to start a Release publish.
start_groupus_server() {
  port="$1"
  work="$(mktemp -d)"
  trap 'kill "${server_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
  command -v h2load >/dev/null || { echo "h2load missing: apt-get install nghttp2-client" >&2; exit 1; }
  dotnet publish src/Api -c Release -o "$work/api" --nologo -v q >/dev/null
  dotnet publish src/Cli -c Release -o "$work/cli" --nologo -v q >/dev/null

  dotnet "$work/api/Groupus.Api.dll" --Groupus:DataDirectory="$work/data" \
    --Kestrel:Endpoints:Grpc:Url="http://127.0.0.1:$port" --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
  server_pid=$!
  local waited=0 limit=$(( ${SERVER_START_SECONDS:-120} * 5 ))
  until [ -f "$work/data/initial-password-admin.txt" ]; do
    kill -0 "$server_pid" 2>/dev/null || { echo "the server exited: $(tail -5 "$work/server.log")" >&2; exit 1; }
    [ "$waited" -lt "$limit" ] || { echo "the server did not come up in ${SERVER_START_SECONDS:-120} s" >&2; exit 1; }
    sleep 0.2; waited=$((waited + 1))
  done
  until curl -s --http2-prior-knowledge -H 'content-type: application/grpc' -H 'te: trailers' --data-binary @<(printf '\0\0\0\0\0') \
      -o "$work/health.answer" "http://127.0.0.1:$port/grpc.health.v1.Health/Check" && [ "$(xxd -p "$work/health.answer")" = 00000000020801 ]; do
    kill -0 "$server_pid" 2>/dev/null || { echo "the server exited: $(tail -5 "$work/server.log")" >&2; exit 1; }
    [ "$waited" -lt "$limit" ] || { echo "the server did not answer SERVING in ${SERVER_START_SECONDS:-120} s" >&2; exit 1; }
    sleep 0.2; waited=$((waited + 1))
  done

  export XDG_CONFIG_HOME="$work/config" GROUPUS_SERVER="http://127.0.0.1:$port"
  admin_password="benchmark password one"
  printf '%s\n%s\n' "$(sed -n 's/^password: //p' "$work/data/initial-password-admin.txt")" "$admin_password" \
    | cli login --username admin --password-stdin >/dev/null
  token="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["accessToken"])' "$XDG_CONFIG_HOME/groupus/credentials.json")"
}

cli() { dotnet "$work/cli/groupus.dll" "$@"; }
