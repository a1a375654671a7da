package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.Intervention;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the action rules read: the comparisons, their statuses, and the inspection and intervention
 * history.
 */
record ProfileFacts(
    Council council,
    int year,
    LocalDate asAt,
    List<IndicatorComparison> comparisons,
    Capacity capacity,
    List<Inspection> inspections,
    List<Intervention> interventions,
    List<IndicatorStatus> statuses,
    List<SmallNumbers> smallNumbers,
    List<DataQualityFinding> dataQuality) {

  /** The status of {@code c}'s indicator; empty when it is not rated. */
  Optional<IndicatorStatus> status(IndicatorComparison c) {
    return statuses.stream().filter(s -> s.indicator().equals(c.indicator())).findFirst();
  }
}
