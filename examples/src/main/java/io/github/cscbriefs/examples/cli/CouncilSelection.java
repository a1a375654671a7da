package io.github.cscbriefs.examples.cli;

import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.Region;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** Which councils a command works on: named ones, a region's, or all current councils. */
final class CouncilSelection {

  @Option(names = "--la", paramLabel = "NAME|CODE",
      description = "A council by name (any case), old 3-digit LA code or GSS code. Repeatable.")
  List<String> councils = new ArrayList<>();

  @Option(names = "--region", paramLabel = "NAME",
      description = "Every current council in a region, e.g. \"North West\" or \"Inner London\".")
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
      Region r = Region.byName(region).orElseThrow(() -> new CscBriefsCommand.UsageProblem(
          "unknown region '" + region + "'; expected one of: " + java.util.Arrays.stream(Region.values())
              .map(Region::label).collect(Collectors.joining(", "))));
      return directory.inRegion(r);
    }
    Set<Council> found = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String wanted : councils) {
      directory.find(wanted).ifPresentOrElse(found::add, () -> unknown.add(wanted));
    }
    if (!unknown.isEmpty()) {
      throw new CscBriefsCommand.UsageProblem("unknown council" + (unknown.size() > 1 ? "s " : " ")
          + unknown.stream().map(u -> "'" + u + "'").collect(Collectors.joining(", "))
          + "; 'csc-briefs list' shows every council with its codes");
    }
    return new ArrayList<>(found);
  }

  static String describe(List<Council> councils) {
    return councils.size() == 1 ? councils.get(0).name()
        : councils.size() + " councils";
  }

}
