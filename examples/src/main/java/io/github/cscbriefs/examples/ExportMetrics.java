package io.github.cscbriefs.examples;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.ComparatorKind;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.reporting.CsvExport;
import java.io.IOException;
import java.util.List;

/**
 * Every current council's latest value, England's, the gap and the quartile band for each
 * indicator, as CSV on standard output, through reporting's {@link CsvExport}: numbers are written
 * as numbers, a missing value as its EES symbol (never 0), and a name that starts like a
 * spreadsheet formula is neutralised. ({@code csc-briefs metrics --all} prints every column.)
 *
 * <p>{@code java -cp examples/target/csc-briefs-cli.jar io.github.cscbriefs.examples.ExportMetrics 2025 > metrics.csv}
 */
public final class ExportMetrics {

  private ExportMetrics() {}

  /** Writes the CSV of {@code dataset}'s current councils for {@code year} to {@code out}. */
  public static void write(Dataset dataset, int year, Appendable out) throws IOException {
    BriefProfiles profiles = BriefProfiles.of(dataset);
    try (CsvExport csv = CsvExport.to(out,
        List.of("la_code", "council", "indicator", "value", "england", "difference", "band"))) {
      for (Council council : dataset.councils().current()) {
        for (IndicatorComparison c : profiles.profile(council, year).comparisons()) {
          csv.row(council.laCode(), council.name(), c.indicator().id(), c.value(),
              c.gap(ComparatorKind.ENGLAND).comparator(), c.gap(ComparatorKind.ENGLAND).difference(),
              c.standing().map(s -> s.band().name()).orElse(null));
        }
      }
    }
  }

  public static void main(String[] args) throws IOException {
    Dataset dataset = OfficialData.load();
    int year = args.length > 0 ? Integer.parseInt(args[0]) : dataset.years().get(dataset.years().size() - 1);
    write(dataset, year, System.out);
    System.out.flush();
  }
}
