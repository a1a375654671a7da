package io.github.cscbriefs.examples;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.ComparatorKind;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Value;
import java.io.IOException;
import java.io.PrintStream;

/**
 * Every current council's latest value, England's, the gap and the quartile band for each
 * indicator, as CSV on standard output. Missing values print as their EES symbol, never 0.
 *
 * <p>{@code java -cp examples/target/csc-briefs-cli.jar io.github.cscbriefs.examples.ExportMetrics 2025 > metrics.csv}
 */
public final class ExportMetrics {

  private ExportMetrics() {}

  /** A number to two decimals, or a missing value's symbol. */
  private static String text(Value value) {
    return value.asDouble().isPresent()
        ? String.format(java.util.Locale.UK, "%.2f", value.asDouble().getAsDouble()) : value.toString();
  }

  public static void main(String[] args) throws IOException {
    Dataset dataset = OfficialData.load();
    int year = args.length > 0 ? Integer.parseInt(args[0]) : dataset.years().get(dataset.years().size() - 1);
    BriefProfiles profiles = BriefProfiles.of(dataset);
    PrintStream out = System.out;
    out.println("la_code,council,indicator,value,england,difference,band");
    for (Council council : dataset.councils().current()) {
      for (IndicatorComparison c : profiles.profile(council, year).comparisons()) {
        out.printf("%s,\"%s\",%s,%s,%s,%s,%s%n", council.laCode(), council.name(), c.indicator().id(),
            text(c.value()), text(c.gap(ComparatorKind.ENGLAND).comparator()),
            text(c.gap(ComparatorKind.ENGLAND).difference()), c.standing().map(s -> s.band().name()).orElse("-"));
      }
    }
  }
}
