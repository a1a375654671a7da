package io.github.cscbriefs.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.ComparatorKind;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.Gap;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.reporting.Wording;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code csc-briefs metrics}: the computed comparison for every indicator, one row per council and
 * indicator, as CSV or JSON on standard output. A missing value is printed as its EES symbol
 * (x, z, c, low, u) or "-" (not published) / ".." (cannot be computed), never as 0.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true,
    description = "Print the computed comparison for every indicator (CSV or JSON) for analysts.")
final class MetricsCommand implements Callable<Integer> {

  enum Format { csv, json }

  @Mixin CouncilSelection selection = new CouncilSelection();

  @Option(names = "--year", paramLabel = "YYYY",
      description = "Workforce reporting year. Default: the latest in the data.")
  Integer year;

  @Option(names = "--format", defaultValue = "csv",
      description = "csv or json. Default: ${DEFAULT-VALUE}")
  Format format;

  @Mixin DataOptions data = new DataOptions();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Dataset dataset = data.load();
    List<Council> councils = selection.resolve(dataset.councils());
    int reportingYear = Years.choose(dataset, year);
    BriefProfiles profiles = BriefProfiles.of(dataset);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Council council : councils) {
      CouncilProfile profile = profiles.profile(council, reportingYear);
      profile.comparisons().forEach(c -> rows.add(row(council, c)));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
    } else {
      writeCsv(rows, out);
    }
    out.flush();
    return 0;
  }

  static Map<String, Object> row(Council council, IndicatorComparison c) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("la_code", council.laCode());
    row.put("council", council.name());
    row.put("year", c.year());
    row.put("indicator", c.indicator().id());
    row.put("label", c.indicator().label());
    row.put("unit", c.indicator().unit().name().toLowerCase(java.util.Locale.ROOT));
    row.put("polarity", c.indicator().polarity().name().toLowerCase(java.util.Locale.ROOT));
    row.put("value", cell(c.value()));
    for (ComparatorKind kind : ComparatorKind.values()) {
      Gap gap = c.gap(kind);
      String key = kind.name().toLowerCase(java.util.Locale.ROOT);
      row.put(key, cell(gap.comparator()));
      row.put(key + "_difference", cell(gap.difference()));
      row.put(key + "_ratio", cell(gap.ratio()));
    }
    row.put("rank", c.standing().map(s -> (Object) s.rank()).orElse("-"));
    row.put("out_of", c.standing().map(s -> (Object) s.outOf()).orElse("-"));
    row.put("percentile", c.standing().map(s -> (Object) round(s.percentile())).orElse("-"));
    row.put("quartile_band", c.standing().map(s -> s.band().name()).orElse("-"));
    row.put("change_1y", cell(c.trend().changeOnLastYear()));
    row.put("change_3y", cell(c.trend().changeOver3Years()));
    row.put("change_5y", cell(c.trend().changeOver5Years()));
    row.put("slope_per_year", c.trend().slope().map(s -> (Object) round(s.slope())).orElse("-"));
    row.put("slope_standard_error", c.trend().slope().map(s -> (Object) round(s.standardError())).orElse("-"));
    row.put("direction", c.trend().direction().name().toLowerCase(java.util.Locale.ROOT));
    row.put("years_worse_than_england", c.trend().yearsWorseThanEngland());
    row.put("gap_to_england", Wording.closure(c.trend().gapClosure()));
    row.put("interval_lower", c.interval().map(i -> (Object) round(i.lower())).orElse("-"));
    row.put("interval_upper", c.interval().map(i -> (Object) round(i.upper())).orElse("-"));
    row.put("significance", c.interval().map(i -> i.significance().name().toLowerCase(java.util.Locale.ROOT)).orElse("-"));
    return row;
  }

  private static Object cell(Value value) {
    return value instanceof Value.Present p ? (Object) round(p.number()) : value.toString();
  }

  private static double round(double x) {
    return Math.round(x * 10_000d) / 10_000d;
  }

  private static void writeCsv(List<Map<String, Object>> rows, PrintWriter out) throws IOException {
    if (rows.isEmpty()) {
      return;
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
        .setHeader(rows.get(0).keySet().toArray(String[]::new)).get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (Map<String, Object> row : rows) {
        printer.printRecord(row.values());
      }
    }
  }
}
