package io.github.cscbriefs.model.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a problem is: in a file (optionally at a line and column), at a field path, or both.
 *
 * <p>A file is named as it is shown to the reader, with the sheet for spreadsheets, e.g. {@code
 * outcomes.ods (sheet In-year_inspections)}. A column is the column heading of a table, the entry
 * of an archive or the key path of a structured file (e.g. {@code interventions[0].end}). A field
 * path names a part of a value, e.g. {@code judgements[OVERALL_EFFECTIVENESS]} or {@code
 * MetricsSettings.caseloadTarget}.
 *
 * @param file the file; empty for a problem with a value rather than a file
 * @param line the 1-based line (text) or row (spreadsheet); 0 for none (the whole file)
 * @param column the column within the file; empty for a whole line or file
 * @param field the field path; empty when the problem is located in a file only
 */
public record Where(Optional<String> file, long line, Optional<String> column, Optional<String> field) {

  public Where {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(field, "field");
    file = file.filter(f -> !f.isEmpty());
    column = column.filter(c -> !c.isEmpty());
    field = field.filter(f -> !f.isEmpty());
    if (line < 0) {
      throw new IllegalArgumentException("line must be 0 (none) or more, was " + line);
    }
    if (file.isEmpty() && (line > 0 || column.isPresent())) {
      throw new IllegalArgumentException("a line or column is within a file; no file given");
    }
    if (file.isEmpty() && field.isEmpty()) {
      throw new IllegalArgumentException("a problem is in a file or at a field path; neither given");
    }
  }

  /** The whole of {@code file}. */
  public static Where inFile(String file) {
    return new Where(Optional.of(file), 0, Optional.empty(), Optional.empty());
  }

  /**
   * A line and column of {@code file}.
   *
   * @param line 0 for none
   * @param column empty or null for none
   */
  public static Where at(String file, long line, String column) {
    return new Where(Optional.of(file), line, Optional.ofNullable(column), Optional.empty());
  }

  /** A field path of a value, outside any file. */
  public static Where field(String path) {
    return new Where(Optional.empty(), 0, Optional.empty(), Optional.of(path));
  }

  /** This place with another line (0 for none). */
  public Where withLine(long newLine) {
    return new Where(file, newLine, column, field);
  }

  /** This place with another column (empty or null for none). */
  public Where withColumn(String newColumn) {
    return new Where(file, line, Optional.ofNullable(newColumn), field);
  }

  /** This place with another field path (empty or null for none). */
  public Where withField(String path) {
    return new Where(file, line, column, Optional.ofNullable(path));
  }

  /**
   * Where within the file, e.g. {@code line 17, column caseload_fte}, or {@code whole file}; for a
   * value outside any file, its field path.
   */
  public String location() {
    if (file.isEmpty()) {
      return field.orElseThrow();
    }
    List<String> parts = new ArrayList<>();
    if (line > 0) {
      parts.add("line " + line);
    }
    column.ifPresent(c -> parts.add("column " + c));
    field.ifPresent(f -> parts.add("field " + f));
    return parts.isEmpty() ? "whole file" : String.join(", ", parts);
  }

  /** The file and the location in it, e.g. {@code csww.csv, line 4, column agency_rate_fte}, or the field path. */
  @Override
  public String toString() {
    return file.map(f -> f + ", " + location()).orElseGet(this::location);
  }
}
