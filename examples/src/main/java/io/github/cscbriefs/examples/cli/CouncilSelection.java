package io.github.cscbriefs.examples.cli;

import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Region;
import io.github.cscbriefs.model.Workforce;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** Which councils a command works on: named ones, a region's, or all current councils. */
final class CouncilSelection {

  @Option(names = "--la", paramLabel = "NAME|CODE",
      description = "A council by name (any case; short names such as Bristol, Hull, County Durham or BCP "
          + "too), 3-digit LA code or GSS code. Repeatable.")
  List<String> councils = new ArrayList<>();

  @Option(names = "--region", paramLabel = "NAME|CODE",
      description = "Every current council in a region, by name or GSS code, e.g. \"North West\", E12000002 "
          + "or \"Inner London\".")
  String region;

  @Option(names = "--all", description = "Every current council.")
  boolean all;

  boolean isEmpty() {
    return councils.isEmpty() && region == null && !all;
  }

  /**
   * The councils selected, in the order asked, each once.
   *
   * @throws CscBriefsCommand.UsageProblem naming every unknown council or region
   */
  List<Council> resolve(CouncilDirectory directory) {
    int ways = (councils.isEmpty() ? 0 : 1) + (region == null ? 0 : 1) + (all ? 1 : 0);
    if (ways != 1) {
      throw new CscBriefsCommand.UsageProblem("choose the councils with exactly one of --la, --region or --all");
    }
    if (all) {
      return directory.current();
    }
    if (region != null) {
      Region r = Region.byGssCode(region.trim().toUpperCase(java.util.Locale.ROOT)).or(() -> Region.byName(region))
          .orElseThrow(() -> new CscBriefsCommand.UsageProblem("unknown region '" + region
              + "'; expected a name or GSS code: " + java.util.Arrays.stream(Region.values())
              .map(x -> x.label() + " (" + x.gssCode() + ")").collect(Collectors.joining(", "))));
      return directory.inRegion(r);
    }
    Set<Council> found = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String wanted : councils) {
      directory.find(wanted).ifPresentOrElse(found::add, () -> unknown.add(describeMiss(directory, wanted)));
    }
    if (!unknown.isEmpty()) {
      throw new CscBriefsCommand.UsageProblem("unknown council" + (unknown.size() > 1 ? "s " : " ")
          + String.join(", ", unknown) + "; 'csc-briefs list' shows every council with its codes");
    }
    return new ArrayList<>(found);
  }

  /**
   * Refuses a council that no longer exists for a year after it ended, or a year it has no workforce
   * figures for, naming the councils that replaced it and the years it can be chosen for: a brief
   * of Northamptonshire for 2020 is its own, one for 2021 would be its successors'.
   *
   * @throws CscBriefsCommand.UsageProblem for the first council and year that cannot be reported
   */
  static void requireExisting(Dataset dataset, List<Council> councils, List<Integer> years) {
    for (Council council : councils) {
      if (council.current()) {
        continue;
      }
      List<Integer> own = dataset.publishedYears().stream().filter(y -> existed(dataset, council, y)).toList();
      for (int year : years) {
        if (!own.contains(year)) {
          throw new CscBriefsCommand.UsageProblem(noLongerExists(dataset.councils(), council)
              + (own.isEmpty() ? "" : ", or a --year " + (own.size() == 1 ? String.valueOf(own.get(0))
                  : "from " + own.get(0) + " to " + own.get(own.size() - 1)) + ", when it had figures of its own"));
        }
      }
    }
  }

  /** Whether an abolished council still ran its services in {@code year} and has workforce figures for it. */
  private static boolean existed(Dataset dataset, Council council, int year) {
    boolean ended = dataset.councils().reorganisations().stream()
        .anyMatch(r -> r.predecessors().contains(council.laCode()) && year >= r.firstYear());
    return !ended && dataset.figuresFor(Workforce.PUBLICATION, council, year)
        .filter(f -> f.area().code().equals(council.laCode())).isPresent();
  }

  /** How the run's councils were asked for, for messages: their names, the region's or every council. */
  String asked(List<Council> resolved) {
    if (all) {
      return "every current council";
    }
    if (region != null) {
      return "the councils of " + region;
    }
    return resolved.stream().map(Council::name).collect(Collectors.joining(", "));
  }

  /** {@code 'name'}, with the closest names if any are close. */
  private static String describeMiss(CouncilDirectory directory, String wanted) {
    List<Council> closest = directory.closest(wanted, 3);
    return "'" + wanted + "'" + (closest.isEmpty() ? "" : " (did you mean "
        + closest.stream().map(c -> "'" + c.name() + "'").collect(Collectors.joining(" or ")) + "?)");
  }

  /** Why an abolished council cannot be chosen, naming the councils that replaced it. */
  static String noLongerExists(CouncilDirectory directory, Council council) {
    List<Council> successors = directory.successors(council.laCode());
    String name = council.name().replace(" (Pre LG)", "");
    if (successors.isEmpty()) {
      return name + " no longer exists; 'csc-briefs list' shows the current councils";
    }
    int since = directory.reorganisations().stream().filter(r -> r.predecessors().contains(council.laCode()))
        .mapToInt(io.github.cscbriefs.model.Reorganisation::firstYear).min().orElseThrow();
    List<String> names = successors.stream().map(Council::name).toList();
    String joined = names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    return name + " no longer exists: since " + since + " its children's services are run by " + joined
        + (names.size() == 1 ? "; choose that one" : "; choose one of those");
  }

  static String describe(List<Council> councils) {
    return councils.size() == 1 ? councils.get(0).name()
        : councils.size() + " councils";
  }

}
