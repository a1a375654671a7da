package io.github.cscbriefs.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The period one figure describes: a publication's year under that publication's definition, e.g.
 * 2025 as at 30 September, or the year to 31 March 2025.
 *
 * @param year the publication's year
 * @param definition what the year means
 */
public record Period(int year, ReferencePeriod definition) {

  public Period {
    Objects.requireNonNull(definition, "definition");
  }

  /** The last day the period describes. */
  public LocalDate end() {
    return definition.end(year);
  }
}
