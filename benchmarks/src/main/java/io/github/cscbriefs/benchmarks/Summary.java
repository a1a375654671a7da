package io.github.cscbriefs.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JMH JSON result ({@code -rf json}) and prints the figures the README quotes: per brief
 * the wall time, the thread's CPU time and the allocation, for the project and for Jasper, with the
 * ratios; the save floor and the project's own time beside it; the metrics pass.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.github.cscbriefs.benchmarks.Summary RESULT.json}
 */
public final class Summary {

  /** One benchmark's figures: wall ms/op, CPU ms/op, MB allocated per op. */
  record Figures(double wallMs, double wallError, double cpuMs, double allocMb) {}

  private Summary() {}

  public static void main(String[] args) throws IOException {
    Map<String, Figures> results = read(Path.of(args[0]));
    StringBuilder out = new StringBuilder();
    out.append("| benchmark | wall ms/op | CPU ms/op | MB allocated/op |\n|---|---:|---:|---:|\n");
    results.forEach((name, f) -> out.append(String.format(Locale.ROOT, "| %s | %.1f ± %.1f | %.1f | %.1f |%n",
        name, f.wallMs(), f.wallError(), f.cpuMs(), f.allocMb())));
    out.append('\n');
    for (String council : new String[] {"North East Lincolnshire", "Sefton"}) {
      Figures ours = results.get("ours " + council);
      Figures jasper = results.get("jasper " + council);
      Figures compressed = results.get("jasperCompressed " + council);
      if (ours != null && jasper != null) {
        out.append(String.format(Locale.ROOT,
            "%s: Jasper (PDF/A-1a) / ours = %.2f× wall, %.2f× CPU, %.2f× allocation%n", council,
            jasper.wallMs() / ours.wallMs(), jasper.cpuMs() / ours.cpuMs(), jasper.allocMb() / ours.allocMb()));
      }
      if (ours != null && compressed != null) {
        out.append(String.format(Locale.ROOT,
            "%s: Jasper (compressed) / ours = %.2f× wall, %.2f× CPU%n", council,
            compressed.wallMs() / ours.wallMs(), compressed.cpuMs() / ours.cpuMs()));
      }
    }
    Figures save = results.get("save");
    Figures ours = results.get("ours North East Lincolnshire");
    if (save != null && ours != null) {
      out.append(String.format(Locale.ROOT,
          "North East Lincolnshire: own time (brief − PDFBox save) = %.1f ms wall, %.1f ms CPU; "
              + "that is %.2f× the save (wall), %.2f× (CPU)%n",
          ours.wallMs() - save.wallMs(), ours.cpuMs() - save.cpuMs(),
          (ours.wallMs() - save.wallMs()) / save.wallMs(), (ours.cpuMs() - save.cpuMs()) / save.cpuMs()));
    }
    System.out.print(out);
  }

  static Map<String, Figures> read(Path json) throws IOException {
    Map<String, Figures> results = new LinkedHashMap<>();
    for (JsonNode run : new ObjectMapper().readTree(json.toFile())) {
      String method = run.get("benchmark").asText().replaceAll(".*\\.", "");
      JsonNode council = run.path("params").path("council");
      String name = council.isMissingNode() ? method : method + " " + council.asText();
      JsonNode primary = run.get("primaryMetric");
      JsonNode secondary = run.path("secondaryMetrics");
      double calls = secondary.path("calls").path("score").asDouble(Double.NaN);
      double cpuMicros = secondary.path("cpuMicros").path("score").asDouble(Double.NaN);
      double alloc = secondary.path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN);
      results.put(name, new Figures(primary.get("score").asDouble(), primary.get("scoreError").asDouble(),
          cpuMicros / calls / 1_000, alloc / 1_000_000));
    }
    return results;
  }
}
