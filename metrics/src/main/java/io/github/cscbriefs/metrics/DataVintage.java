package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Period;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What dates a profile's facts describe.
 *
 * @param figures the period of the workforce figures compared (the profile's year)
 * @param inspectionsAsAt the date the Ofsted outcomes read are taken at, when their release says
 * @param historyAsAt the date the inspection and intervention history is taken at
 */
public record DataVintage(Period figures, Optional<LocalDate> inspectionsAsAt, LocalDate historyAsAt) {

  public DataVintage {
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(inspectionsAsAt, "inspectionsAsAt");
    Objects.requireNonNull(historyAsAt, "historyAsAt");
  }
}
