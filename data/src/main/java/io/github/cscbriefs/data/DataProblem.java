package io.github.cscbriefs.data;

/**
 * One thing wrong with an input file: where it is and what was expected.
 *
 * @param file the file name, with the sheet for spreadsheets, e.g. {@code outcomes.ods (sheet
 *     In-year_inspections)}
 * @param line the 1-based line (CSV) or row (spreadsheet); 0 when the problem concerns the whole
 *     file
 * @param column the column heading; empty when the problem concerns a whole row or file
 * @param value the offending text; empty when nothing was there
 * @param expected what a valid input looks like
 */
public record DataProblem(String file, long line, String column, String value, String expected) {

  public DataProblem {
    java.util.Objects.requireNonNull(file, "file");
    column = column == null ? "" : column;
    value = value == null ? "" : value;
    java.util.Objects.requireNonNull(expected, "expected");
  }

  /** A problem with the file as a whole (unreadable, empty). */
  public static DataProblem ofFile(String file, String column, String value, String expected) {
    return new DataProblem(file, 0, column, value, expected);
  }

  /** A problem with the header line (line 1), e.g. a missing column. */
  public static DataProblem ofHeader(String file, String column, String value, String expected) {
    return new DataProblem(file, 1, column, value, expected);
  }

  /** Where the problem is, e.g. "line 17, column caseload_fte". */
  public String location() {
    StringBuilder where = new StringBuilder();
    if (line > 0) {
      where.append("line ").append(line);
    }
    if (!column.isEmpty()) {
      where.append(where.length() == 0 ? "" : ", ").append("column ").append(column);
    }
    return where.length() == 0 ? "whole file" : where.toString();
  }

  /** What was found and what was expected, e.g. "value 'abc', expected a number". */
  public String description() {
    return "value '" + value + "', expected " + expected;
  }

  @Override
  public String toString() {
    return file + ", " + location() + ": " + description();
  }
}
