package io.github.cscbriefs.model;

import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every council known, current and abolished, with the reorganisations that link them and the
 * combined workforce returns. Answers "which council is this code or name" and "which area's
 * figures describe this council in this year", so that a series continues across code changes.
 */
public final class CouncilDirectory {

  private final Map<String, Council> byLaCode;
  private final List<Reorganisation> reorganisations;
  private final List<CombinedReturn> combinedReturns;

  public CouncilDirectory(List<Council> councils, List<Reorganisation> reorganisations,
      List<CombinedReturn> combinedReturns) {
    Map<String, Council> map = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    councils.stream().sorted(Comparator.comparing(Council::name)).forEach(c -> {
      if (map.putIfAbsent(c.laCode(), c) != null) {
        problems.add(Problem.of("councils", c.laCode(), Expected.eachOnce("LA code")));
      }
    });
    for (Reorganisation r : reorganisations) {
      r.predecessors().stream().filter(code -> !map.containsKey(code)).forEach(code -> problems.add(
          Problem.of("reorganisations.predecessors", code, Expected.aKnownCouncil())));
      r.successors().stream().filter(code -> !map.containsKey(code)).forEach(code -> problems.add(
          Problem.of("reorganisations.successors", code, Expected.aKnownCouncil())));
    }
    for (CombinedReturn c : combinedReturns) {
      c.laCodes().stream().filter(code -> !map.containsKey(code)).forEach(code -> problems.add(
          Problem.of("combinedReturns.laCodes", code, Expected.aKnownCouncil())));
    }
    if (!problems.isEmpty()) {
      throw new ModelViolationException("CouncilDirectory", problems);
    }
    this.byLaCode = Collections.unmodifiableMap(map);
    this.reorganisations = List.copyOf(reorganisations);
    this.combinedReturns = List.copyOf(combinedReturns);
  }

  /** All councils, current and abolished, by name. */
  public List<Council> all() {
    return List.copyOf(byLaCode.values());
  }

  /** Councils that exist today, by name. */
  public List<Council> current() {
    return byLaCode.values().stream().filter(Council::current).toList();
  }

  public List<Reorganisation> reorganisations() {
    return reorganisations;
  }

  public List<CombinedReturn> combinedReturns() {
    return combinedReturns;
  }

  /** By three-digit LA code or by any GSS code the council has had. */
  public Optional<Council> byCode(String code) {
    String c = code.trim().toUpperCase(Locale.ROOT);
    Council council = byLaCode.get(c);
    if (council != null) {
      return Optional.of(council);
    }
    return byLaCode.values().stream().filter(x -> x.gssCodes().contains(c)).findFirst();
  }

  /** By name, ignoring case, punctuation and "&amp;" versus "and". */
  public Optional<Council> byName(String name) {
    String wanted = normaliseName(name);
    return byLaCode.values().stream().filter(c -> normaliseName(c.name()).equals(wanted))
        .min(Comparator.comparing(c -> !c.current()));
  }

  /** By code or name. */
  public Optional<Council> find(String codeOrName) {
    return byCode(codeOrName).or(() -> byName(codeOrName));
  }

  /** The council with this LA code. */
  public Council require(String laCode) {
    return byCode(laCode).orElseThrow(() -> new IllegalArgumentException("unknown council code '" + laCode + "'"));
  }

  /** Current councils in a region (Inner and Outer London resolve to their boroughs). */
  public List<Council> inRegion(Region region) {
    return current().stream()
        .filter(c -> region.isSubRegion() ? c.subRegion() == region : c.region() == region)
        .toList();
  }

  /** The combined return this council is part of in {@code year}, if any. */
  public Optional<CombinedReturn> combinedReturn(String laCode, int year) {
    return combinedReturns.stream()
        .filter(c -> c.laCodes().contains(laCode) && year >= c.firstYear())
        .findFirst();
  }

  /**
   * The code of the area whose figures describe this council in {@code year}: its own code; its
   * combined return's; or, before a reorganisation that created it from a single
   * predecessor, that predecessor's code (so North Northamptonshire's series runs back through
   * Northamptonshire). Empty when no figures can describe it (created by merging several councils).
   */
  public Optional<String> returnCode(String laCode, int year) {
    Optional<CombinedReturn> combined = combinedReturn(laCode, year);
    if (combined.isPresent()) {
      return Optional.of(combined.get().area().code());
    }
    for (Reorganisation r : reorganisations) {
      if (r.successors().contains(laCode) && year < r.firstYear()) {
        return r.predecessors().size() == 1
            ? returnCode(r.predecessors().get(0), year)
            : Optional.empty();
      }
    }
    return Optional.of(laCode);
  }

  /** The councils that replaced an abolished council, or empty. */
  public List<Council> successors(String laCode) {
    return reorganisations.stream().filter(r -> r.predecessors().contains(laCode))
        .flatMap(r -> r.successors().stream()).map(this::require).toList();
  }

  /** The councils this council replaced, or empty. */
  public List<Council> predecessors(String laCode) {
    return reorganisations.stream().filter(r -> r.successors().contains(laCode))
        .flatMap(r -> r.predecessors().stream()).map(this::require).toList();
  }

  static String normaliseName(String name) {
    return name.trim().toLowerCase(Locale.ROOT)
        .replace("&", " and ")
        .replace(",", " ")
        .replaceAll("\\bcity of\\b", "city of")
        .replaceAll("[^a-z0-9 ]", " ")
        .replaceAll("\\s+", " ")
        .trim();
  }
}
