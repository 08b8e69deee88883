#!/usr/bin/env bash
# Builds the Teams app package (manifest.json, color.png, outline.png) from manifest/ for a bot:
#   ./package.sh --bot-id <guid> [--app-id <guid>] [--version 1.0.0] [--domain bot.example.com] [--output appPackage.zip]
# Other values come from manifest/app.settings.json (section TeamsApp) and environment variables such as
# TeamsApp__DeveloperName. Exit codes: 0 written, 2 invalid arguments or settings, 1 anything else.
set -euo pipefail

root="$(cd "$(dirname "$0")" && pwd)"
command -v dotnet >/dev/null || { echo "package.sh: the .NET 10 SDK is required (https://dot.net)." >&2; exit 1; }

exec dotnet run --project "$root/tools/RegistryBot.AppPackage" -c Release -- "$@"
