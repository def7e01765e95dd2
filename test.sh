#!/usr/bin/env bash
# The test command: builds the solution and runs every test project on a fresh machine with the .NET SDK.
# It installs what the tests need if it is missing, and ends with one line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

bash eng/install-test-tools.sh

results="$(pwd)/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

status=0
dotnet build OrleansPV.sln -c Release --nologo -v quiet || exit $?
for project in test/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    -- RunConfiguration.TestSessionTimeout=1500000 || status=1
done

python3 eng/summarize-trx.py "$results" || status=1
exit $status
