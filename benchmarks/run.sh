#!/usr/bin/env bash
# Builds the benchmarks, runs all of them (about 8 minutes on 2 CPUs: JMH's, then CompileCost, the processor's cost
# in one JVM) and writes BENCHMARKS.md at the repository root from their results. Arguments go to JMH:
# `benchmarks/run.sh -f 1 -wi 1 -i 1 -w 1s -r 1s` is a quick check, `benchmarks/run.sh StatusLookup` runs one
# benchmark class. COMPILE_COST gives CompileCost's options (such as "--warm-up 20 --measure 30"; by default 40 s
# of warm-up and 120 s measured); COMPILE_COST=none leaves it out.
set -euo pipefail
cd "$(dirname "$0")/.."

# clean: the compiler plugin does not recompile the benchmarks when only the processor on their processor path
# changed, which would leave the generated code of an older processor in place.
mvn -B -q -Pbenchmarks -pl benchmarks -am clean package -DskipTests

results=benchmarks/target/jmh-result.json
compile_results=benchmarks/target/compile-cost.json
compile_cost="${COMPILE_COST-}"
times=benchmarks/target/jmh-cpu-times
# CPU seconds the whole machine has spent (user, nice, system, irq, softirq, steal), to tell other work apart.
machine_cpu() { awk -v hz="$(getconf CLK_TCK)" '/^cpu /{printf "%.2f", ($2+$3+$4+$7+$8+$9)/hz}' /proc/stat; }

load_before="$(cat /proc/loadavg)"
machine_before="$(machine_cpu)"
start=$(date +%s)
TIMEFORMAT='%U %S'
# `time` reports the CPU time of JMH, the JVMs it forks and CompileCost; the benchmarks' own output goes on as usual.
{ time {
  java -jar benchmarks/target/benchmarks.jar -prof gc -rf json -rff "$results" "$@"
  rm -f "$compile_results"
  if [ "$compile_cost" != none ]; then
    # shellcheck disable=SC2086 # the options are words
    # The processor's own jar (not shade's original-*.jar), which the compiles that load the processor anew read.
    processor_jar="$(ls processor/target/dis-status-processor-*.jar)"
    java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar dev.disstatus.benchmarks.CompileCost \
      --out "$compile_results" --processor-jar "$processor_jar" $compile_cost
  fi
} 2>&3 ; } 3>&2 2>"$times"
seconds=$(( $(date +%s) - start ))
machine_after="$(machine_cpu)"
compile_args=()
if [ -f "$compile_results" ]; then
  compile_args=(--compile-results "$compile_results")
fi

java -cp benchmarks/target/benchmarks.jar dev.disstatus.benchmarks.BenchmarksReport \
  --results "$results" --out BENCHMARKS.md \
  ${compile_args[@]+"${compile_args[@]}"} \
  --nproc "$(nproc)" \
  --load-before "$load_before" \
  --seconds "$seconds" \
  --machine-cpu-seconds "$(awk -v a="$machine_before" -v b="$machine_after" 'BEGIN{printf "%.2f", b-a}')" \
  --benchmark-cpu-seconds "$(awk '{printf "%.2f", $1+$2}' "$times")" \
  --commit "$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!BENCHMARKS.md' || echo ', with uncommitted changes')" \
  --command "benchmarks/run.sh${*:+ $*}" \
  --notes benchmarks/NOTES.md
echo "Wrote BENCHMARKS.md"
