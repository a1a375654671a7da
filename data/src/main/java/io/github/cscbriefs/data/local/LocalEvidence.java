package io.github.cscbriefs.data.local;

import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.Intervention;
import io.github.cscbriefs.model.PlanAction;
import io.github.cscbriefs.model.SourceCoverage;
import io.github.cscbriefs.model.SourceRelease;
import java.util.List;
import java.util.Optional;

/**
 * What a council's local evidence file adds to the official data.
 *
 * @param council the council it describes
 * @param inspections inspections and visits official data lacks (earlier ones, priority actions)
 * @param interventions DfE interventions
 * @param workforce the council's own figures, e.g. for a year after the last DfE release
 * @param plan the council's improvement-plan actions
 * @param source the file, for the brief's sources
 * @param coversInterventions whether the file has an {@code interventions} list (even an empty one):
 *     its council's word on which interventions there were, so that a brief may say none was in
 *     force; without the list a brief says interventions are not in the data
 */
public record LocalEvidence(
    Council council,
    List<Inspection> inspections,
    List<Intervention> interventions,
    List<AreaFigures> workforce,
    List<PlanAction> plan,
    SourceRelease source,
    boolean coversInterventions) {

  public LocalEvidence {
    inspections = List.copyOf(inspections);
    interventions = List.copyOf(interventions);
    workforce = List.copyOf(workforce);
    plan = List.copyOf(plan);
  }

  /**
   * The dataset with this evidence added. An inspection already in the official data (same type
   * and start date) is replaced by the local one, which may carry priority actions; local figures
   * replace official ones for the same year, and are marked as the council's own ({@link
   * Dataset#ownSource}: this file), never a publication's.
   */
  public Dataset applyTo(Dataset dataset) {
    Dataset.Builder builder = Dataset.builder(dataset.councils()).indicators(dataset.indicators());
    builder.inspections(dataset.inspections().stream()
        .filter(official -> inspections.stream().noneMatch(local -> sameInspection(official, local)))
        .toList());
    builder.inspections(inspections);
    builder.interventions(dataset.interventions()).interventions(interventions);
    // figures an earlier local file added stay marked as that council's own
    dataset.figures().forEach(f -> dataset.ownSource(f).ifPresentOrElse(
        own -> builder.ownFigures(List.of(f), own), () -> builder.figures(List.of(f))));
    builder.ownFigures(workforce, source);
    builder.planActions(dataset.planActions()).planActions(plan);
    builder.neighbours(dataset.neighbourGroups());
    builder.sources(dataset.sources()).sources(List.of(source));
    builder.notes(dataset.notes());
    builder.inspectionsAsAt(dataset.inspectionsAsAt());
    builder.coverage(dataset.coverage());
    if (coversInterventions) {
      builder.coverage(List.of(new SourceCoverage(SourceCoverage.Kind.INTERVENTIONS, source,
          Optional.of(council.laCode()), Optional.empty(), Optional.empty())));
    }
    return builder.build();
  }

  private static boolean sameInspection(Inspection a, Inspection b) {
    return a.laCode().equals(b.laCode()) && a.type() == b.type() && a.start().equals(b.start());
  }
}
