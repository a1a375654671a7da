package io.github.cscbriefs.data.internal;

import io.github.cscbriefs.data.DataFileException;
import io.github.cscbriefs.data.ReadMode;
import io.github.cscbriefs.model.DataQualityNote;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one file as it is read. In strict mode every problem is kept and
 * {@link #finish()} throws them all together; in lenient mode a bad row is skipped and each of its
 * problems becomes a data-quality note.
 *
 * <p>Both are bounded, so that a large file full of bad rows cannot fill memory: strict mode stops
 * reading at the {@value #MAX_LISTED}th problem; lenient mode lists that many notes and then only
 * counts, ending with one note saying how many more rows were skipped.
 */
public final class ProblemLog {

  /** The most problems (strict) or notes (lenient) listed for one file. */
  public static final int MAX_LISTED = 100;

  private final ReadMode mode;
  private final List<Problem> problems = new ArrayList<>();
  private final List<DataQualityNote> notes = new ArrayList<>();
  private long unlisted;
  private String lastFile = "";

  public ProblemLog(ReadMode mode) {
    this.mode = mode;
  }

  /**
   * Records the problems of a row. Returns true when the row is fine to use (no problems).
   */
  public boolean accept(List<Problem> rowProblems) {
    if (rowProblems.isEmpty()) {
      return true;
    }
    lastFile = rowProblems.get(0).where().file().orElse("");
    if (mode == ReadMode.STRICT) {
      problems.addAll(rowProblems);
      if (problems.size() >= MAX_LISTED) {
        Problem last = problems.get(problems.size() - 1);
        problems.add(new Problem(last.where().withColumn(null), "more problems",
            Expected.atMost(MAX_LISTED + " problems listed per file; reading stopped here: fix these and read again")));
        finish();
      }
    } else {
      rowProblems.forEach(p -> note(new DataQualityNote(p.where().file().orElse(""), p.where().location(),
          "row skipped: " + p.description())));
    }
    return false;
  }

  /** Records a note that is not a problem (e.g. a value assumed), in either mode. */
  public void note(DataQualityNote note) {
    if (notes.size() < MAX_LISTED) {
      notes.add(note);
    } else {
      lastFile = note.source();
      unlisted++;
    }
  }

  /** Throws every problem recorded in strict mode. */
  public void finish() {
    if (!problems.isEmpty()) {
      throw new DataFileException(problems);
    }
  }

  /** The notes, ending with a count of those not listed, if any. */
  public List<DataQualityNote> notes() {
    if (unlisted == 0) {
      return List.copyOf(notes);
    }
    List<DataQualityNote> all = new ArrayList<>(notes);
    all.add(new DataQualityNote(lastFile, "whole file", unlisted + " more problems not listed (at most "
        + MAX_LISTED + " are); their rows were skipped"));
    return List.copyOf(all);
  }
}
