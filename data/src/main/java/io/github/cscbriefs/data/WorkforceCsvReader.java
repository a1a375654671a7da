package io.github.cscbriefs.data;

import io.github.cscbriefs.data.internal.CsvRows;
import io.github.cscbriefs.data.internal.CsvTable;
import io.github.cscbriefs.data.internal.ProblemLog;
import io.github.cscbriefs.data.internal.TextFiles;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.Workforce;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

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
      MeasureColumnRows.Read read = MeasureColumnRows.read(csv, table, areas, columns, mode, Workforce::figures);
      return new WorkforceRelease(read.records(), read.gssCodes(), read.notes());
    }
  }

  private static Map<Measure, Integer> measureColumns(CsvTable table) {
    Map<Measure, Integer> columns = new LinkedHashMap<>();
    for (Measure m : Workforce.measures()) {
      table.column(WorkforceColumns.names(m)).ifPresent(i -> columns.put(m, i));
    }
    return columns;
  }
}
