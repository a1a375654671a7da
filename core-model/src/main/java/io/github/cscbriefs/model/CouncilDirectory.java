package io.github.cscbriefs.model;

import io.github.cscbriefs.model.problem.EditDistance;
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
  private final Map<String, String> aliases;
  private final Map<String, String> laCodeByAlias;

  public CouncilDirectory(List<Council> councils, List<Reorganisation> reorganisations,
      List<CombinedReturn> combinedReturns) {
    this(councils, reorganisations, combinedReturns, Map.of());
  }

  /**
   * A directory whose councils can also be found by other names: {@code aliases} maps a name
   * people use (e.g. "Bristol", "County Durham") to the LA code of the council it means. A
   * council's own name always wins over an alias.
   */
  public CouncilDirectory(List<Council> councils, List<Reorganisation> reorganisations,
      List<CombinedReturn> combinedReturns, Map<String, String> aliases) {
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
    Map<String, String> byAlias = new LinkedHashMap<>();
    aliases.forEach((alias, code) -> {
      if (!map.containsKey(code)) {
        problems.add(Problem.of("aliases." + alias, code, Expected.aKnownCouncil()));
      }
      byAlias.put(normaliseName(alias), code);
    });
    if (!problems.isEmpty()) {
      throw new ModelViolationException("CouncilDirectory", problems);
    }
    this.byLaCode = Collections.unmodifiableMap(map);
    this.reorganisations = List.copyOf(reorganisations);
    this.combinedReturns = List.copyOf(combinedReturns);
    this.aliases = Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
    this.laCodeByAlias = Collections.unmodifiableMap(byAlias);
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

  /** The other names councils can be found by, each with the LA code it means. */
  public Map<String, String> aliases() {
    return aliases;
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

  /**
   * By name or alias, ignoring case, punctuation, "&amp;" versus "and", and the words of a council's
   * title ("Sefton Council", "Durham County Council", "Royal Borough of Greenwich").
   */
  public Optional<Council> byName(String name) {
    String wanted = normaliseName(name);
    Optional<Council> found = exactly(wanted);
    if (found.isPresent()) {
      return found;
    }
    String untitled = withoutTitle(wanted);
    return untitled.equals(wanted) || untitled.isEmpty() ? Optional.empty() : exactly(untitled);
  }

  private Optional<Council> exactly(String normalised) {
    Optional<Council> own = byLaCode.values().stream().filter(c -> normaliseName(c.name()).equals(normalised))
        .min(Comparator.comparing(c -> !c.current()));
    return own.or(() -> Optional.ofNullable(laCodeByAlias.get(normalised)).map(byLaCode::get));
  }

  /**
   * The current councils whose names or aliases are closest to {@code name}, closest first, at most
   * {@code limit}: those within a few typing slips of it, or whose name contains it as a word
   * ("Northampton"). Empty when nothing is close; for "did you mean …?" after a miss.
   */
  public List<Council> closest(String name, int limit) {
    String wanted = withoutTitle(normaliseName(name));
    if (wanted.length() < 3) {
      return List.of();
    }
    Map<Council, Integer> best = new LinkedHashMap<>();
    for (Council c : current()) {
      List<String> names = new ArrayList<>(List.of(normaliseName(c.name())));
      laCodeByAlias.forEach((alias, code) -> {
        if (code.equals(c.laCode())) {
          names.add(alias);
        }
      });
      for (String candidate : names) {
        int score = closeness(wanted, candidate);
        if (score >= 0) {
          best.merge(c, score, Math::min);
        }
      }
    }
    return best.entrySet().stream()
        .sorted(Map.Entry.<Council, Integer>comparingByValue().thenComparing(e -> e.getKey().name()))
        .limit(limit).map(Map.Entry::getKey).toList();
  }

  /** 0 when one contains the other as whole words or a word's start, else the edit distance if small, else -1. */
  private static int closeness(String wanted, String candidate) {
    if (wanted.length() >= 4 && (" " + candidate).contains(" " + wanted)) {
      return 0;
    }
    int distance = EditDistance.between(wanted, candidate);
    return distance <= Math.max(1, Math.min(3, wanted.length() / 4)) ? distance : -1;
  }

  /** A normalised name without the words of a council's title before or after it. */
  static String withoutTitle(String normalised) {
    return normalised
        .replaceFirst("^(the )?(london borough of|royal borough of|metropolitan borough of|borough of|council of) ", "")
        .replaceFirst(" (metropolitan borough|metropolitan district|county borough|borough|county|city|district)?"
            + " ?council$", "")
        .trim();
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
