#!/usr/bin/env bash
# Restores, builds, publishes and runs every test: unit, integration, reliability, and the real-client tests in
# tests/e2e, which run on the published build.
set -uo pipefail
cd "$(dirname "$0")"

say() { printf '\n==> %s\n' "$*"; }
fail() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }

command -v dotnet >/dev/null || fail "the .NET 10 SDK is required (https://dot.net)."
command -v node >/dev/null && command -v npm >/dev/null || fail "Node.js 20 and npm are required for tests/e2e."

apt_install() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "Installing $1"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${@:2}" >/dev/null \
      || fail "could not install ${*:2} with apt-get."
  else
    fail "needs $1: run 'sudo apt-get install ${*:2}'."
  fi
}

if ! command -v chromium >/dev/null && [ ! -x /usr/bin/chromium ]; then
  apt_install "Debian's chromium, for the real-client tests" chromium
fi
if ! command -v clang >/dev/null || [ ! -f /usr/include/zlib.h ]; then
  apt_install "clang and zlib's headers, to publish the native build" clang zlib1g-dev
fi

say "Restoring and building"
dotnet restore RegistryBot.sln || fail "dotnet restore failed."
dotnet build RegistryBot.sln -c Release --no-restore -warnaserror || fail "the build failed."

say "Publishing the build that ships (one native executable, Native AOT), for the tests that run it"
rid=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')
published=$(mktemp -d)
trap 'rm -rf "$published"' EXIT
dotnet publish src/RegistryBot -c Release -r "$rid" -o "$published" -nologo -v quiet || fail "dotnet publish -r $rid failed."
export REGISTRYBOT_PUBLISHED_APP="$published/RegistryBot"

say "Installing the npm packages of tests/cards and tests/e2e"
npm ci --prefix tests/cards --no-audit --no-fund || fail "npm ci in tests/cards failed."
npm ci --prefix tests/e2e --no-audit --no-fund || fail "npm ci in tests/e2e failed."

results=$(mktemp -d)
status=0

say "Unit and integration tests"
dotnet test RegistryBot.sln -c Release --no-build 2>&1 | tee "$results/dotnet.log"
[ "${PIPESTATUS[0]}" = 0 ] || status=1

say "Card checker self-tests"
npm test --prefix tests/cards 2>&1 | tee "$results/cards.log"
[ "${PIPESTATUS[0]}" = 0 ] || status=1

say "Real-client tests (Agents Playground in headless Chromium), on the published build"
E2E_BOT="$REGISTRYBOT_PUBLISHED_APP" npm test --prefix tests/e2e 2>&1 | tee "$results/e2e.log"
[ "${PIPESTATUS[0]}" = 0 ] || status=1

sum() { grep -oE "$1" "$2" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}'; }
node_sum() { echo $(( $(sum "^# $1 [0-9]+" "$results/cards.log") + $(sum "^# $1 [0-9]+" "$results/e2e.log") )); }
passed=$(( $(sum 'Passed: +[0-9]+' "$results/dotnet.log") + $(node_sum pass) ))
failed=$(( $(sum 'Failed: +[0-9]+' "$results/dotnet.log") + $(node_sum fail) ))
skipped=$(( $(sum 'Skipped: +[0-9]+' "$results/dotnet.log") + $(node_sum skipped) ))
rm -rf "$results"

if [ "$status" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi
echo
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
