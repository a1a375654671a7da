package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Period;
import io.github.cscbriefs.model.SourceRelease;
import io.github.cscbriefs.model.Value;
import java.util.List;
import java.util.Objects;

/**
 * A council's own figures for a year no publication covers yet (e.g. 2026, from its local evidence
 * file, while DfE has published up to 2025). They are the council's word, not DfE's: nothing is
 * ranked, banded or compared with England on them, since no other council or England has figures
 * for that year. A profile holds them beside the comparisons of its reporting year, the latest
 * published one before them.
 *
 * @param period the period the figures describe (e.g. as at 30 September 2026)
 * @param source where they come from: the council's local evidence file
 * @param figures the council's value of each indicator of the catalogue the file gives, in
 *     catalogue order
 */
public record OwnFigures(Period period, SourceRelease source, List<Figure> figures) {

  public OwnFigures {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(source, "source");
    figures = List.copyOf(figures);
  }

  /**
   * One indicator's value in the council's own figures.
   *
   * @param indicator the indicator
   * @param value the council's value, or a missing value with its reason (e.g. {@code c})
   */
  public record Figure(Indicator indicator, Value value) {

    public Figure {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(value, "value");
    }
  }

  /** The reporting year of the figures. */
  public int year() {
    return period.year();
  }
}
