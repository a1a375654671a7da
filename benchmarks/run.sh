#!/usr/bin/env bash
# Reproduces the figures in benchmarks/README.md: builds, runs the JMH benchmarks (with the GC
# profiler for allocation), prints PDF sizes and page counts, then times the cold batch
# `./csc-briefs brief --all` under /usr/bin/time, and ends with the three speed figures of this one
# run (targets.md): Jasper's warm brief / ours (>= 3), the batch's wall / its ideal of briefs x warm
# brief / cores (<= 2), the batch's peak resident set (<= 1 GB). Results go to benchmarks/results/.
# Takes about 15 to 20 minutes on 2 cores. Needs GNU time (Debian: apt-get install time).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
results="$here/results"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$results"

if [[ ! -x /usr/bin/time ]]; then
  echo "run.sh: needs GNU time at /usr/bin/time (Debian: apt-get install time)" >&2
  exit 1
fi

echo "== build" >&2
(cd "$root" && mvn -B -q -DskipTests package -pl benchmarks,examples -am)
jar="$here/target/benchmarks.jar"
java_opts=(-Djava.awt.headless=true)

{
  echo "date: $stamp"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "memory: $(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -version 2>&1 | sed 's/^/java: /'
} > "$results/machine-$stamp.txt"

echo "== JMH (one fork per benchmark; -prof gc for allocation per operation)" >&2
java "${java_opts[@]}" -jar "$jar" \
  -f 1 -wi 3 -w 5s -i 5 -r 5s \
  -jvmArgsAppend "-Djava.awt.headless=true -Xmx2g" \
  -prof gc \
  -rf json -rff "$results/jmh-$stamp.json" \
  'BriefBenchmark|HtmlBenchmark|SaveFloorBenchmark|MetricsBenchmark' | tee "$results/jmh-$stamp.txt"

echo "== summary" >&2
java -cp "$jar" io.github.cscbriefs.benchmarks.Summary "$results/jmh-$stamp.json" \
  | tee "$results/summary-$stamp.md"

echo "== PDF size and pages per brief" >&2
java "${java_opts[@]}" -cp "$jar" io.github.cscbriefs.benchmarks.PdfSizes 2>/dev/null \
  | tee "$results/sizes-$stamp.csv"

# The batch, from a cold JVM, as a user runs it (the launcher caps the heap at 768 MiB); then again
# with the JVM's own default heap (a quarter of physical memory), to show what the cap saves. The
# launcher's class-data-sharing archive is made first by one small brief, as a user's first run
# after a build would.
batch() {
  local label="$1" opts="$2" format="${3:-both}" out time_file="$results/batch-time-$1${4:+-$4}-$stamp.txt"
  echo "== batch ($label): ./csc-briefs brief --all --format $format, cold JVM, CSC_BRIEFS_JAVA_OPTS='$opts'" >&2
  out="$(mktemp -d)"
  CSC_BRIEFS_JAVA_OPTS="$opts" /usr/bin/time -v -o "$time_file" \
    "$root/csc-briefs" brief --all --format "$format" --out "$out" | tail -1 >&2
  local briefs wall rss_kb seconds cpu
  briefs="$(find "$out" -name '*.pdf' -o -name '*.html' ! -name index.html | sed 's/\.[a-z]*$//' | sort -u | wc -l)"
  wall="$(grep 'Elapsed (wall clock)' "$time_file" | awk '{print $NF}')"
  rss_kb="$(grep 'Maximum resident set size' "$time_file" | awk '{print $NF}')"
  seconds="$(awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }' <<< "$wall")"
  echo "batch ($label): $briefs briefs, wall $seconds s, peak RSS $((rss_kb / 1024)) MiB," \
    "$(awk -v n="$briefs" -v s="$seconds" 'BEGIN { printf "%.1f", n / s }') briefs/s," \
    "CPU $(grep -E 'User time' "$time_file" | awk '{print $NF}') s user" \
    "$(grep -E 'System time' "$time_file" | awk '{print $NF}') s system," \
    "load after $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results/batch-$stamp.txt"
  cpu="$(awk '/User time|System time/ { s += $NF } END { print s }' "$time_file")"
  batches+=("$label:$format:$briefs:$seconds:$rss_kb:$cpu")
  rm -rf "$out"
}
warm_out="$(mktemp -d)"
"$root/csc-briefs" brief --la Sefton --out "$warm_out" > /dev/null
rm -rf "$warm_out"
quarter_kb="$(awk '/^MemTotal:/ {print int($2 / 4)}' /proc/meminfo)"
batches=()
# The two shipped formats three times each, in turn: a shared machine's speed drifts by a tenth or
# more between minutes, so each is judged by its median run (Targets), every run listed.
for run in 1 2 3; do
  batch pdf-only "" pdf "$run"
  batch as-shipped "" both "$run"
done
# The JVM's defaults before the launcher chose C1 and the throughput collector: tiered C2 and G1.
batch c2-g1 "-XX:TieredStopAtLevel=4 -XX:+UseG1GC"
batch jvm-default-heap "-Xmx${quarter_kb}k"
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$results/machine-$stamp.txt"

echo "== the three figures of this run (targets-$stamp.md)" >&2
java -cp "$jar" io.github.cscbriefs.benchmarks.Targets "$results/jmh-$stamp.json" "$(nproc)" "${batches[@]}" \
  | tee "$results/targets-$stamp.md"
echo "results in $results (*-$stamp.*)" >&2
