package io.github.cscbriefs.data;

import io.github.cscbriefs.data.internal.CsvTable;
import io.github.cscbriefs.data.internal.Inputs;
import io.github.cscbriefs.data.internal.ProblemLog;
import io.github.cscbriefs.model.Closeness;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.ModelViolationException;
import io.github.cscbriefs.model.Neighbour;
import io.github.cscbriefs.model.NeighbourGroup;
import io.github.cscbriefs.model.Reorganisation;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * neighbours, the same neighbour twice in a group, and a council (or neighbour) that did not exist
 * in the model year by the directory's reorganisations (e.g. Cumbria in the 2025 model). Below a
 * section label containing "old" (the 2021 file's "Old SNs:"), a replaced council's neighbours must
 * have existed in its own last year instead.
 */
public final class NeighbourReader {

  private static final List<String> CODE = List.of("old_la_code", "LA num", "LA number", "la_code");
  private static final Pattern YEAR = Pattern.compile("(20\\d{2})");
  private static final Pattern LA_CODE = Pattern.compile("\\d{3}");
  /** The label of the 2021 file's section of councils replaced since ("Old SNs:"). */
  private static final Pattern OLD_SECTION = Pattern.compile("\\bold\\b", Pattern.CASE_INSENSITIVE);
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
    boolean oldSection = false;
    for (CsvTable.Row row : table.rows()) {
      if (row.get(code).isEmpty()) {
        oldSection |= row.cells().stream().anyMatch(c -> OLD_SECTION.matcher(c).find());
        continue;
      }
      List<Problem> problems = new ArrayList<>();
      int year = modelYear;
      if (councils.byCode(row.get(code)).isEmpty() || !LA_CODE.matcher(row.get(code)).matches()) {
        problems.add(problem(table, row, code, Expected.inTheLaCodeList("a council's LA code")));
      } else if (oldSection) {
        year = lastYear(councils, row.get(code)).orElse(modelYear);
      } else {
        gone(councils, row.get(code), modelYear)
            .ifPresent(why -> problems.add(problem(table, row, code, existed(modelYear, true) + why)));
      }
      Long first = firstLine.putIfAbsent(row.get(code), row.line());
      if (first != null) {
        problems.add(problem(table, row, code, Expected.eachOnce("council") + "; it is also at line " + first));
      }
      List<Neighbour> neighbours = neighbours(table, row, neighbourColumns, councils, year, year == modelYear,
          problems);
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
      CouncilDirectory councils, int year, boolean isModelYear, List<Problem> problems) {
    List<Neighbour> neighbours = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      int column = columns.get(i);
      String code = row.get(column);
      if (code.isEmpty() && row.get(column + 1).isEmpty()) {
        break;
      }
      boolean known = LA_CODE.matcher(code).matches() && councils.byCode(code).isPresent();
      if (!known) {
        problems.add(problem(table, row, column, Expected.inTheLaCodeList("a neighbour's LA code")));
      } else {
        Integer first = seen.putIfAbsent(code, column);
        if (first != null) {
          known = false;
          problems.add(problem(table, row, column, Expected.eachOnce("neighbour") + "; it is also "
              + table.heading(first)));
        } else {
          Optional<String> why = gone(councils, code, year);
          if (why.isPresent()) {
            known = false;
            problems.add(problem(table, row, column, existed(year, isModelYear) + why.get()));
          }
        }
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

  /** What a council must be: one that existed in the model year (or, in the old section, in {@code year}). */
  private static String existed(int year, boolean isModelYear) {
    return "a council that existed in " + (isModelYear ? "the model year " : "") + year + "; ";
  }

  /**
   * Why the council {@code code} did not exist in the reporting year {@code year}, if it did not: it
   * had been replaced in a reorganisation, or was not yet created.
   */
  static Optional<String> gone(CouncilDirectory councils, String code, int year) {
    for (Reorganisation r : councils.reorganisations()) {
      if (r.predecessors().contains(code) && year >= r.firstYear()) {
        return Optional.of(named(councils, List.of(code)) + " was replaced from " + r.firstYear() + " by "
            + named(councils, r.successors()));
      }
      if (r.successors().contains(code) && year < r.firstYear()) {
        return Optional.of(named(councils, List.of(code)) + " was created in " + r.firstYear() + ", replacing "
            + named(councils, r.predecessors()));
      }
    }
    return Optional.empty();
  }

  /** The last year a council replaced in a reorganisation existed, if it was replaced. */
  private static Optional<Integer> lastYear(CouncilDirectory councils, String code) {
    return councils.reorganisations().stream().filter(r -> r.predecessors().contains(code))
        .map(r -> r.firstYear() - 1).min(Integer::compare);
  }

  private static String named(CouncilDirectory councils, List<String> codes) {
    List<String> names = codes.stream()
        .map(c -> councils.byCode(c).map(council -> council.name() + " (" + c + ")").orElse(c)).toList();
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  private static Problem problem(CsvTable table, CsvTable.Row row, int column, String expected) {
    return Problem.at(table.file(), row.line(), table.heading(column), row.get(column), expected);
  }
}
