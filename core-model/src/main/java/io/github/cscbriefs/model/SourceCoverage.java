package io.github.cscbriefs.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What one source holds and over which period: the ground for any negative a brief states. "No
 * graded inspection" may be said only of the period a source of graded inspections covers, "no
 * intervention" only where a source of interventions covers the council; where nothing covers a
 * kind of record, the brief says it is not in the data.
 *
 * @param kind the kind of record held
 * @param source the release or file holding them
 * @param laCode the council covered, for a council's own file; empty when the source covers every
 *     council
 * @param from the earliest date covered, to the precision known (e.g. "January 2018"); empty when
 *     the source sets no start
 * @param to the date the source is taken at; empty when it does not say
 */
public record SourceCoverage(Kind kind, SourceRelease source, Optional<String> laCode,
    Optional<PartialDate> from, Optional<LocalDate> to) {

  /** The kinds of record whose absence a brief may state. */
  public enum Kind {
    /** Graded inspections (ILACS standard and short, SIF). */
    GRADED_INSPECTIONS,
    /** Visits and other inspections without a graded judgement. */
    VISITS,
    /** DfE interventions (improvement notices, directions, commissioners, trusts). */
    INTERVENTIONS
  }

  /** Checks the parts are there. */
  public SourceCoverage {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(laCode, "laCode");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /** Whether it covers the council with LA code {@code code}. */
  public boolean covers(String code) {
    return laCode.map(code::equals).orElse(true);
  }
}
