#!/usr/bin/env bash
# Throughput of the metrics-tool CLI against JavaParser alone and PMD 7, on the Guava sources.
# Every run is a cold JVM, as in a user's build; each figure is the best of RUNS runs (default 3).
# Usage, from anywhere: metrics-tool/bench/bench.sh     (RUNS=5 metrics-tool/bench/bench.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${RUNS:-3}"
BENCH=metrics-tool/bench
OUT="$BENCH/target"

echo "Building the CLI jar and fetching Guava's sources and PMD's CLI through Maven..." >&2
./mvnw -B -q -pl metrics-tool -am package -DskipTests
./mvnw -B -q -f "$BENCH/pom.xml" generate-resources
JAR="$(ls metrics-tool/target/metrics-tool-*-cli.jar)"
mkdir -p "$OUT/classes"
javac -d "$OUT/classes" -cp "$JAR" "$BENCH/ParseOnly.java"
PMD_CP="$(cat "$OUT/pmd.classpath")"
PMD_VERSION="$(sed -n 's:.*<pmd.version>\(.*\)</pmd.version>.*:\1:p' pom.xml)"
TREE="$OUT/guava"
FILES="$(find "$TREE" -name '*.java' | wc -l)"
LINES="$(find "$TREE" -name '*.java' -print0 | xargs -0 cat | wc -l)"

# best KEY LABEL COMMAND...: runs COMMAND RUNS times, keeps the fastest wall time in $OUT/KEY.ns and
# prints one table row.
best() {
  local key="$1" label="$2"; shift 2
  local fastest="" start end ns
  for _ in $(seq "$RUNS"); do
    start="$(date +%s%N)"
    if ! "$@" > "$OUT/last.out" 2> "$OUT/last.err"; then
      echo "$label failed:" >&2; tail -5 "$OUT/last.err" >&2; exit 1
    fi
    end="$(date +%s%N)"
    ns=$((end - start))
    if [[ -z "$fastest" || "$ns" -lt "$fastest" ]]; then fastest="$ns"; fi
  done
  awk -v l="$label" -v f="$FILES" -v n="$LINES" -v ns="$fastest" \
    'BEGIN { s = ns / 1e9; printf "%-40s %6d %8d %9.2f %10.0f\n", l, f, n, s, n / s }'
  echo "$fastest" > "$OUT/$key.ns"
}

echo "tree: $TREE (Guava sources), best of $RUNS cold-JVM runs, $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-40s %6s %8s %9s %10s\n" "run" "files" "lines" "seconds" "lines/s"
best one "metrics-tool --threads 1" java -jar "$JAR" --threads 1 "$TREE"
best two "metrics-tool --threads 2" java -jar "$JAR" --threads 2 "$TREE"
best parse "JavaParser parse only (1 thread)" java -cp "$JAR:$OUT/classes" ParseOnly "$TREE"
best pmd "PMD $PMD_VERSION, 4 metric rules (1 thread)" java -cp "$PMD_CP" net.sourceforge.pmd.cli.PmdCli check \
  --no-cache --no-progress --no-fail-on-violation --threads 1 --use-version java-21 \
  --rulesets "$BENCH/pmd-metrics.xml" --dir "$TREE" --format text --report-file /dev/null
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

awk -v one="$(cat "$OUT/one.ns")" -v two="$(cat "$OUT/two.ns")" -v parse="$(cat "$OUT/parse.ns")" -v pmd="$(cat "$OUT/pmd.ns")" \
  'BEGIN {
     printf "metrics over parsing alone: %+.0f%% (aim: at most +25%%)\n", (one / parse - 1) * 100
     printf "speed-up with 2 threads:    %.2fx (aim: close to 2x)\n", one / two
     printf "PMD time / metrics time:    %.2fx (aim: above 1)\n", pmd / one
   }'
