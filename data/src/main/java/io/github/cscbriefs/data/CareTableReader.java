package io.github.cscbriefs.data;

import io.github.cscbriefs.data.internal.CsvRows;
import io.github.cscbriefs.data.internal.CsvTable;
import io.github.cscbriefs.data.internal.EesCells;
import io.github.cscbriefs.data.internal.Inputs;
import io.github.cscbriefs.data.internal.ProblemLog;
import io.github.cscbriefs.data.internal.TextFiles;
import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.ModelViolationException;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the children looked after, care leavers and child population tables ({@link CareTable}) in
 * Explore Education Statistics "tidy" format: one row per area, year and category, every column found
 * by its header name (so a release that reorders its columns, or puts {@code la_name} before {@code
 * new_la_code}, reads the same). Produces one {@link AreaFigures} per area (England, a region or
 * sub-region, a council) and year, holding the measures of the rows the table selects; the file is
 * read one row at a time.
 *
 * <p>Cells hold a number or an EES symbol, kept as its {@link MissingReason} and never read as 0:
 * {@code x}, {@code z}, {@code c}, {@code low}, {@code u}, and {@code k}, which the children looked
 * after release prints for a percentage that rounds to 0 but is not 0 (EES's meaning, as DfE's CSC
 * outcomes and enablers dashboard lists it; in the bundled files a count of 1 of a total of 206 to 588,
 * so below 0.5%, the release's percentages being whole numbers); it is kept as {@link
 * MissingReason#LOW}. Anything else, a value out of its measure's range, or a second row for
 * the same area, year and category is a problem located at its file, line, column and value: in
 * {@link ReadMode#STRICT} the file fails as a whole with a {@link DataFileException}.
 */
public final class CareTableReader {

  /** The children looked after release's symbol for a percentage that rounds to 0 but is not 0. */
  static final String ROUNDS_TO_ZERO = "k";

  /** Any valid year, to validate a row's values apart from its area. */
  private static final int PROBE_YEAR = 2000;

  private CareTableReader() {}

  /**
   * Reads the bundled file of {@code table} (the 2025 release's, as DfE's CSC outcomes and enablers
   * dashboard bundles it), strictly.
   *
   * @param councils the councils the rows name (e.g. from the bundled LA code list)
   * @param limits the latest reporting year accepted
   */
  public static ReadResult<AreaFigures> embedded(CareTable table, CouncilDirectory councils, ReadLimits limits) {
    try (Reader reader = Inputs.resourceReader(table.resource())) {
      return read(table, Inputs.fileName(table.resource()), reader, councils, ReadMode.STRICT, limits);
    } catch (IOException e) {
      throw DataFileException.of(Problem.inFile(table.resource(), "", "", Expected.aReadableBundledResource()));
    }
  }

  /** Bundled children looked after on 31 March: count, DfE's rate per 10,000 and its population. */
  public static ReadResult<AreaFigures> childrenLookedAfter(CouncilDirectory councils, ReadLimits limits) {
    return embedded(CareTable.CHILDREN_LOOKED_AFTER, councils, limits);
  }

  /** Bundled placement stability: 3 or more placements, long-term stability. */
  public static ReadResult<AreaFigures> placementStability(CouncilDirectory councils, ReadLimits limits) {
    return embedded(CareTable.PLACEMENT_STABILITY, councils, limits);
  }

  /** Bundled care leavers in education, employment or training, aged 17 to 18 and 19 to 21. */
  public static ReadResult<AreaFigures> careLeaversActivity(CouncilDirectory councils, ReadLimits limits) {
    return embedded(CareTable.CARE_LEAVERS_ACTIVITY, councils, limits);
  }

  /** Bundled care leavers in suitable accommodation, aged 17 to 18 and 19 to 21. */
  public static ReadResult<AreaFigures> careLeaversAccommodation(CouncilDirectory councils, ReadLimits limits) {
    return embedded(CareTable.CARE_LEAVERS_ACCOMMODATION, councils, limits);
  }

  /** Bundled ONS mid-year estimates of children aged 0 to 17, 2012 to 2024. */
  public static ReadResult<AreaFigures> childPopulation(CouncilDirectory councils, ReadLimits limits) {
    return embedded(CareTable.CHILD_POPULATION, councils, limits);
  }

  /** Reads a file of {@code table}'s kind; a file over {@code limits.maxBytes()} is refused. */
  public static ReadResult<AreaFigures> read(CareTable table, Path file, CouncilDirectory councils, ReadMode mode,
      ReadLimits limits) {
    try (Reader reader = TextFiles.open(file, limits.maxBytes())) {
      return read(table, file.getFileName().toString(), reader, councils, mode, limits);
    } catch (IOException e) {
      throw DataFileException.of(Problem.inFile(file.toString(), "", "", Expected.aReadableFile()));
    }
  }

  /**
   * Reads CSV text of {@code table}'s kind; {@code fileName} names it in problems. The text is already
   * decoded, so only {@code limits.latestYear()} applies.
   */
  public static ReadResult<AreaFigures> read(CareTable table, String fileName, Reader reader,
      CouncilDirectory councils, ReadMode mode, ReadLimits limits) {
    try (CsvRows rows = CsvRows.open(fileName, reader)) {
      return read(table, rows, councils, mode, limits);
    }
  }

  private static ReadResult<AreaFigures> read(CareTable table, CsvRows rows, CouncilDirectory councils,
      ReadMode mode, ReadLimits limits) {
    CsvTable header = rows.header();
    List<List<String>> required = new ArrayList<>();
    table.selections().forEach(s -> {
      s.categories().keySet().forEach(c -> addOnce(required, c));
      s.values().keySet().forEach(c -> addOnce(required, c));
    });
    Columns.require(header, required);
    EesAreas areas = new EesAreas(header, councils, limits.latestYear());
    ProblemLog log = new ProblemLog(mode);
    Map<String, EesAreas.Located> located = new LinkedHashMap<>();
    Map<String, Map<Measure, Value>> values = new HashMap<>();
    Map<String, Long> firstLine = new HashMap<>();
    for (CsvTable.Row row : rows) {
      if (row.isBlank()) {
        continue;
      }
      Optional<Integer> selected = select(table, header, row);
      if (selected.isEmpty()) {
        continue;
      }
      CareTable.Selection selection = table.selections().get(selected.get());
      List<Problem> problems = new ArrayList<>();
      Optional<EesAreas.Located> at = areas.locate(row, problems);
      Map<Measure, Value> rowValues = new LinkedHashMap<>();
      Map<Measure, Integer> columnOf = new HashMap<>();
      selection.values().forEach((column, measure) -> {
        int index = header.column(column).orElseThrow();
        columnOf.put(measure, index);
        cell(header, row, index, problems).ifPresent(v -> rowValues.put(measure, v));
      });
      validate(table, header, row, rowValues, columnOf, problems);
      if (at.isPresent()) {
        String key = at.get().area().code() + " " + at.get().year() + " " + selected.get();
        Long first = firstLine.putIfAbsent(key, row.line());
        if (first != null) {
          int column = header.column(selection.categories().keySet().iterator().next()).orElseThrow();
          problems.add(Problem.at(header.file(), row.line(), header.heading(column), row.get(column),
              Expected.oneRowPer("area, year and category") + "; the same is at line " + first));
        }
      }
      if (log.accept(problems)) {
        String areaKey = at.get().area().code() + " " + at.get().year();
        located.putIfAbsent(areaKey, at.get());
        values.computeIfAbsent(areaKey, k -> new LinkedHashMap<>()).putAll(rowValues);
      }
    }
    log.finish();
    List<AreaFigures> records = located.entrySet().stream().map(e -> table.figures(e.getValue().year(),
        e.getValue().area(), e.getValue().region(), values.get(e.getKey()))).toList();
    return new ReadResult<>(records, log.notes());
  }

  private static void addOnce(List<List<String>> required, String column) {
    if (!required.contains(List.of(column))) {
      required.add(List.of(column));
    }
  }

  /** The index of the selection whose categories the row holds, if any. */
  private static Optional<Integer> select(CareTable table, CsvTable header, CsvTable.Row row) {
    List<CareTable.Selection> selections = table.selections();
    for (int i = 0; i < selections.size(); i++) {
      boolean all = selections.get(i).categories().entrySet().stream().allMatch(c ->
          row.get(header.column(c.getKey()).orElseThrow()).trim().equalsIgnoreCase(c.getValue()));
      if (all) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static Optional<Value> cell(CsvTable header, CsvTable.Row row, int column, List<Problem> problems) {
    String text = row.get(column);
    if (text.trim().toLowerCase(Locale.ROOT).equals(ROUNDS_TO_ZERO)) {
      return Optional.of(Value.missing(MissingReason.LOW));
    }
    Optional<Value> v = EesCells.parse(text);
    if (v.isEmpty()) {
      problems.add(Problem.at(header.file(), row.line(), header.heading(column), text,
          EesCells.underflows(text) ? EesCells.expected(text) : EesCells.EXPECTED + " (or k: rounds to 0)"));
    }
    return v;
  }

  /** Lets the record's validation judge the values' ranges, each problem located at its cell. */
  private static void validate(CareTable table, CsvTable header, CsvTable.Row row, Map<Measure, Value> rowValues,
      Map<Measure, Integer> columnOf, List<Problem> problems) {
    try {
      table.figures(PROBE_YEAR, Area.england(), Optional.empty(), rowValues);
    } catch (ModelViolationException e) {
      e.violations().forEach(v -> {
        int at = columnOf.entrySet().stream()
            .filter(c -> v.where().location().contains("[" + c.getKey().id() + "]"))
            .map(Map.Entry::getValue).findFirst().orElse(columnOf.values().iterator().next());
        problems.add(Problem.at(header.file(), row.line(), header.heading(at), row.get(at), v.expected()));
      });
    }
  }
}
