package io.github.cscbriefs.data;

import io.github.cscbriefs.data.internal.CsvTable;
import io.github.cscbriefs.model.problem.Problem;
import java.util.List;

/** Checks that a table has the columns a reader needs, reporting every missing one at once. */
final class Columns {

  private Columns() {}

  /**
   * Fails unless, for each entry of {@code required}, one of its accepted names is a heading.
   *
   * @param required for each needed column, its accepted names (aliases), preferred name first
   */
  static void require(CsvTable table, List<List<String>> required) {
    List<Problem> missing = required.stream()
        .filter(names -> table.column(names).isEmpty())
        .map(names -> Problem.inHeader(table.file(), names.get(0), "",
            "a column named " + String.join(" or ", names) + " in the header line " + table.header()))
        .toList();
    if (!missing.isEmpty()) {
      throw new DataFileException(missing);
    }
  }
}
