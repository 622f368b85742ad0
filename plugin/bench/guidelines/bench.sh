#!/usr/bin/env bash
# Speed of the guideline index (search_guidelines): build time and searches per second on a synthetic
# .review/ folder. Usage, from anywhere: plugin/bench/guidelines/bench.sh [documents] [runs]
set -euo pipefail
cd "$(dirname "$0")/../../.."
OUT=plugin/bench/guidelines/target
./mvnw -B -q -pl plugin -am compile
mkdir -p "$OUT"
javac -d "$OUT" -cp plugin/target/classes plugin/bench/guidelines/GuidelineBench.java
java -cp "$OUT:plugin/target/classes" GuidelineBench "${1:-500}" "${2:-5}"
