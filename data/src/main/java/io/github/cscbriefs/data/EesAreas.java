package io.github.cscbriefs.data;

import io.github.cscbriefs.data.internal.CsvTable;
import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.GeographicLevel;
import io.github.cscbriefs.model.Region;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Works out which area an Explore Education Statistics row describes, from its standard columns
 * ({@code time_period, geographic_level, region_code, region_name, old_la_code, new_la_code,
 * la_name}), in whatever order the release puts them.
 */
final class EesAreas {

  static final String TIME_PERIOD = "time_period";
  static final String GEOGRAPHIC_LEVEL = "geographic_level";
  static final List<String> LA_IDENTIFIERS = List.of("old_la_code", "new_la_code", "la_name");

  /** The column names every EES file read here must have; the last entry: any LA identifier. */
  static final List<List<String>> REQUIRED = List.of(List.of(TIME_PERIOD), List.of(GEOGRAPHIC_LEVEL), LA_IDENTIFIERS);

  private static final String GSS = "E\\d{8}";
  /** A GSS code such as E06000012, as every release writes one. */
  static final Pattern GSS_CODE = Pattern.compile(GSS);
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /**
   * The area of a row, or the problems that stop it being known.
   *
   * @param year the reporting year
   * @param area the area
   * @param region the region of a council or sub-region (top level, e.g. London for a borough)
   * @param gssCodes the GSS codes of the council(s) in this row
   */
  record Located(int year, Area area, Optional<Region> region, List<GssAssignment> gssCodes) {}

  private final CsvTable table;
  private final CouncilDirectory councils;
  private final int latestYear;
  private final int timePeriod;
  private final int level;
  private final Optional<Integer> regionCode;
  private final Optional<Integer> regionName;
  private final Optional<Integer> oldLaCode;
  private final Optional<Integer> newLaCode;
  private final Optional<Integer> laName;
  /** Each council's area made once per file: a release has a row per council, year and breakdown. */
  private final Map<String, Area> councilAreas = new HashMap<>();

  /**
   * Areas of a table's rows.
   *
   * @param table the header is enough: rows are located one at a time
   * @param latestYear the latest reporting year accepted
   */
  EesAreas(CsvTable table, CouncilDirectory councils, int latestYear) {
    Columns.require(table, REQUIRED);
    this.table = table;
    this.councils = councils;
    this.latestYear = latestYear;
    this.timePeriod = table.column(TIME_PERIOD).orElseThrow();
    this.level = table.column(GEOGRAPHIC_LEVEL).orElseThrow();
    this.regionCode = table.column("region_code");
    this.regionName = table.column("region_name");
    this.oldLaCode = table.column("old_la_code");
    this.newLaCode = table.column("new_la_code");
    this.laName = table.column("la_name");
  }

  /** Locates a row, adding to {@code problems} what is wrong; empty if any problem. */
  Optional<Located> locate(CsvTable.Row row, List<Problem> problems) {
    int before = problems.size();
    Optional<Integer> year = year(row, problems);
    Optional<GeographicLevel> geo = level(row, problems);
    if (problems.size() > before || year.isEmpty() || geo.isEmpty()) {
      return Optional.empty();
    }
    return switch (geo.get()) {
      case NATIONAL -> Optional.of(new Located(year.get(), Area.england(), Optional.empty(), List.of()));
      case REGIONAL -> region(row).map(r -> new Located(year.get(), Area.of(r),
              r.isSubRegion() ? Optional.of(r.topLevel()) : Optional.empty(), List.of()))
          .or(() -> {
            problems.add(problem(row, regionCode.or(() -> regionName).orElse(level),
                "a region_code (E12/E13) or region_name of an English region"));
            return Optional.empty();
          });
      case LOCAL_AUTHORITY -> council(row, year.get(), problems);
    };
  }

  private Optional<Integer> year(CsvTable.Row row, List<Problem> problems) {
    String text = row.get(timePeriod);
    if (!YEAR.matcher(text).matches()) {
      problems.add(problem(row, timePeriod, "a four-digit reporting year such as 2025"));
      return Optional.empty();
    }
    int year = Integer.parseInt(text);
    if (year > latestYear) {
      problems.add(problem(row, timePeriod, "a reporting year no later than " + latestYear
          + " (the current year): figures are as at 30 September and published the following year"));
      return Optional.empty();
    }
    return Optional.of(year);
  }

  private Optional<GeographicLevel> level(CsvTable.Row row, List<Problem> problems) {
    Optional<GeographicLevel> geo = switch (row.get(level).toLowerCase(Locale.ROOT)) {
      case "national" -> Optional.of(GeographicLevel.NATIONAL);
      case "regional" -> Optional.of(GeographicLevel.REGIONAL);
      case "local authority" -> Optional.of(GeographicLevel.LOCAL_AUTHORITY);
      default -> Optional.empty();
    };
    if (geo.isEmpty()) {
      problems.add(problem(row, level, Expected.anyOf("National", "Regional", "Local authority")));
    }
    return geo;
  }

  private Optional<Region> region(CsvTable.Row row) {
    return Optional.of(row.get(regionCode)).filter(s -> !s.isEmpty()).flatMap(Region::byGssCode)
        .or(() -> Optional.of(row.get(regionName)).filter(s -> !s.isEmpty()).flatMap(Region::byName));
  }

  private Optional<Located> council(CsvTable.Row row, int year, List<Problem> problems) {
    List<Council> members = members(row, problems);
    if (members.isEmpty()) {
      return Optional.empty();
    }
    String name = row.get(laName).isEmpty()
        ? String.join(" / ", members.stream().map(Council::name).toList()) : row.get(laName);
    Optional<Region> region = region(row).map(Region::topLevel).or(() -> Optional.of(members.get(0).region()));
    List<GssAssignment> gss = gssCodes(row, year, members, problems);
    List<String> codes = members.stream().map(Council::laCode).toList();
    Area area = councilAreas.computeIfAbsent(String.join(" / ", codes) + "\n" + name, k -> Area.councils(codes, name));
    return Optional.of(new Located(year, area, region, gss));
  }

  /** The council(s) a row describes, by old LA code, else GSS code, else name. */
  private List<Council> members(CsvTable.Row row, List<Problem> problems) {
    Optional<Integer> column = oldLaCode.filter(i -> !row.get(i).isEmpty())
        .or(() -> newLaCode.filter(i -> !row.get(i).isEmpty()))
        .or(() -> laName.filter(i -> !row.get(i).isEmpty()));
    if (column.isEmpty()) {
      problems.add(problem(row, oldLaCode.or(() -> newLaCode).orElse(laName.orElse(level)),
          "an old_la_code, new_la_code or la_name for a Local authority row"));
      return List.of();
    }
    boolean byName = column.equals(laName);
    List<String> parts = byName ? List.of(row.get(column.get())) : CouncilDirectories.codes(row.get(column.get()));
    List<Council> found = new ArrayList<>();
    for (String part : parts) {
      Optional<Council> council = byName ? councils.byName(part) : councils.byCode(part);
      if (council.isEmpty()) {
        problems.add(Problem.at(table.file(), row.line(), table.heading(column.get()), row.get(column.get()),
            Expected.inTheLaCodeList("a council") + " (e.g. 812, or 314 / 318 for a combined return)"));
        return List.of();
      }
      found.add(council.get());
    }
    return found;
  }

  private List<GssAssignment> gssCodes(CsvTable.Row row, int year, List<Council> members, List<Problem> problems) {
    if (newLaCode.isEmpty() || row.get(newLaCode).isEmpty()) {
      return List.of();
    }
    List<String> codes = CouncilDirectories.codes(row.get(newLaCode));
    if (codes.size() != members.size() || !codes.stream().allMatch(c -> GSS_CODE.matcher(c).matches())) {
      problems.add(problem(row, newLaCode.get(),
          members.size() + " GSS code(s) such as E06000012, joined by ' / ' for a combined return"));
      return List.of();
    }
    List<GssAssignment> result = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      result.add(new GssAssignment(members.get(i).laCode(), codes.get(i), year));
    }
    return result;
  }

  Problem problem(CsvTable.Row row, int column, String expected) {
    return Problem.at(table.file(), row.line(), table.heading(column), row.get(column), expected);
  }
}
