#!/usr/bin/env bash
# Load benchmark of the public pages on a large portal (see bench/README.md and docs/performance.md).
#
#   bench/run.sh [seconds per run, default 10]
#
# Builds Release, generates the data once (bench/results/bench.db: 10,000 examples, 2,000 Sozialbetriebe,
# 20,000 offers, 1,000 partners), starts the app once unmeasured (a start after an update may rebuild the search
# indexes), then starts the published app twice in Production on that file - instance A with
# the output cache, instance B without - and measures with wrk -t2 -c32 on 127.0.0.1 only: for every page a plain
# static copy of the same size served by A (the limit), the page from A (cached) and from B (uncached), one after
# the other, so a busy neighbour on the machine hits all three alike. Prints a Markdown table and keeps the raw
# wrk output in bench/results/<time>/. Bounded: 3 runs x 7 pages x the given seconds, a warm-up of 2 x 7 x 3 s, plus
# build and start-up.
set -euo pipefail

DURATION="${1:-10}"
WARMUP="${BENCH_WARMUP:-3}"
THREADS=2
CONNECTIONS=32
PORT_CACHED="${BENCH_PORT:-5305}"
PORT_UNCACHED=$((PORT_CACHED + 1))
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RESULTS="$ROOT/bench/results"
RUN="$RESULTS/$(date +%Y%m%d-%H%M%S)"
DATA="${BENCH_DATA:-$RESULTS/bench.db}"
APP="$RESULTS/app"
STATIC="$RUN/static"
mkdir -p "$RUN" "$STATIC"

command -v wrk >/dev/null || { echo "wrk fehlt: apt-get install -y wrk" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl fehlt" >&2; exit 1; }

echo "== Release build (ReadyToRun, as recommended for production in docs/performance.md)"
dotnet publish "$ROOT/src/SozialProduziert.Web" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$APP" --nologo -v quiet >"$RUN/publish.log"

# A database from before the newest migration would make the app try to migrate 274 MB; generate it again instead.
if [[ -f "$DATA" && -n "$(find "$ROOT/src/SozialProduziert.Web/Data/Migrations/Sqlite" -newer "$DATA" -name '*.cs' | head -1)" ]]; then
  echo "== $DATA is older than the newest migration: generating it again"
  rm -f "$DATA" "$DATA-wal" "$DATA-shm"
fi
if [[ ! -f "$DATA" ]]; then
  echo "== Generating data into $DATA (a few minutes, once)"
  dotnet run -c Release --project "$ROOT/bench/DataGenerator" -- "$DATA" | tee "$RUN/generate.log"
fi

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

# Starts the published app; prints its pid. $1 port, $2 true/false for the output cache.
start_app() {
  ASPNETCORE_ENVIRONMENT=Production DOTNET_NOLOGO=1 \
    "$APP/SozialProduziert.Web" --urls "http://127.0.0.1:$1" \
    --contentRoot "$APP" \
    --ConnectionStrings:Default="Data Source=$DATA" \
    --Demo:Enabled=false --Site:ShowDemoNotice=false \
    --PageCache:Enabled="$2" \
    --Benchmark:StaticFolder="$STATIC" \
    --Logging:LogLevel:Default=Warning \
    >"$RUN/app-$1.log" 2>&1 &
  echo $!
}

# Seconds from process start until the home page answers 200.
wait_for_home() {
  local port=$1 started=$2
  for _ in $(seq 1 600); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")" == 200 ]]; then
      awk -v now="$(date +%s.%N)" -v start="$started" 'BEGIN { printf "%.2f", now - start }'
      return 0
    fi
    sleep 0.05
  done
  echo "Die App auf Port $port antwortet nicht; siehe $RUN/app-$port.log" >&2
  exit 1
}

cpu_seconds() { awk '{ printf "%.2f", ($14 + $15) / 100 }' "/proc/$1/stat"; }

# An update that changes the search indexes rebuilds them at the first start (about 13 s on this data, once): do that
# in a start of its own, not measured, so the first-page figures below are those of a normal start.
echo "== Preparing the database (one start, not measured)"
PID_PREPARE=$(start_app "$PORT_UNCACHED" false); PIDS+=("$PID_PREPARE")
wait_for_home "$PORT_UNCACHED" "$(date +%s.%N)" >/dev/null
kill "$PID_PREPARE"
while kill -0 "$PID_PREPARE" 2>/dev/null; do sleep 0.1; done
mv "$RUN/app-$PORT_UNCACHED.log" "$RUN/app-prepare.log"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== Starting the app (A: cached on $PORT_CACHED, B: uncached on $PORT_UNCACHED; load $LOAD_BEFORE)"
STARTED=$(date +%s.%N)
PID_A=$(start_app "$PORT_CACHED" true); PIDS+=("$PID_A")
FIRST_PAGE_A=$(wait_for_home "$PORT_CACHED" "$STARTED")
CPU_A=$(cpu_seconds "$PID_A")
STARTED=$(date +%s.%N)
PID_B=$(start_app "$PORT_UNCACHED" false); PIDS+=("$PID_B")
FIRST_PAGE_B=$(wait_for_home "$PORT_UNCACHED" "$STARTED")
CPU_B=$(cpu_seconds "$PID_B")

# The pages: the first example and Sozialbetrieb the lists show.
A="http://127.0.0.1:$PORT_CACHED"
EXAMPLE=$(curl -s "$A/praxisbeispiele" | grep -o 'href="/praxisbeispiele/[a-z0-9-]*"' | grep -v '/feed"' | head -1 | cut -d'"' -f2)
ENTERPRISE=$(curl -s "$A/sozialbetriebe" | grep -o 'href="/sozialbetriebe/[a-z0-9-]*"' | head -1 | cut -d'"' -f2)
PAGES=(
  "Startseite|/|home.html"
  "Praxisbeispiele gefiltert|/praxisbeispiele?feld=holz&jahr=2022|list.html"
  "Praxisbeispiel|$EXAMPLE|example.html"
  "Sozialbetrieb|$ENTERPRISE|enterprise.html"
  "Suche, häufiges Wort|/suche?q=hocker|search.html"
  "Suche, zwei Wörter|/suche?q=hocker+altholz|search2.html"
  "Sitemap-Datei 1|/sitemap-1.xml|sitemap.xml"
)

# The static copies: each page's exact bytes, so the limit is measured at the same size.
for page in "${PAGES[@]}"; do
  IFS='|' read -r _ path file <<<"$page"
  curl -s -o "$STATIC/$file" "$A$path"
done

to_ms() { # wrk latency (e.g. 812.00us, 1.20ms, 1.01s) in milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

# Runs wrk; prints "requests/s p50 p99 errors".
measure() {
  local url=$1 name=$2
  curl -s -o /dev/null "$url"
  # A 10 s timeout, so slow uncached pages report their real latency instead of wrk's 2 s timeouts.
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency "$url" >"$RUN/$name.txt"
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$RUN/$name.txt")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$RUN/$name.txt")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$RUN/$name.txt")")
  errors=$(awk '/Non-2xx|Socket errors/ { sub(/^ +/, ""); printf "%s; ", $0 }' "$RUN/$name.txt")
  echo "$rps $p50 $p99 ${errors:-}"
}

# Warm-up, not measured: every page on both instances for a few seconds, so the JIT has compiled most of the hot code
# at full optimisation (tiered compilation) and the runs come close to the steady state of a long-running server
# (docs/performance.md says how close).
echo "== Warming up ($WARMUP s per page and instance)"
[[ "$WARMUP" -gt 0 ]] && for page in "${PAGES[@]}"; do
  IFS='|' read -r _ path _ <<<"$page"
  for base in "$A" "http://127.0.0.1:$PORT_UNCACHED"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s "$base$path" >/dev/null
  done
done

TABLE="$RUN/results.md"
{
  echo "| Seite | Größe | statisch req/s | gecacht req/s | p50 / p99 ms | Anteil | ungecacht req/s | p50 / p99 ms | Anteil |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
} >"$TABLE"

echo "== Measuring ($DURATION s per run, wrk -t$THREADS -c$CONNECTIONS)"
for page in "${PAGES[@]}"; do
  IFS='|' read -r label path file <<<"$page"
  size=$(stat -c %s "$STATIC/$file")
  read -r s_rps s_p50 s_p99 s_err <<<"$(measure "$A/benchmark-static/$file" "${file%.*}-static")"
  read -r c_rps c_p50 c_p99 c_err <<<"$(measure "$A$path" "${file%.*}-cached")"
  read -r u_rps u_p50 u_p99 u_err <<<"$(measure "http://127.0.0.1:$PORT_UNCACHED$path" "${file%.*}-uncached")"
  c_ratio=$(awk -v a="$c_rps" -v b="$s_rps" 'BEGIN { printf "%.0f %%", 100 * a / b }')
  u_ratio=$(awk -v a="$u_rps" -v b="$s_rps" 'BEGIN { printf "%.1f %%", 100 * a / b }')
  line="| $label \`$path\` | $((size / 1024)) KB | $s_rps | $c_rps | $c_p50 / $c_p99 | $c_ratio | $u_rps | $u_p50 / $u_p99 | $u_ratio |"
  echo "$line" >>"$TABLE"
  echo "$line"
  for e in "$s_err" "$c_err" "$u_err"; do [[ -n "$e" ]] && echo "   Achtung ($label): $e"; done
done

RSS_A=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$PID_A/status")
RSS_B=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$PID_B/status")
{
  echo
  echo "- Spitzen-RSS (VmHWM): A (gecacht) $RSS_A MB, B (ungecacht) $RSS_B MB"
  echo "- Erste Seite nach Prozessstart: A $FIRST_PAGE_A s, B $FIRST_PAGE_B s"
  echo "- Prozessorzeit bis zur ersten Seite: A $CPU_A s, B $CPU_B s (weniger abhängig von anderer Last als die Wanduhrzeit)"
  echo "- $(date -Iseconds), $(nproc) Kerne, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s"
  echo "- Last der Maschine (loadavg) am Ende: $(cut -d' ' -f1-3 /proc/loadavg); zu Beginn: $LOAD_BEFORE"
} | tee -a "$TABLE"
echo "== Results: $TABLE"
