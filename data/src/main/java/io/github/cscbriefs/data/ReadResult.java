package io.github.cscbriefs.data;

import io.github.cscbriefs.model.DataQualityNote;
import java.util.List;

/**
 * What a reader produced: the records, and a note for every row skipped in lenient mode.
 *
 * @param records the records read, in file order
 * @param notes data-quality notes (empty in strict mode, which fails instead)
 * @param <T> the record type
 */
public record ReadResult<T>(List<T> records, List<DataQualityNote> notes) {

  public ReadResult {
    records = List.copyOf(records);
    notes = List.copyOf(notes);
  }
}
