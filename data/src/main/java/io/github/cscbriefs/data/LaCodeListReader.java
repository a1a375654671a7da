package io.github.cscbriefs.data;

import io.github.cscbriefs.data.internal.CsvTable;
import io.github.cscbriefs.data.internal.Inputs;
import io.github.cscbriefs.data.internal.ProblemLog;
import io.github.cscbriefs.data.internal.Violations;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.CouncilType;
import io.github.cscbriefs.model.ModelViolationException;
import io.github.cscbriefs.model.Region;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads DfE's LA code list ({@code LA Number, LA Name, Region, Type}). Every council row becomes a
 * {@link Council} marked current and without GSS codes; {@link CouncilDirectories} marks the
 * abolished ones and adds GSS codes learned from other files. "Inner London" and "Outer London" are
 * London ({@link Region#LONDON}), the borough's type (ILB/OLB) keeping the distinction. Rows whose
 * region and type are both "NA" are DfE's codes for England and regions (970–990, 1000), not
 * councils, and are not returned.
 */
public final class LaCodeListReader {

  private static final List<String> REQUIRED = List.of("LA Number", "LA Name", "Region", "Type");
  private static final String AGGREGATE = "NA";

  private LaCodeListReader() {}

  /** Reads a file. */
  public static ReadResult<Council> read(Path file, ReadMode mode) {
    try (Reader reader = Inputs.reader(file)) {
      return read(file.getFileName().toString(), reader, mode);
    } catch (java.io.IOException e) {
      throw DataFileException.of(Problem.inFile(file.toString(), "", "", Expected.aReadableFile()));
    }
  }

  /** Reads CSV text; {@code fileName} names it in problems. */
  public static ReadResult<Council> read(String fileName, Reader reader, ReadMode mode) {
    CsvTable table = CsvTable.read(fileName, reader);
    Columns.require(table, REQUIRED.stream().map(List::of).toList());
    int code = table.column("LA Number").orElseThrow();
    int name = table.column("LA Name").orElseThrow();
    int region = table.column("Region").orElseThrow();
    int type = table.column("Type").orElseThrow();
    ProblemLog log = new ProblemLog(mode);
    List<Council> councils = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      if (row.isBlank() || (AGGREGATE.equals(row.get(region)) && AGGREGATE.equals(row.get(type)))) {
        continue;
      }
      List<Problem> problems = new ArrayList<>();
      Optional<Region> r = Region.byName(row.get(region)).map(Region::topLevel);
      Optional<CouncilType> t = CouncilType.byAbbreviation(row.get(type));
      if (r.isEmpty()) {
        problems.add(problem(table, row, region, "a region name such as North West, Inner London or Outer London"));
      }
      if (t.isEmpty()) {
        problems.add(problem(table, row, type, "a council type: " + Expected.anyOf("OLB", "ILB", "MD", "UA", "SC")));
      }
      Long first = seen.putIfAbsent(row.get(code), row.line());
      if (first != null) {
        problems.add(problem(table, row, code, Expected.eachOnce("LA number") + " (first at line " + first + ")"));
      }
      Council council = null;
      if (problems.isEmpty()) {
        try {
          council = new Council(row.get(code), List.of(), row.get(name), r.get(), t.get(), true);
        } catch (ModelViolationException e) {
          problems.addAll(Violations.toProblems(e, fileName, row.line(),
              path -> path.startsWith("laCode") ? table.heading(code) : table.heading(name)));
        }
      }
      if (log.accept(problems)) {
        councils.add(council);
      }
    }
    log.finish();
    return new ReadResult<>(councils, log.notes());
  }

  private static Problem problem(CsvTable table, CsvTable.Row row, int column, String expected) {
    return Problem.at(table.file(), row.line(), table.heading(column), row.get(column), expected);
  }
}
