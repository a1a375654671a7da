package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Period;
import io.github.cscbriefs.model.SourceCoverage;
import io.github.cscbriefs.model.SourceRelease;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What dates a profile's facts describe, and what each source covers: a brief states that something
 * is absent only within a source's coverage.
 *
 * @param figures the period of the workforce figures compared (the profile's year)
 * @param inspectionsAsAt the date the Ofsted outcomes read are taken at, when their release says
 * @param historyAsAt the date the inspection and intervention history is taken at
 * @param coverage what the sources read hold for this council and over which period (Ofsted's graded
 *     inspections and visits; interventions where a local evidence file lists them); a kind of
 *     record with no coverage is not in the data
 * @param ownFiguresOfYear the council's local evidence file, when its figures for the profile's year
 *     replace the publication's (a council may correct DfE's figures): the brief then never calls
 *     them DfE's; empty when the figures are the publication's
 */
public record DataVintage(Period figures, Optional<LocalDate> inspectionsAsAt, LocalDate historyAsAt,
    List<SourceCoverage> coverage, Optional<SourceRelease> ownFiguresOfYear) {

  /** Checks and copies the parts. */
  public DataVintage {
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(inspectionsAsAt, "inspectionsAsAt");
    Objects.requireNonNull(historyAsAt, "historyAsAt");
    coverage = List.copyOf(coverage);
    Objects.requireNonNull(ownFiguresOfYear, "ownFiguresOfYear");
  }

  /** A vintage whose figures of the year are the publication's. */
  public DataVintage(Period figures, Optional<LocalDate> inspectionsAsAt, LocalDate historyAsAt,
      List<SourceCoverage> coverage) {
    this(figures, inspectionsAsAt, historyAsAt, coverage, Optional.empty());
  }

  /** A vintage whose sources' coverage is not known: no absence may be stated. */
  public DataVintage(Period figures, Optional<LocalDate> inspectionsAsAt, LocalDate historyAsAt) {
    this(figures, inspectionsAsAt, historyAsAt, List.of());
  }

  /** The first source covering {@code kind} for this council, if any. */
  public Optional<SourceCoverage> coverage(SourceCoverage.Kind kind) {
    return coverage.stream().filter(c -> c.kind() == kind).findFirst();
  }

  /**
   * The last date a source of {@code kind} vouches for in a history taken at {@link #historyAsAt}:
   * the earlier of that date and the source's own "as at" date; empty when nothing covers the kind.
   */
  public Optional<LocalDate> coveredTo(SourceCoverage.Kind kind) {
    return coverage(kind).map(c -> c.to().filter(d -> d.isBefore(historyAsAt)).orElse(historyAsAt));
  }
}
