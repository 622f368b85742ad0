#!/usr/bin/env bash
# Throughput of the metrics-tool CLI against JavaParser alone and PMD 7, on the Guava sources.
# Every run is a cold JVM, as in a user's build; each figure is the best of RUNS runs (default 3).
# Usage, from anywhere: metrics-tool/bench/bench.sh
#   RUNS=5     best of 5 runs
#   COPIES=4   measure a tree of 4 copies of the sources: a longer run, where the JIT compiler's start-up
#              work weighs less
#   JAVA_OPTS="-XX:TieredStopAtLevel=1"   JVM options for every run (ours, the baseline and PMD's alike);
#              C1 only spares the second core that C2 otherwise spends compiling JavaParser's parser
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${RUNS:-3}"
COPIES="${COPIES:-1}"
read -r -a JVM <<< "${JAVA_OPTS:-}"
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
if [[ "$COPIES" -gt 1 ]]; then
  TREE="$OUT/guava-x$COPIES"
  if [[ ! -d "$TREE" ]]; then
    for i in $(seq "$COPIES"); do mkdir -p "$TREE/copy$i"; cp -r "$OUT/guava/." "$TREE/copy$i/"; done
  fi
fi
FILES="$(find "$TREE" -name '*.java' | wc -l)"
LINES="$(find "$TREE" -name '*.java' -print0 | xargs -0 cat | wc -l)"

# best KEY LABEL COMMAND...: runs COMMAND RUNS times, keeps the fastest wall time (and that run's CPU
# time, user + system, which other load on the machine skews less) in $OUT/KEY.time, and prints one row.
TIMEFORMAT='%R %U %S'
best() {
  local key="$1" label="$2"; shift 2
  local fastest="" cpu="" wall user sys
  for _ in $(seq "$RUNS"); do
    if ! { time "$@" > "$OUT/last.out" 2> "$OUT/last.err"; } 2> "$OUT/last.time"; then
      echo "$label failed:" >&2; tail -5 "$OUT/last.err" >&2; exit 1
    fi
    read -r wall user sys < "$OUT/last.time"
    if [[ -z "$fastest" ]] || awk -v a="$wall" -v b="$fastest" 'BEGIN { exit !(a < b) }'; then
      fastest="$wall"; cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')"
    fi
  done
  awk -v l="$label" -v f="$FILES" -v n="$LINES" -v s="$fastest" -v c="$cpu" \
    'BEGIN { printf "%-40s %6d %8d %8.2f %8.2f %10.0f\n", l, f, n, s, c, n / s }'
  echo "$fastest $cpu" > "$OUT/$key.time"
}

echo "tree: $TREE (Guava sources x$COPIES), best of $RUNS cold-JVM runs, JVM options: ${JAVA_OPTS:-none}, $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-40s %6s %8s %8s %8s %10s\n" "run" "files" "lines" "wall s" "cpu s" "lines/s"
best one "metrics-tool --threads 1" java "${JVM[@]}" -jar "$JAR" --threads 1 "$TREE"
best two "metrics-tool --threads 2" java "${JVM[@]}" -jar "$JAR" --threads 2 "$TREE"
best parse "JavaParser parse only (1 thread)" java "${JVM[@]}" -cp "$JAR:$OUT/classes" ParseOnly "$TREE"
best pmd "PMD $PMD_VERSION, 4 metric rules (1 thread)" java "${JVM[@]}" -cp "$PMD_CP" net.sourceforge.pmd.cli.PmdCli check \
  --no-cache --no-progress --no-fail-on-violation --threads 1 --use-version java-21 \
  --rulesets "$BENCH/pmd-metrics.xml" --dir "$TREE" --format text --report-file /dev/null
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

# Ratios of wall times, and in brackets of CPU times.
read -r one_w one_c < "$OUT/one.time"
read -r two_w two_c < "$OUT/two.time"
read -r parse_w parse_c < "$OUT/parse.time"
read -r pmd_w pmd_c < "$OUT/pmd.time"
awk -v ow="$one_w" -v oc="$one_c" -v tw="$two_w" -v tc="$two_c" -v aw="$parse_w" -v ac="$parse_c" \
    -v pw="$pmd_w" -v pc="$pmd_c" \
  'BEGIN {
     printf "metrics over parsing alone: %+.0f%% (cpu %+.0f%%), aim: at most +25%%\n", (ow / aw - 1) * 100, (oc / ac - 1) * 100
     printf "speed-up with 2 threads:    %.2fx (cpu used %.2fx), aim: close to 2x\n", ow / tw, tc / oc
     printf "PMD time / metrics time:    %.2fx (cpu %.2fx), aim: above 1\n", pw / ow, pc / oc
   }'
