package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.ComparatorKind;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.FigureSource;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.metrics.SeriesPoint;
import io.github.cscbriefs.metrics.Standing;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.reporting.Attachment;
import io.github.cscbriefs.reporting.CsvExport;
import io.github.cscbriefs.reporting.ReportingException;
import io.github.cscbriefs.reporting.Wording;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The brief's figures as CSV for analysts: one row per indicator and year (council, England,
 * region, neighbours' mean), then the reporting year's gaps, rank and band, and whose return the
 * council's value is (its own, its predecessor's, or a joint return with other councils). Numbers
 * are written at the precision DfE publishes the indicator to, rounded half up on their decimal as
 * the brief prints them ({@link Wording#decimal(double, int)}: a neighbours' mean is 18.1, not
 * 18.060000000000002); a missing value is written as DfE's symbol. Written by {@link CsvExport}, so
 * a name that starts like a spreadsheet formula is neutralised.
 */
final class FiguresCsv {

  static final String FILE_NAME = "figures.csv";

  private FiguresCsv() {}

  /** Whose return the council's value is: own, predecessor, joint or none. */
  private static String returnKind(FigureSource source) {
    if (source instanceof FigureSource.Joint) {
      return "joint";
    } else if (source instanceof FigureSource.Predecessor) {
      return "predecessor";
    }
    return source.equals(FigureSource.NO_RETURN) ? "none" : "own";
  }

  static Attachment attachment(CouncilProfile profile) {
    StringWriter out = new StringWriter();
    try (CsvExport csv = CsvExport.to(out, List.of("la_code", "council", "indicator_id", "indicator", "year",
        "council_value", "england", "region", "neighbour_mean", "gap_to_england", "rank", "of", "quartile_band", "return", "figures_of"))) {
      for (IndicatorComparison c : profile.comparisons()) {
        for (SeriesPoint p : TrendSection.points(profile, c)) {
          boolean latest = p.year() == profile.year();
          Optional<Standing> standing = latest ? c.standing() : Optional.empty();
          int places = c.indicator().unit().decimals();
          csv.row(profile.council().laCode(), profile.council().name(),
              c.indicator().id(), c.indicator().label(), p.year(), published(p.council(), places),
              published(p.england(), places), published(p.region(), places), published(p.neighbourMean(), places),
              latest ? published(c.gap(ComparatorKind.ENGLAND).difference(), places) : null,
              standing.map(Standing::rank).orElse(null), standing.map(Standing::outOf).orElse(null),
              standing.map(s -> s.band().name()).orElse(null), returnKind(p.source()),
              Wording.sourceLabel(p.source(), profile.council()));
        }
      }
    } catch (IOException e) {
      throw new ReportingException(FILE_NAME, e);
    }
    return Attachment.csv(FILE_NAME, "The figures of this brief: each indicator by year for the "
        + "council, England, the region and the neighbours' mean", out.toString());
  }

  /** The number at {@code places} decimal places (a {@link BigDecimal} cell), or the missing value as it is. */
  static Object published(Value value, int places) {
    return value.isPresent() ? Wording.decimal(value.asDouble().getAsDouble(), places) : value;
  }
}
