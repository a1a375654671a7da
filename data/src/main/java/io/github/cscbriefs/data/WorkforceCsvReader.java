package io.github.cscbriefs.data;

import io.github.cscbriefs.data.internal.CsvRows;
import io.github.cscbriefs.data.internal.CsvTable;
import io.github.cscbriefs.data.internal.EesCells;
import io.github.cscbriefs.data.internal.ProblemLog;
import io.github.cscbriefs.data.internal.TextFiles;
import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.ModelViolationException;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.Workforce;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads DfE's children's social work workforce statistics as Explore Education Statistics publish
 * them (one row per area and reporting year), from any release since 2017: columns are found by
 * header name (see {@link WorkforceColumns} for older names), in any order; extra columns are
 * ignored. A byte-order mark, CRLF line ends and quoted cells are fine; the file's encoding is found
 * as {@link io.github.cscbriefs.data.internal.TextFiles} describes (UTF-8, UTF-16 with a byte-order
 * mark, else Windows-1252), and a spreadsheet saved under a .csv name is refused. The file is read
 * one row at a time and refused beyond {@link ReadLimits#maxBytes()} (50 MiB by default).
 *
 * <p>Each measure cell becomes a {@link Value}: a number, or a missing value keeping its EES
 * symbol's reason ({@code x z c low u}); a blank cell is {@code BLANK}. A measure whose column the
 * release lacks is left out, so {@link AreaFigures#value} gives {@code NOT_PUBLISHED}.
 *
 * <p>Problems reported (all of them, with line and column): a missing {@code time_period}, {@code
 * geographic_level} or LA identifier column; a bad year or level; an unknown region or council
 * code; a reporting year after {@link ReadLimits#latestYear()}; a cell that is neither a number nor
 * a symbol; a value out of the measure's range (negative, or a rate above 100 where that is
 * impossible); a second row for the same area and year. At most {@value ProblemLog#MAX_LISTED} are
 * listed.
 */
public final class WorkforceCsvReader {

  /** Any valid year, to validate the values of a row whose own year or area is unreadable. */
  private static final int PROBE_YEAR = 2000;

  private WorkforceCsvReader() {}

  /**
   * Reads a file, one row at a time: only the records read are kept, so memory is bounded by the
   * records, not the file; a file over {@code limits.maxBytes()} is refused.
   */
  public static WorkforceRelease read(Path file, CouncilDirectory councils, ReadMode mode, ReadLimits limits) {
    try (Reader reader = TextFiles.open(file, limits.maxBytes())) {
      return read(file.getFileName().toString(), reader, councils, mode, limits);
    } catch (IOException e) {
      throw DataFileException.of(Problem.inFile(file.toString(), "", "", Expected.aReadableFile()));
    }
  }

  /**
   * Reads CSV text, one row at a time; {@code fileName} names it in problems. The text is already
   * decoded, so only {@code limits.latestYear()} applies.
   */
  public static WorkforceRelease read(String fileName, Reader reader, CouncilDirectory councils, ReadMode mode,
      ReadLimits limits) {
    try (CsvRows csv = CsvRows.open(fileName, reader)) {
      CsvTable table = csv.header();
      EesAreas areas = new EesAreas(table, councils, limits.latestYear());
      Map<Measure, Integer> columns = measureColumns(table);
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
        Optional<AreaFigures> record = record(table, row, located, values, columns, problems)
            .filter(r -> problems.isEmpty());
        record.ifPresent(r -> checkUnique(table, row, r, firstLine, problems));
        if (log.accept(problems) && record.isPresent()) {
          records.add(record.get());
          gss.addAll(located.get().gssCodes());
        }
      }
      log.finish();
      return new WorkforceRelease(records, gss, log.notes());
    }
  }

  private static Map<Measure, Integer> measureColumns(CsvTable table) {
    Map<Measure, Integer> columns = new LinkedHashMap<>();
    for (Measure m : Workforce.measures()) {
      table.column(WorkforceColumns.names(m)).ifPresent(i -> columns.put(m, i));
    }
    return columns;
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
      List<Problem> problems) {
    try {
      AreaFigures record = located
          .map(at -> Workforce.figures(at.year(), at.area(), at.region(), values))
          .orElseGet(() -> Workforce.figures(PROBE_YEAR, Area.england(), Optional.empty(), values));
      return located.map(l -> record);
    } catch (ModelViolationException e) {
      e.violations().forEach(v -> problems.add(problem(table, row, v, columns)));
      return Optional.empty();
    }
  }

  /** A violation located at the measure's cell, quoting the cell as written. */
  private static Problem problem(CsvTable table, CsvTable.Row row, Problem v,
      Map<Measure, Integer> columns) {
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
