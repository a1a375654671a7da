package io.github.cscbriefs.data;

import io.github.cscbriefs.data.internal.CsvTable;
import io.github.cscbriefs.data.internal.EesCells;
import io.github.cscbriefs.data.internal.ProblemLog;
import io.github.cscbriefs.data.internal.TextFiles;
import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.ModelViolationException;
import io.github.cscbriefs.model.SocialWorkerStability;
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
import java.util.Map;
import java.util.Optional;

/**
 * Reads DfE's children-looked-after social worker stability table ({@code
 * cla_social_worker_stability_*.csv}: one row per area and {@code sw_stability} category, with
 * {@code number} and {@code percentage}), found by header name ({@code la_name} may come before
 * {@code new_la_code}). Produces one {@link AreaFigures} of {@link SocialWorkerStability} per area and year, holding {@link
 * Measure#CLA_TOTAL} ("Total children"), {@link Measure#CLA_THREE_OR_MORE_SOCIAL_WORKERS} and {@link
 * Measure#CLA_THREE_OR_MORE_SOCIAL_WORKERS_RATE} ("3 or more social workers during the year"). Only the "CLA on 31 March" group is
 * read when a {@code cla_group} column is present; other groups and categories are not measures of
 * the model and are passed over. Councils are those of the return: Kingston and Richmond, and
 * North and West Northamptonshire, appear separately here.
 */
public final class ClaStabilityReader {

  static final String TOTAL = "Total children";
  static final String THREE_OR_MORE = "3 or more social workers during the year";
  static final String GROUP = "CLA on 31 March";
  private static final List<List<String>> REQUIRED = List.of(List.of("sw_stability"), List.of("number"),
      List.of("percentage"));

  /** Any valid year, to validate a row's values apart from its area. */
  private static final int PROBE_YEAR = 2000;

  private ClaStabilityReader() {}

  /** Reads a file; a file over {@code limits.maxBytes()} is refused. */
  public static ReadResult<AreaFigures> read(Path file, CouncilDirectory councils, ReadMode mode, ReadLimits limits) {
    try (Reader reader = TextFiles.open(file, limits.maxBytes())) {
      return read(file.getFileName().toString(), reader, councils, mode, limits);
    } catch (IOException e) {
      throw DataFileException.of(Problem.inFile(file.toString(), "", "", Expected.aReadableFile()));
    }
  }

  /**
   * Reads CSV text; {@code fileName} names it in problems. The text is already decoded, so only
   * {@code limits.latestYear()} applies.
   */
  public static ReadResult<AreaFigures> read(String fileName, Reader reader, CouncilDirectory councils,
      ReadMode mode, ReadLimits limits) {
    CsvTable table = CsvTable.read(fileName, reader);
    Columns.require(table, REQUIRED);
    EesAreas areas = new EesAreas(table, councils, limits.latestYear());
    int category = table.column("sw_stability").orElseThrow();
    int number = table.column("number").orElseThrow();
    int percentage = table.column("percentage").orElseThrow();
    Optional<Integer> group = table.column("cla_group");
    ProblemLog log = new ProblemLog(mode);
    Map<String, EesAreas.Located> located = new LinkedHashMap<>();
    Map<String, Map<Measure, Value>> values = new HashMap<>();
    Map<String, Long> firstLine = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      boolean wanted = row.get(category).equalsIgnoreCase(TOTAL) || row.get(category).equalsIgnoreCase(THREE_OR_MORE);
      if (row.isBlank() || !wanted || (group.isPresent() && !row.get(group).equalsIgnoreCase(GROUP))) {
        continue;
      }
      List<Problem> problems = new ArrayList<>();
      Optional<EesAreas.Located> at = areas.locate(row, problems);
      Map<Measure, Value> rowValues = new LinkedHashMap<>();
      boolean total = row.get(category).equalsIgnoreCase(TOTAL);
      cell(table, row, number, problems).ifPresent(v -> rowValues.put(
          total ? SocialWorkerStability.CLA_TOTAL : SocialWorkerStability.CLA_THREE_OR_MORE_SOCIAL_WORKERS, v));
      if (!total) {
        cell(table, row, percentage, problems).ifPresent(v -> rowValues.put(SocialWorkerStability.CLA_THREE_OR_MORE_SOCIAL_WORKERS_RATE, v));
      }
      validate(table, row, rowValues, number, percentage, problems);
      String key = at.map(l -> l.area().code() + " " + l.year() + " " + row.get(category).toLowerCase(java.util.Locale.ROOT)).orElse("");
      Long first = at.isPresent() ? firstLine.putIfAbsent(key, row.line()) : null;
      if (first != null) {
        problems.add(Problem.at(fileName, row.line(), table.heading(category), row.get(category),
            Expected.oneRowPer("area, year and category") + "; the same is at line " + first));
      }
      if (log.accept(problems)) {
        String areaKey = at.get().area().code() + " " + at.get().year();
        located.putIfAbsent(areaKey, at.get());
        values.computeIfAbsent(areaKey, k -> new LinkedHashMap<>()).putAll(rowValues);
      }
    }
    log.finish();
    List<AreaFigures> records = located.entrySet().stream().map(e -> SocialWorkerStability.figures(
        e.getValue().year(), e.getValue().area(), e.getValue().region(), values.get(e.getKey()))).toList();
    return new ReadResult<>(records, log.notes());
  }

  private static Optional<Value> cell(CsvTable table, CsvTable.Row row, int column, List<Problem> problems) {
    Optional<Value> v = EesCells.parse(row.get(column));
    if (v.isEmpty()) {
      problems.add(Problem.at(table.file(), row.line(), table.heading(column), row.get(column),
          EesCells.expected(row.get(column))));
    }
    return v;
  }

  /** Lets the record's validation judge the values' ranges, each problem located at its cell. */
  private static void validate(CsvTable table, CsvTable.Row row, Map<Measure, Value> rowValues, int number,
      int percentage, List<Problem> problems) {
    try {
      SocialWorkerStability.figures(PROBE_YEAR, Area.england(), Optional.empty(), rowValues);
    } catch (ModelViolationException e) {
      e.violations().forEach(v -> {
        int at = v.where().location().contains("[" + SocialWorkerStability.CLA_THREE_OR_MORE_SOCIAL_WORKERS_RATE.id() + "]") ? percentage : number;
        problems.add(Problem.at(table.file(), row.line(), table.heading(at), row.get(at), v.expected()));
      });
    }
  }
}
