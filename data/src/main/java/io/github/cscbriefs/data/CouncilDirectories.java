package io.github.cscbriefs.data;

import io.github.cscbriefs.data.internal.CsvTable;
import io.github.cscbriefs.data.internal.Inputs;
import io.github.cscbriefs.model.CombinedReturn;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.ModelViolationException;
import io.github.cscbriefs.model.Reorganisation;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the {@link CouncilDirectory}: councils from the LA code list, the reorganisations and
 * combined returns from the project's small documented resource files ({@code
 * councils/reorganisations.csv}, {@code councils/combined-returns.csv}, each saying where its facts
 * come from), the other names councils go by ({@code councils/aliases.csv}: "Bristol", "Hull",
 * "County Durham", "BCP"), and GSS codes learned from the workforce and Ofsted files.
 */
public final class CouncilDirectories {

  static final String REORGANISATIONS = "/io/github/cscbriefs/data/councils/reorganisations.csv";
  static final String COMBINED_RETURNS = "/io/github/cscbriefs/data/councils/combined-returns.csv";
  static final String ALIASES = "/io/github/cscbriefs/data/councils/aliases.csv";

  private CouncilDirectories() {}

  /**
   * A directory of {@code councils}, every council that is a predecessor in a reorganisation marked
   * as no longer current.
   *
   * @throws DataFileException when a reorganisation or combined return names an unknown council
   */
  public static CouncilDirectory of(List<Council> councils, List<Reorganisation> reorganisations,
      List<CombinedReturn> combinedReturns) {
    return of(councils, reorganisations, combinedReturns, Map.of());
  }

  /**
   * As {@link #of(List, List, List)}, the councils also found by the names in {@code aliases}
   * (name → LA code).
   *
   * @throws DataFileException when a reorganisation, combined return or alias names an unknown council
   */
  public static CouncilDirectory of(List<Council> councils, List<Reorganisation> reorganisations,
      List<CombinedReturn> combinedReturns, Map<String, String> aliases) {
    Set<String> abolished = reorganisations.stream().flatMap(r -> r.predecessors().stream())
        .collect(Collectors.toSet());
    List<Council> marked = councils.stream()
        .map(c -> abolished.contains(c.laCode()) && c.current()
            ? new Council(c.laCode(), c.gssCodes(), c.name(), c.region(), c.type(), false) : c)
        .toList();
    try {
      return new CouncilDirectory(marked, reorganisations, combinedReturns, aliases);
    } catch (ModelViolationException e) {
      throw new DataFileException(e.violations().stream()
          .map(v -> Problem.inFile("council directory", v.where().location(), v.value(), v.expected())).toList());
    }
  }

  /** The directory with the bundled reorganisations, combined returns and aliases. */
  public static CouncilDirectory of(List<Council> councils) {
    return of(councils, bundledReorganisations(), bundledCombinedReturns(), bundledAliases());
  }

  /**
   * A copy of {@code directory} in which each council also carries the GSS codes assigned to it,
   * oldest first (by year, then in the order given). Assignments to unknown LA codes are ignored:
   * the readers that produce them have already reported unknown codes.
   */
  public static CouncilDirectory withGssCodes(CouncilDirectory directory, List<GssAssignment> assignments) {
    Map<String, List<GssAssignment>> byCouncil = assignments.stream()
        .sorted(Comparator.comparingInt(GssAssignment::year))
        .collect(Collectors.groupingBy(GssAssignment::laCode, LinkedHashMap::new, Collectors.toList()));
    List<Council> councils = new ArrayList<>();
    for (Council c : directory.all()) {
      Council updated = c;
      for (GssAssignment a : byCouncil.getOrDefault(c.laCode(), List.of())) {
        updated = updated.withGssCode(a.gssCode());
      }
      councils.add(updated);
    }
    return new CouncilDirectory(councils, directory.reorganisations(), directory.combinedReturns(),
        directory.aliases());
  }

  /** The reorganisations bundled with the project (see {@code councils/reorganisations.csv}). */
  public static List<Reorganisation> bundledReorganisations() {
    CsvTable table = table(REORGANISATIONS);
    Columns.require(table, List.of(List.of("first_year"), List.of("predecessors"), List.of("successors"),
        List.of("description")));
    return table.rows().stream().map(row -> new Reorganisation(
        Integer.parseInt(row.get(table.column("first_year").orElseThrow())),
        codes(row.get(table.column("predecessors").orElseThrow())),
        codes(row.get(table.column("successors").orElseThrow())),
        row.get(table.column("description").orElseThrow()))).toList();
  }

  /** The combined workforce returns bundled with the project (see {@code councils/combined-returns.csv}). */
  public static List<CombinedReturn> bundledCombinedReturns() {
    CsvTable table = table(COMBINED_RETURNS);
    Columns.require(table, List.of(List.of("name"), List.of("la_codes"), List.of("first_year")));
    return table.rows().stream().map(row -> new CombinedReturn(
        row.get(table.column("name").orElseThrow()),
        codes(row.get(table.column("la_codes").orElseThrow())),
        Integer.parseInt(row.get(table.column("first_year").orElseThrow())))).toList();
  }

  /** The other names of councils bundled with the project (see {@code councils/aliases.csv}), name → LA code. */
  public static Map<String, String> bundledAliases() {
    CsvTable table = table(ALIASES);
    Columns.require(table, List.of(List.of("alias"), List.of("la_code"), List.of("source")));
    Map<String, String> aliases = new LinkedHashMap<>();
    table.rows().forEach(row -> aliases.put(row.get(table.column("alias").orElseThrow()).trim(),
        row.get(table.column("la_code").orElseThrow()).trim()));
    return aliases;
  }

  /** Splits DfE's joined codes, "314 / 318", into their parts. */
  static List<String> codes(String joined) {
    return Arrays.stream(joined.split("/")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static CsvTable table(String resource) {
    try (Reader reader = Inputs.resourceReader(resource)) {
      return CsvTable.readCommented(Inputs.fileName(resource), reader);
    } catch (IOException e) {
      throw DataFileException.of(Problem.inFile(resource, "", "", Expected.aReadableBundledResource()));
    }
  }
}
