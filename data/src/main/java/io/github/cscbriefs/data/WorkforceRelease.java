package io.github.cscbriefs.data;

import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.DataQualityNote;
import java.util.List;

/**
 * What {@link WorkforceCsvReader} read from one release of DfE's children's social work workforce
 * statistics.
 *
 * @param records one record per area and reporting year, in file order
 * @param gssCodes the GSS code each council row carried in each year (for the council directory)
 * @param notes a note per row skipped in lenient mode
 */
public record WorkforceRelease(List<AreaFigures> records, List<GssAssignment> gssCodes,
    List<DataQualityNote> notes) {

  public WorkforceRelease {
    records = List.copyOf(records);
    gssCodes = List.copyOf(gssCodes);
    notes = List.copyOf(notes);
  }

  /** The reporting years covered, ascending. */
  public List<Integer> years() {
    return records.stream().map(AreaFigures::year).distinct().sorted().toList();
  }
}
