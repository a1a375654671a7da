package io.github.cscbriefs.data;

import io.github.cscbriefs.model.DataQualityNote;
import io.github.cscbriefs.model.Inspection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What {@link OfstedReader} read from Ofsted's local authority inspection outcomes.
 *
 * @param inspections every inspection and visit, each once, oldest first
 * @param gssCodes the GSS code each council was published under (for the council directory)
 * @param asAt the date the publication is "as at" (its data vintage), when stated
 * @param notes rows skipped in lenient mode, and assumptions made (e.g. an inspection type not given)
 */
public record InspectionOutcomes(List<Inspection> inspections, List<GssAssignment> gssCodes,
    Optional<LocalDate> asAt, List<DataQualityNote> notes) {

  public InspectionOutcomes {
    inspections = List.copyOf(inspections);
    gssCodes = List.copyOf(gssCodes);
    notes = List.copyOf(notes);
  }
}
