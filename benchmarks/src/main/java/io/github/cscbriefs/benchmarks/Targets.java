package io.github.cscbriefs.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The three speed figures of one {@code run.sh} run, from its JMH result and its timed batches:
 * Jasper's warm brief ÷ ours (at least 3), each batch's wall time ÷ its ideal (at most 2) and each
 * batch's peak resident set (at most 1 GB). A batch's ideal is its briefs × the warm time of the
 * same work per brief ÷ the cores: {@code HtmlBenchmark.both} for {@code --format both},
 * {@code BriefBenchmark.ours} for {@code --format pdf}, averaged over the benchmarked councils.
 * Beside it, the wall time against the ideal taken from the warm brief's CPU time, which a machine
 * shared with other work disturbs far less than the warm wall time; a batch meets the target only
 * when both are at most 2. Then the batch's user and system CPU ÷ its briefs × the warm brief's CPU:
 * what the batch spends beyond the warm briefs (start-up, JIT, GC), whatever the cores do. A batch
 * timed more than once (run.sh times the two shipped formats three times each, as a shared machine's
 * speed drifts by a tenth or more between minutes) is judged by its median run, every run listed.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.cscbriefs.benchmarks.Targets RESULT.json CORES \
 *     LABEL:FORMAT:BRIEFS:WALL_SECONDS:PEAK_RSS_KB:CPU_SECONDS ...
 * }</pre>
 */
public final class Targets {

  static final double MIN_SPEED_UP = 3;
  static final double MAX_BATCH_RATIO = 2;
  static final long MAX_RSS_KB = 1024 * 1024;

  /** One timed batch, as run.sh measured it. */
  record Batch(String label, String format, int briefs, double wallSeconds, long rssKb, double cpuSeconds) {

    static Batch parse(String text) {
      String[] p = text.split(":");
      if (p.length != 6) {
        throw new IllegalArgumentException(
            "a batch is LABEL:FORMAT:BRIEFS:WALL_SECONDS:PEAK_RSS_KB:CPU_SECONDS, not " + text);
      }
      return new Batch(p[0], p[1], Integer.parseInt(p[2]), Double.parseDouble(p[3]), Long.parseLong(p[4]),
          Double.parseDouble(p[5]));
    }
  }

  private Targets() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: Targets RESULT.json CORES [LABEL:FORMAT:BRIEFS:WALL:RSS_KB:CPU ...]");
    }
    Map<String, Summary.Figures> results = Summary.read(Path.of(args[0]));
    int cores = Integer.parseInt(args[1]);
    List<Batch> batches = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      batches.add(Batch.parse(args[i]));
    }
    System.out.print(table(results, cores, batches));
  }

  static String table(Map<String, Summary.Figures> results, int cores, List<Batch> batches) {
    StringBuilder out = new StringBuilder("| figure | measured | target | met? |\n|---|---|---|---|\n");
    results.keySet().stream().filter(k -> k.startsWith("ours ")).forEach(key -> {
      String council = key.substring("ours ".length());
      Summary.Figures ours = results.get(key);
      Summary.Figures jasper = results.get("jasper " + council);
      if (jasper != null) {
        double ratio = jasper.wallMs() / ours.wallMs();
        out.append(String.format(Locale.ROOT,
            "| one brief, warm, %s: Jasper ÷ ours | %.1f ms ÷ %.1f ms = **%.2f×** (CPU %.1f ÷ %.1f ms = %.2f×) "
                + "| ≥ %.0f× | %s |%n",
            council, jasper.wallMs(), ours.wallMs(), ratio, jasper.cpuMs(), ours.cpuMs(),
            jasper.cpuMs() / ours.cpuMs(), MIN_SPEED_UP, ratio >= MIN_SPEED_UP ? "yes" : "no"));
      }
    });
    Map<String, List<Batch>> byLabel = new LinkedHashMap<>();
    batches.forEach(b -> byLabel.computeIfAbsent(b.label(), k -> new ArrayList<>()).add(b));
    for (List<Batch> runs : byLabel.values()) {
      // A batch run more than once is judged by its median run (by wall time), every run shown; its
      // peak resident set is the largest of the runs.
      List<Batch> byWall = runs.stream().sorted(Comparator.comparingDouble(Batch::wallSeconds)).toList();
      Batch median = byWall.get(byWall.size() / 2);
      long rssKb = runs.stream().mapToLong(Batch::rssKb).max().orElseThrow();
      String label = runs.size() == 1 ? median.label()
          : median.label() + ", the median of " + runs.size() + " runs (" + runs.stream()
              .map(b -> String.format(Locale.ROOT, "%.2f s", b.wallSeconds())).collect(Collectors.joining(", "))
              + ")";
      Batch batch = new Batch(label, median.format(), median.briefs(), median.wallSeconds(), rssKb,
          median.cpuSeconds());
      String benchmark = "pdf".equals(batch.format()) ? "ours" : "both";
      List<Summary.Figures> warm = results.entrySet().stream().filter(e -> e.getKey().startsWith(benchmark + " "))
          .map(Map.Entry::getValue).toList();
      if (warm.isEmpty()) {
        out.append("| batch ").append(batch.label()).append(" | no warm ").append(benchmark)
            .append(" figure in the JMH result | | |\n");
      } else {
        double warmMs = warm.stream().mapToDouble(Summary.Figures::wallMs).average().orElseThrow();
        double warmCpuMs = warm.stream().mapToDouble(Summary.Figures::cpuMs).average().orElseThrow();
        double ideal = batch.briefs() * warmMs / cores / 1000;
        double ratio = batch.wallSeconds() / ideal;
        double idealCpu = batch.briefs() * warmCpuMs / 1000;
        double cpuRatio = batch.wallSeconds() / (idealCpu / cores);
        out.append(String.format(Locale.ROOT,
            "| batch %s (`--format %s`): wall ÷ ideal | %.2f s ÷ (%d × %.1f ms ÷ %d cores = %.2f s) = **%.2f×**; "
                + "against the warm CPU time %.2f s ÷ (%d × %.1f ms ÷ %d = %.2f s) = **%.2f×**; "
                + "its CPU %.2f s = %.2f× its briefs' warm CPU "
                + "| ≤ %.0f× | %s |%n",
            batch.label(), batch.format(), batch.wallSeconds(), batch.briefs(), warmMs, cores, ideal, ratio,
            batch.wallSeconds(), batch.briefs(), warmCpuMs, cores, idealCpu / cores, cpuRatio,
            batch.cpuSeconds(), batch.cpuSeconds() / idealCpu,
            MAX_BATCH_RATIO, Math.max(ratio, cpuRatio) <= MAX_BATCH_RATIO ? "yes" : "no"));
      }
      out.append(String.format(Locale.ROOT, "| batch %s: peak RSS | **%d MiB** (%,d kB) | ≤ 1 GB | %s |%n",
          batch.label(), batch.rssKb() / 1024, batch.rssKb(), batch.rssKb() <= MAX_RSS_KB ? "yes" : "no"));
    }
    return out.toString();
  }
}
