package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.ComparatorKind;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.metrics.SeriesPoint;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.reporting.Attachment;
import io.github.cscbriefs.reporting.ReportingException;
import io.github.cscbriefs.reporting.Wording;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The brief's figures as CSV for analysts: one row per indicator and year (council, England,
 * region, neighbours' mean), then the reporting year's gaps, rank and band. Numbers are written
 * in full; a missing value is written as DfE's symbol.
 */
final class FiguresCsv {

  static final String FILE_NAME = "figures.csv";

  private FiguresCsv() {}

  static Attachment attachment(CouncilProfile profile) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      csv.printRecord("la_code", "council", "indicator_id", "indicator", "year", "council_value",
          "england", "region", "neighbour_mean", "gap_to_england", "rank", "of", "quartile_band");
      for (IndicatorComparison c : profile.comparisons()) {
        for (SeriesPoint p : TrendSection.points(profile, c)) {
          boolean latest = p.year() == profile.year();
          csv.printRecord(profile.council().laCode(), profile.council().name(),
              c.indicator().id(), c.indicator().label(), p.year(), cell(p.council()),
              cell(p.england()), cell(p.region()), cell(p.neighbourMean()),
              latest ? cell(c.gap(ComparatorKind.ENGLAND).difference()) : "",
              latest ? c.standing().map(s -> Integer.toString(s.rank())).orElse("") : "",
              latest ? c.standing().map(s -> Integer.toString(s.outOf())).orElse("") : "",
              latest ? c.standing().map(s -> s.band().name()).orElse("") : "");
        }
      }
    } catch (IOException e) {
      throw new ReportingException(FILE_NAME, e);
    }
    return Attachment.csv(FILE_NAME, "The figures of this brief: each indicator by year for the "
        + "council, England, the region and the neighbours' mean", out.toString());
  }

  private static String cell(Value value) {
    if (value instanceof Value.Missing missing) {
      return Wording.symbol(missing.reason());
    }
    return String.format(Locale.ROOT, "%s", value.asDouble().orElseThrow());
  }
}
