package io.github.cscbriefs.reporting;

import io.github.cscbriefs.model.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * A table with one header row, tagged Table, TR, TH and TD. Rows are split across pages with the
 * header row repeated; a cell too tall for a page continues on the next.
 *
 * @param columns the columns (at least one)
 * @param rows the body rows, each with exactly one cell per column
 */
public record Table(List<Column> columns, List<List<Cell>> rows) implements Block {

  /** Validates that every row has one cell per column, and copies everything. */
  public Table {
    columns = Texts.requireList("table.columns", columns, true);
    rows = Texts.requireList("table.rows", rows, false);
    List<Problem> problems = new ArrayList<>();
    List<List<Cell>> copied = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<Cell> row = rows.get(i);
      if (row == null || row.size() != columns.size()
          || row.stream().anyMatch(java.util.Objects::isNull)) {
        problems.add(Problem.of("table.rows[" + i + "]",
            String.valueOf(row), columns.size() + " non-null cells, one per column"));
      } else {
        copied.add(List.copyOf(row));
      }
    }
    if (!problems.isEmpty()) {
      throw new ReportingException(problems);
    }
    rows = List.copyOf(copied);
  }

  /** Starts a table with the given columns. */
  public static Builder withColumns(Column... columns) {
    return new Builder(List.of(columns));
  }

  /** Collects rows for a table. */
  public static final class Builder {
    private final List<Column> columns;
    private final List<List<Cell>> rows = new ArrayList<>();

    private Builder(List<Column> columns) {
      this.columns = columns;
    }

    /** Adds a row of cells. */
    public Builder row(Cell... cells) {
      rows.add(List.of(cells));
      return this;
    }

    /** Adds a row of plain text cells, the first heading the row. */
    public Builder row(String... texts) {
      List<Cell> cells = new ArrayList<>();
      for (int i = 0; i < texts.length; i++) {
        cells.add(i == 0 ? Cell.rowHeader(texts[i]) : Cell.of(texts[i]));
      }
      rows.add(cells);
      return this;
    }

    /** The table. */
    public Table build() {
      return new Table(columns, rows);
    }
  }
}
