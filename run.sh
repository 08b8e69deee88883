#!/usr/bin/env bash
# Builds RegistryBot and runs it with the Microsoft 365 Agents Playground, a local Teams emulator,
# so that you can chat with the bot in your browser. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD

readonly BOT_URL=http://127.0.0.1:3978
readonly PLAYGROUND_PORT=56150
readonly BOT_DLL=src/RegistryBot/bin/Release/net10.0/RegistryBot.dll
readonly PLAYGROUND_CLI=tests/e2e/node_modules/@microsoft/m365agentsplayground/cli.js
readonly READY_TIMEOUT_SECONDS=60

say() { printf '\n==> %s\n' "$*"; }
fail() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

command -v dotnet >/dev/null || fail "the .NET 10 SDK is required (https://dot.net)."
command -v node >/dev/null && command -v npm >/dev/null || fail "Node.js 20 and npm are required for the Playground."

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_in_use 3978 && fail "port 3978 is in use: is RegistryBot already running?"
# Taken, the Playground would quietly move to another port and the link below would be wrong.
port_in_use "$PLAYGROUND_PORT" && fail "port $PLAYGROUND_PORT is in use: is a Playground already running?"

say "Building"
dotnet build RegistryBot.sln -c Release -nologo

if [ ! -d tests/e2e/node_modules ]; then
  say "Installing the Agents Playground (npm packages of tests/e2e)"
  npm ci --prefix tests/e2e --no-audit --no-fund
fi

pids=()
any_alive() {
  local pid
  for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && return 0; done
  return 1
}
cleanup() {
  trap - INT TERM EXIT
  [ "${#pids[@]}" -gt 0 ] || return 0
  say "Stopping"
  kill -TERM "${pids[@]}" 2>/dev/null || true
  for _ in $(seq 50); do
    any_alive || break
    sleep 0.1
  done
  kill -KILL "${pids[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
}
logs=$(mktemp -d "${TMPDIR:-/tmp}/registrybot-run.XXXXXX")
# A stop asked for removes the Playground's logs; they are kept when something failed.
stopped() { cleanup; rm -rf "$logs"; exit "$1"; }
trap cleanup EXIT
trap 'stopped 130' INT
trap 'stopped 143' TERM HUP

# Waits until $2 answers 2xx; fails when process $3 (named $1) exits first or the time is up.
wait_for() {
  local name=$1 url=$2 pid=$3 deadline=$((SECONDS + READY_TIMEOUT_SECONDS))
  until node -e 'fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$url"; do
    kill -0 "$pid" 2>/dev/null || fail "$name exited before $url answered."
    [ "$SECONDS" -lt "$deadline" ] || fail "$url did not answer within ${READY_TIMEOUT_SECONDS}s."
    sleep 0.5
  done
}

# Both run in sessions of their own: Ctrl-C reaches only this script, which then stops them in turn.
say "Starting RegistryBot on $BOT_URL"
setsid dotnet "$BOT_DLL" &
pids+=($!)
wait_for RegistryBot "$BOT_URL/healthz" "$!"

say "Starting the Agents Playground on port $PLAYGROUND_PORT (its log: $logs/playground.log)"
# The preload keeps it on loopback; without TEAMSAPPTESTER_BROWSER=none it tries to open a browser and dies.
(
  cd "$logs" # it writes devTools/ and reads .m365agentsplayground.yml in its working directory
  export TEAMSAPPTESTER_BROWSER=none M365_AGENTS_PLAYGROUND_LOGFILE="$logs/playground.log"
  exec setsid node --require "$root/tests/e2e/lib/bind-loopback.cjs" "$root/$PLAYGROUND_CLI" \
    --app-endpoint "$BOT_URL/api/messages" \
    --channel-id msteams \
    --port "$PLAYGROUND_PORT" \
    --service-url "http://127.0.0.1:$PLAYGROUND_PORT/_connector" \
    --disable-telemetry
) >"$logs/playground-console.log" 2>&1 &
pids+=($!)
wait_for "the Playground" "http://127.0.0.1:$PLAYGROUND_PORT/" "$!"

cat <<EOF

  Open http://localhost:$PLAYGROUND_PORT to chat with RegistryBot

  Try "help". The bot's log follows below; press Ctrl-C to stop.

EOF

# Runs until Ctrl-C, or until one of the two stops by itself.
set +e
wait -n "${pids[@]}"
status=$?
set -e
fail "a process stopped by itself (exit status $status); see the output above and $logs."
