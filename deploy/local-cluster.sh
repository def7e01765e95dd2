#!/usr/bin/env bash
# A local 3-silo cluster on 127.0.0.1: redis-server (membership), Azurite (grain state) and three
# published silo processes. Stops everything it started on Ctrl+C (or SIGTERM), by process id.
#   bash eng/install-test-tools.sh   # once: redis-server and Azurite
#   bash deploy/local-cluster.sh     # then connect to the orleans:// line it prints
# Ports (override with the environment): REDIS_PORT=6379 AZURITE_PORT=10000, silo i (0,1,2) listens on
# SILO_PORT+i (11111), GATEWAY_PORT+i (30000) and WEB_PORT+i (8080). SILOS=3.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
silos=${SILOS:-3}
redis_port=${REDIS_PORT:-6379}
azurite_port=${AZURITE_PORT:-10000}
silo_port=${SILO_PORT:-11111}
gateway_port=${GATEWAY_PORT:-30000}
web_port=${WEB_PORT:-8080}
work="$root/artifacts/local-cluster"
azurite="$root/.test-tools/azurite/node_modules/.bin/azurite-blob"

command -v redis-server >/dev/null || { echo "redis-server is missing: run bash eng/install-test-tools.sh" >&2; exit 1; }
[ -x "$azurite" ] || { echo "Azurite is missing at $azurite: run bash eng/install-test-tools.sh" >&2; exit 1; }

servers=()
silo_pids=()
stop() {
  trap - INT TERM EXIT
  # Silos first (SIGTERM: each hands its sessions over and leaves the membership table, which needs
  # Redis still up), then Redis and Azurite.
  echo "Stopping ${#silo_pids[@]} silos, then redis-server and Azurite"
  for pid in "${silo_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${silo_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  for pid in "${servers[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${servers[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop INT TERM EXIT

rm -rf "$work/logs" "$work/azurite"
mkdir -p "$work/logs" "$work/azurite"
echo "Publishing the silo into artifacts/local-cluster/silo"
dotnet publish Silo/Silo.csproj -c Release -o "$work/silo" --nologo -v quiet >"$work/logs/publish.log" 2>&1 \
  || { cat "$work/logs/publish.log" >&2; exit 1; }

redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no >"$work/logs/redis.log" 2>&1 &
servers+=($!)
"$azurite" --blobHost 127.0.0.1 --blobPort "$azurite_port" --location "$work/azurite" --silent --disableTelemetry --skipApiVersionCheck --loose >"$work/logs/azurite.log" 2>&1 &
servers+=($!)

blob="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$azurite_port/devstoreaccount1;"
gateways=()
for ((i = 0; i < silos; i++)); do
  (cd "$work/silo" && exec env \
    Clustering__Provider=Redis Clustering__Redis__ConnectionString="127.0.0.1:$redis_port" \
    Storage__Provider=AzureBlob Storage__AzureBlob__ConnectionString="$blob" \
    Silo__AdvertisedAddress=127.0.0.1 Silo__SiloPort=$((silo_port + i)) Silo__GatewayPort=$((gateway_port + i)) \
    Web__Port=$((web_port + i)) \
    dotnet OrleansPV.Silo.dll) >"$work/logs/silo$i.log" 2>&1 &
  silo_pids+=($!)
  gateways+=("127.0.0.1:$((gateway_port + i))")
done

echo "Waiting for $silos silos (logs in artifacts/local-cluster/logs)"
for ((i = 0; i < silos; i++)); do
  for ((t = 0; t < 600; t++)); do
    grep -q "OrleansPV silo ready" "$work/logs/silo$i.log" 2>/dev/null && break
    kill -0 "${silo_pids[$i]}" 2>/dev/null || { echo "Silo $i exited:" >&2; tail -20 "$work/logs/silo$i.log" >&2; exit 1; }
    sleep 0.5
  done
  grep -q "OrleansPV silo ready" "$work/logs/silo$i.log" || { echo "Silo $i was not ready in 5 minutes" >&2; exit 1; }
  echo "silo $i: web http://127.0.0.1:$((web_port + i))/ (health /health/ready, metrics /metrics)"
done
echo "Cluster ready: connect with orleans://$(IFS=,; echo "${gateways[*]}")"
echo "Ctrl+C stops it."
wait
