package io.github.cscbriefs.reporting;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.DataQualityNote;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.NeighbourGroup;
import io.github.cscbriefs.model.SourceRelease;
import java.util.List;
import java.util.Optional;

/**
 * What a brief states beyond the council's profile: the releases it draws on (the data vintage),
 * the data-quality notes found while reading them, the council's statistical neighbours (to name
 * them in the benchmark chart), and who publishes the brief.
 *
 * @param sources the data releases, printed as the data vintage
 * @param notes data-quality notes, printed in the methodology section
 * @param neighbours the council's statistical neighbours, if it has any
 * @param publisher who the brief is from, e.g. "CSC Briefs"
 */
public record BriefOptions(List<SourceRelease> sources, List<DataQualityNote> notes,
    Optional<NeighbourGroup> neighbours, String publisher) {

  /** Validates and copies the parts. */
  public BriefOptions {
    if (sources == null || notes == null || neighbours == null) {
      throw ReportingException.of("briefOptions", null, "sources, notes and neighbours");
    }
    sources = List.copyOf(sources);
    notes = List.copyOf(notes);
    publisher = Texts.requireText("briefOptions.publisher", publisher);
  }

  /**
   * The sources and notes of {@code dataset} and the neighbours of the profile's council: what a
   * brief of {@code profile} needs beyond it.
   *
   * <pre>{@code
   * byte[] pdf = BriefRenderer.withClock(clock).render(profile, BriefOptions.from(dataset, profile));
   * }</pre>
   */
  public static BriefOptions from(Dataset dataset, CouncilProfile profile) {
    return from(dataset, profile.council());
  }

  /**
   * The sources, notes and neighbours of {@code council} in {@code dataset}; {@link #from(Dataset,
   * CouncilProfile)} takes the council from its profile. Only the sources a brief of the council
   * draws on are listed: data on every council, and a council's own file only for that council (or
   * the council that replaced it), never another council's.
   */
  public static BriefOptions from(Dataset dataset, Council council) {
    List<String> history = new java.util.ArrayList<>(List.of(council.laCode()));
    dataset.councils().predecessors(council.laCode()).forEach(p -> history.add(p.laCode()));
    List<SourceRelease> used = dataset.sources().stream()
        .filter(s -> history.stream().anyMatch(s::concerns)).toList();
    return new BriefOptions(used, dataset.notes(), dataset.neighboursOf(council.laCode()), "CSC Briefs");
  }

  /** The same options from another publisher. */
  public BriefOptions withPublisher(String name) {
    return new BriefOptions(sources, notes, neighbours, name);
  }
}
