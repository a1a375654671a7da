package io.github.cscbriefs.examples.cli;

import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code csc-briefs metrics}: what the brief computes and decides, as CSV or JSON on standard
 * output, one table at a time ({@code --table}): every indicator's comparison (one row per council
 * and indicator), the priority actions, or the progress of the council's improvement plan. The
 * tables and their cells are {@link Exports}'; a missing number is printed as its EES symbol in CSV
 * and as {@code null} with its reason beside it in JSON, never as 0.
 *
 * <p>One command with a {@code --table} option rather than sibling commands: all three tables are
 * computed from the same profiles and take the same council, year and data options, and a CSV file
 * holds one table.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true,
    description = "Print what the brief computes and decides (CSV or JSON) for analysts: every indicator's "
        + "comparison, the priority actions or the improvement plan's progress.")
final class MetricsCommand implements Callable<Integer> {

  enum Format { csv, json }

  enum Table { indicators, actions, plan }

  @Mixin CouncilSelection selection = new CouncilSelection();

  @Option(names = "--year", paramLabel = "YYYY", split = ",",
      description = "Workforce reporting year (as at 30 September); repeat it or list years (2021,2025) for "
          + "every year asked. Default: the latest in the data.")
  List<Integer> years = new ArrayList<>();

  @Option(names = "--format", defaultValue = "csv",
      description = "csv or json. Default: ${DEFAULT-VALUE}")
  Format format;

  @Option(names = "--table", defaultValue = "indicators",
      description = "indicators (one row per council and indicator), actions (the brief's priority actions) "
          + "or plan (the improvement plan's actions from --local files, with their status). "
          + "Default: ${DEFAULT-VALUE}")
  Table table;

  @Mixin DataOptions data = new DataOptions();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Dataset dataset = data.load();
    List<Council> councils = selection.resolve(dataset.councils());
    BriefProfiles profiles = BriefProfiles.of(dataset);
    List<Integer> reportingYears = Years.reportingYears(dataset, profiles, years, spec.commandLine().getErr());
    CouncilSelection.requireExisting(dataset, councils, reportingYears);
    data.requireLocalFilesFor(dataset, councils, selection.asked(councils));
    List<CouncilProfile> chosen = new ArrayList<>();
    for (Council council : councils) {
      reportingYears.forEach(year -> chosen.add(profiles.profile(council, year)));
    }
    Exports.Table rows = switch (table) {
      case indicators -> Exports.indicators(chosen);
      case actions -> Exports.actions(chosen);
      case plan -> Exports.plan(chosen);
    };
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      Exports.json(rows, out);
    } else {
      Exports.csv(rows, out);
    }
    out.flush();
    return 0;
  }
}
