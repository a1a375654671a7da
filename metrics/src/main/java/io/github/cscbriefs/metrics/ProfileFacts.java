package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.Intervention;
import java.time.LocalDate;
import java.util.List;

/** What the action rules read: the comparisons and the inspection and intervention history. */
record ProfileFacts(
    Council council,
    int year,
    LocalDate asAt,
    List<IndicatorComparison> comparisons,
    Capacity capacity,
    List<Inspection> inspections,
    List<Intervention> interventions) {
}
