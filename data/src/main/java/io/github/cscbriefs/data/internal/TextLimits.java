package io.github.cscbriefs.data.internal;

import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * The limits on the text and counts of every official file read (CSV, and the sheets of the
 * Ofsted .ods), documented in data/README.md. They are far above anything DfE or Ofsted publish
 * and low enough that a file passing them cannot make a brief of hundreds of pages or hold a
 * reader for long. A file breaking one is refused in either read mode, like a file over the size
 * limit: the problems list every over-long cell (up to {@link ProblemLog#MAX_LISTED}).
 */
public final class TextLimits {

  /**
   * Longest cell accepted, in characters: 1,000. The longest cell of the bundled files is 72
   * characters (an Ofsted web link); a visit theme or a council's name is under 100.
   */
  public static final int MAX_CELL_CHARS = 1_000;
  /** Most cells on one line: 500 (the widest official file, the workforce release, has 32 columns). */
  public static final int MAX_COLUMNS = 500;
  /**
   * Most data rows in one file: 100,000 (the workforce release for 2017–2025 has 1,463; the Ofsted
   * .ods sheets have the same bound on their rows).
   */
  public static final int MAX_ROWS = 100_000;

  private TextLimits() {}

  /** The problem with a cell longer than {@link #MAX_CELL_CHARS}, if it is. */
  public static Optional<Problem> cell(String file, long line, String column, String cell) {
    if (cell.length() <= MAX_CELL_CHARS) {
      return Optional.empty();
    }
    return Optional.of(Problem.at(file, line, column, cell.length() + " characters",
        Expected.ofAtMost("text", MAX_CELL_CHARS + " characters in a cell")));
  }

  /** The problems of a line's cells: too many, or too long. */
  public static List<Problem> line(String file, long line, List<String> cells, java.util.function.IntFunction<String> heading) {
    if (cells.size() > MAX_COLUMNS) {
      return List.of(Problem.at(file, line, "", cells.size() + " cells",
          Expected.ofAtMost("a line", MAX_COLUMNS + " cells")));
    }
    List<Problem> problems = new java.util.ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      cell(file, line, heading.apply(i), cells.get(i)).ifPresent(problems::add);
    }
    return problems;
  }
}
