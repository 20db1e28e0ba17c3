#!/usr/bin/env bash
# Runs the benchmark suite with fixed settings and writes compass-benchmarks/RESULTS.md.
#
#   compass-benchmarks/run.sh            every benchmark, then P6 (memory) and P7 (cold start)
#   compass-benchmarks/run.sh Rules      only the JMH benchmarks whose name matches (a regular expression)
#
# Settings are fixed so that runs compare: two forks (each JVM compiles the code its own way, and one fork's
# luck moved a ratio by up to 15%), 3 warm-up and 5 measured iterations of 2 s, one
# benchmark thread (the machine has 2 cores: the second is left to the JIT and the GC), a 3 GB heap touched
# once at start-up (AlwaysPreTouch: otherwise whichever benchmark first cycles through the heap pays the kernel
# for zeroing each fresh page, and the first measured iterations of a large case run several times slower). Each
# benchmark and its peer run in the same invocation, so their ratio is measured on the same machine state.
# The data is generated from fixed seeds into compass-benchmarks/target/benchmark-data on first use.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -pl compass-benchmarks -am package -Dmaven.test.skip=true -Dmaven.javadoc.skip=true
jar=compass-benchmarks/target/benchmarks.jar
out=compass-benchmarks/target/results
rm -rf "$out"
mkdir -p "$out/measurements"

java -jar "$jar" -f 2 -wi 3 -w 2s -i 5 -r 2s -t 1 -jvmArgs "-Xms3g -Xmx3g -XX:+AlwaysPreTouch" \
    -rf json -rff "$out/jmh.json" "${1:-nl.competentiekompas.benchmarks.*}"

if [ -z "${1:-}" ]; then
  # P6: a gigabyte of CSV through the import in a child JVM with -Xmx256m
  java -cp "$jar" nl.competentiekompas.benchmarks.MemoryCheck "$out/measurements"
  # P7: compass validate from a fresh JVM against a bare hello-world (needs the tool's jar)
  if [ -f compass-examples/pom.xml ]; then
    mvn -B -q -pl compass-examples -am package -Dmaven.test.skip=true -Dmaven.javadoc.skip=true || true
  fi
  java -cp "$jar" nl.competentiekompas.benchmarks.ColdStart "$out/measurements" \
      compass-examples/target/compass.jar "$jar"
fi

java -cp "$jar" nl.competentiekompas.benchmarks.Results "$out/jmh.json" "$out/measurements" \
    compass-benchmarks/RESULTS.md
echo "wrote compass-benchmarks/RESULTS.md"
