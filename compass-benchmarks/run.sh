#!/usr/bin/env bash
# Runs the benchmark suite with fixed settings and writes compass-benchmarks/RESULTS.md.
#
#   compass-benchmarks/run.sh            every benchmark (about 25 minutes on 2 cores)
#   compass-benchmarks/run.sh Rules      only benchmarks whose name matches (JMH regular expression)
#
# Settings are fixed so runs compare: one fork, 3 warm-up and 5 measured iterations of 2 s, one thread
# (the machine has 2 cores: the second is left to the JIT and GC), 3 GB heap. Each benchmark and its peer
# run in the same invocation, so their ratio is measured on the same machine state.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -pl compass-benchmarks -am package -Dmaven.test.skip=true -Dmaven.javadoc.skip=true
jar=compass-benchmarks/target/benchmarks.jar
out=compass-benchmarks/target/results
rm -rf "$out"
mkdir -p "$out/measurements"

java -jar "$jar" -f 1 -wi 3 -w 2s -i 5 -r 2s -t 1 -jvmArgs "-Xms3g -Xmx3g" \
    -rf json -rff "$out/jmh.json" "${1:-nl.competentiekompas.benchmarks.*}"

java -cp "$jar" nl.competentiekompas.benchmarks.Results "$out/jmh.json" "$out/measurements" \
    compass-benchmarks/RESULTS.md
echo "wrote compass-benchmarks/RESULTS.md"
