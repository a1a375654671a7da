package io.github.cscbriefs.data;

import io.github.cscbriefs.data.internal.CsvTable;
import io.github.cscbriefs.data.internal.Inputs;
import io.github.cscbriefs.data.internal.ProblemLog;
import io.github.cscbriefs.model.Closeness;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.ModelViolationException;
import io.github.cscbriefs.model.Neighbour;
import io.github.cscbriefs.model.NeighbourGroup;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads DfE's statistical neighbour models in either published layout:
 * <ul>
 *   <li>the 2025 wide file: {@code old_la_code, la_name, …, SN_1, SN_1P, …, SN_10, SN_10P};</li>
 *   <li>the 2021 groupings file: {@code LA num, LA Name, LA number, GOInd, GOReg, SN1, SNP, …, SN10,
 *       SNP,} where every band column is headed "SNP", so each band is read from the column just
 *       after its neighbour's code; rows without an LA number (blank separators and the "Old SNs:"
 *       label above the pre-reorganisation councils) are section markers, not data.</li>
 * </ul>
 * Bands are matched ignoring case and surrounding spaces ("Very Close", "Close "). Problems: an
 * unknown council code, an unknown band, a council listed twice, a council among its own
 * neighbours.
 */
public final class NeighbourReader {

  private static final List<String> CODE = List.of("old_la_code", "LA num", "LA number", "la_code");
  private static final Pattern YEAR = Pattern.compile("(20\\d{2})");
  private static final String BANDS = Expected.anyOf("Extremely close", "Very close", "Close", "Somewhat close",
      "Not close");

  private NeighbourReader() {}

  /** Reads a file whose name states the model year, e.g. {@code sn_model_2025_wide.csv}. */
  public static ReadResult<NeighbourGroup> read(Path file, CouncilDirectory councils, ReadMode mode) {
    String name = file.getFileName().toString();
    int year = modelYear(name).orElseThrow(() -> DataFileException.of(Problem.inFile(name, "", name,
        "a file name stating the model year, e.g. sn_model_2025_wide.csv (or give the year)")));
    return read(file, year, councils, mode);
  }

  /** Reads a file of the model of {@code modelYear}. */
  public static ReadResult<NeighbourGroup> read(Path file, int modelYear, CouncilDirectory councils, ReadMode mode) {
    try (Reader reader = Inputs.reader(file)) {
      return read(file.getFileName().toString(), reader, modelYear, councils, mode);
    } catch (IOException e) {
      throw DataFileException.of(Problem.inFile(file.toString(), "", "", Expected.aReadableFile()));
    }
  }

  /** Reads CSV text; {@code fileName} names it in problems. */
  public static ReadResult<NeighbourGroup> read(String fileName, Reader reader, int modelYear,
      CouncilDirectory councils, ReadMode mode) {
    CsvTable table = CsvTable.read(fileName, reader);
    Columns.require(table, List.of(CODE, List.of("SN_1", "SN1")));
    int code = table.column(CODE).orElseThrow();
    List<Integer> neighbourColumns = neighbourColumns(table);
    ProblemLog log = new ProblemLog(mode);
    List<NeighbourGroup> groups = new ArrayList<>();
    Map<String, Long> firstLine = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      if (row.get(code).isEmpty()) {
        continue;
      }
      List<Problem> problems = new ArrayList<>();
      if (councils.byCode(row.get(code)).isEmpty() || !row.get(code).matches("\\d{3}")) {
        problems.add(problem(table, row, code, Expected.inTheLaCodeList("a council's LA code")));
      }
      Long first = firstLine.putIfAbsent(row.get(code), row.line());
      if (first != null) {
        problems.add(problem(table, row, code, Expected.eachOnce("council") + "; it is also at line " + first));
      }
      List<Neighbour> neighbours = neighbours(table, row, neighbourColumns, councils, problems);
      NeighbourGroup group = null;
      if (problems.isEmpty()) {
        try {
          group = new NeighbourGroup(row.get(code), modelYear, neighbours);
        } catch (ModelViolationException e) {
          e.violations().forEach(v -> problems.add(Problem.at(fileName, row.line(), table.heading(code),
              row.get(code), v.expected())));
        }
      }
      if (log.accept(problems)) {
        groups.add(group);
      }
    }
    log.finish();
    return new ReadResult<>(groups, log.notes());
  }

  /** The model year stated in a file name, e.g. 2025 in {@code sn_model_2025_wide.csv}. */
  public static OptionalInt modelYear(String fileName) {
    Matcher m = YEAR.matcher(fileName);
    return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  /** The column of each ranked neighbour's code, SN_1 (or SN1) first; its band is the next column. */
  private static List<Integer> neighbourColumns(CsvTable table) {
    List<Integer> columns = new ArrayList<>();
    for (int rank = 1; ; rank++) {
      var column = table.column(List.of("SN_" + rank, "SN" + rank));
      if (column.isEmpty()) {
        return columns;
      }
      columns.add(column.get());
    }
  }

  private static List<Neighbour> neighbours(CsvTable table, CsvTable.Row row, List<Integer> columns,
      CouncilDirectory councils, List<Problem> problems) {
    List<Neighbour> neighbours = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      int column = columns.get(i);
      String code = row.get(column);
      if (code.isEmpty() && row.get(column + 1).isEmpty()) {
        break;
      }
      boolean known = code.matches("\\d{3}") && councils.byCode(code).isPresent();
      if (!known) {
        problems.add(problem(table, row, column, Expected.inTheLaCodeList("a neighbour's LA code")));
      }
      var band = Closeness.parse(row.get(column + 1));
      if (band.isEmpty()) {
        problems.add(problem(table, row, column + 1, BANDS));
      }
      if (known && band.isPresent()) {
        neighbours.add(new Neighbour(i + 1, code, band.get()));
      }
    }
    return neighbours;
  }

  private static Problem problem(CsvTable table, CsvTable.Row row, int column, String expected) {
    return Problem.at(table.file(), row.line(), table.heading(column), row.get(column), expected);
  }
}
