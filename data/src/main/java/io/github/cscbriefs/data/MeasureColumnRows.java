package io.github.cscbriefs.data;

import io.github.cscbriefs.data.internal.CsvRows;
import io.github.cscbriefs.data.internal.CsvTable;
import io.github.cscbriefs.data.internal.EesCells;
import io.github.cscbriefs.data.internal.ProblemLog;
import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.DataQualityNote;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.ModelViolationException;
import io.github.cscbriefs.model.Region;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of an Explore Education Statistics CSV whose measures are columns (the workforce file,
 * the children in need tables): one {@link AreaFigures} per area and year, read one row at a time.
 * Each row's area is located, each measure's cell parsed (a symbol keeps its reason), the record
 * validated by its publication's factory, and a second row for the same area and year refused;
 * every problem of a row is reported at once, at the cell as written.
 */
final class MeasureColumnRows {

  /** Any valid year, to validate the values of a row whose own year or area is unreadable. */
  private static final int PROBE_YEAR = 2000;

  /** A publication's figures factory, e.g. {@code Workforce::figures}. */
  @FunctionalInterface
  interface Figures {
    AreaFigures of(int year, Area area, Optional<Region> region, Map<Measure, Value> values);
  }

  /**
   * What the rows gave: the records kept, the GSS codes of the areas they were read for, and the
   * notes of the problems a lenient read let through.
   */
  record Read(List<AreaFigures> records, List<GssAssignment> gssCodes, List<DataQualityNote> notes) {}

  private MeasureColumnRows() {}

  /**
   * Reads the rows after {@code table}'s header, the measures at {@code columns}, locating areas
   * with {@code areas} and building each record with {@code figures}.
   */
  static Read read(CsvRows csv, CsvTable table, EesAreas areas, Map<Measure, Integer> columns, ReadMode mode,
      Figures figures) {
    ProblemLog log = new ProblemLog(mode);
    List<AreaFigures> records = new ArrayList<>();
    List<GssAssignment> gss = new ArrayList<>();
    Map<String, Long> firstLine = new HashMap<>();
    for (CsvTable.Row row : csv) {
      if (row.isBlank()) {
        continue;
      }
      List<Problem> problems = new ArrayList<>();
      Optional<EesAreas.Located> located = areas.locate(row, problems);
      Map<Measure, Value> values = values(table, row, columns, problems);
      Optional<AreaFigures> record = record(table, row, located, values, columns, figures, problems)
          .filter(r -> problems.isEmpty());
      record.ifPresent(r -> checkUnique(table, row, r, firstLine, problems));
      if (log.accept(problems) && record.isPresent()) {
        records.add(record.get());
        gss.addAll(located.get().gssCodes());
      }
    }
    log.finish();
    return new Read(records, gss, log.notes());
  }

  private static Map<Measure, Value> values(CsvTable table, CsvTable.Row row, Map<Measure, Integer> columns,
      List<Problem> problems) {
    Map<Measure, Value> values = new LinkedHashMap<>();
    columns.forEach((measure, column) -> EesCells.parse(row.get(column)).ifPresentOrElse(
        v -> values.put(measure, v),
        () -> problems.add(Problem.at(table.file(), row.line(), table.heading(column), row.get(column),
            EesCells.expected(row.get(column))))));
    return values;
  }

  /**
   * Builds the record, letting its validation speak for out-of-range values. When the row's area is
   * unknown the values are still validated (on England's area) so every problem of the row is
   * reported at once.
   */
  private static Optional<AreaFigures> record(CsvTable table, CsvTable.Row row,
      Optional<EesAreas.Located> located, Map<Measure, Value> values, Map<Measure, Integer> columns,
      Figures figures, List<Problem> problems) {
    try {
      AreaFigures record = located
          .map(at -> figures.of(at.year(), at.area(), at.region(), values))
          .orElseGet(() -> figures.of(PROBE_YEAR, Area.england(), Optional.empty(), values));
      return located.map(l -> record);
    } catch (ModelViolationException e) {
      e.violations().forEach(v -> problems.add(problem(table, row, v, columns)));
      return Optional.empty();
    }
  }

  /** A violation located at the measure's cell, quoting the cell as written. */
  private static Problem problem(CsvTable table, CsvTable.Row row, Problem v, Map<Measure, Integer> columns) {
    for (Map.Entry<Measure, Integer> e : columns.entrySet()) {
      if (v.where().location().contains("[" + e.getKey().id() + "]")) {
        return Problem.at(table.file(), row.line(), table.heading(e.getValue()), row.get(e.getValue()),
            v.expected());
      }
    }
    return Problem.at(table.file(), row.line(), v.where().location(), v.value(), v.expected());
  }

  private static void checkUnique(CsvTable table, CsvTable.Row row, AreaFigures r, Map<String, Long> firstLine,
      List<Problem> problems) {
    String key = r.area().code() + " " + r.year();
    Long first = firstLine.putIfAbsent(key, row.line());
    if (first != null) {
      problems.add(Problem.at(table.file(), row.line(), EesAreas.TIME_PERIOD,
          r.year() + " for " + r.area().name() + " (" + r.area().code() + ")",
          Expected.oneRowPer("area and year") + "; the same area and year is at line " + first));
    }
  }
}
