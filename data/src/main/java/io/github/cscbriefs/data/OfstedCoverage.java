package io.github.cscbriefs.data;

import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.PartialDate;
import io.github.cscbriefs.model.SourceCoverage;
import io.github.cscbriefs.model.SourceRelease;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What Ofsted's outcomes hold, read from the outcomes themselves: graded inspections from the month
 * of the earliest one (the inspection history sheet starts with ILACS in 2018) and visits from the
 * month of the earliest visit (the in-year sheet holds only the last year's), both to the release's
 * "as at" date, else to the latest publication read.
 */
final class OfstedCoverage {

  private OfstedCoverage() {}

  static List<SourceCoverage> of(InspectionOutcomes outcomes, SourceRelease source) {
    List<Inspection> read = outcomes.inspections();
    Optional<LocalDate> to = outcomes.asAt().or(() -> read.stream().map(i -> i.published().latest())
        .max(Comparator.naturalOrder()));
    List<SourceCoverage> coverage = new ArrayList<>();
    from(read, i -> i.type().isGraded()).ifPresent(from -> coverage.add(new SourceCoverage(
        SourceCoverage.Kind.GRADED_INSPECTIONS, source, Optional.empty(), Optional.of(from), to)));
    from(read, i -> !i.type().isGraded()).ifPresent(from -> coverage.add(new SourceCoverage(
        SourceCoverage.Kind.VISITS, source, Optional.empty(), Optional.of(from), to)));
    return coverage;
  }

  /** The month of the earliest start among the inspections {@code kind} accepts. */
  private static Optional<PartialDate> from(List<Inspection> read, Predicate<Inspection> kind) {
    return read.stream().filter(kind).map(i -> i.start().earliest()).min(Comparator.naturalOrder())
        .map(d -> PartialDate.month(d.getYear(), d.getMonthValue()));
  }
}
