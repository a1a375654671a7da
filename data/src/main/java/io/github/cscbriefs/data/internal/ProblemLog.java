package io.github.cscbriefs.data.internal;

import io.github.cscbriefs.data.DataFileException;
import io.github.cscbriefs.data.DataProblem;
import io.github.cscbriefs.data.ReadMode;
import io.github.cscbriefs.model.DataQualityNote;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one file as it is read. In strict mode every problem is kept and
 * {@link #finish()} throws them all together; in lenient mode a bad row is skipped and each of its
 * problems becomes a data-quality note.
 */
public final class ProblemLog {

  private final ReadMode mode;
  private final List<DataProblem> problems = new ArrayList<>();
  private final List<DataQualityNote> notes = new ArrayList<>();

  public ProblemLog(ReadMode mode) {
    this.mode = mode;
  }

  /**
   * Records the problems of a row. Returns true when the row is fine to use (no problems).
   */
  public boolean accept(List<DataProblem> rowProblems) {
    if (rowProblems.isEmpty()) {
      return true;
    }
    if (mode == ReadMode.STRICT) {
      problems.addAll(rowProblems);
    } else {
      rowProblems.forEach(p -> notes.add(new DataQualityNote(p.file(), p.location(),
          "row skipped: " + p.description())));
    }
    return false;
  }

  /** Records a note that is not a problem (e.g. a value assumed), in either mode. */
  public void note(DataQualityNote note) {
    notes.add(note);
  }

  /** Throws every problem recorded in strict mode. */
  public void finish() {
    if (!problems.isEmpty()) {
      throw new DataFileException(problems);
    }
  }

  public List<DataQualityNote> notes() {
    return List.copyOf(notes);
  }
}
