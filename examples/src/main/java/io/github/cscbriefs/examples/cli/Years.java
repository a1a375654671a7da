package io.github.cscbriefs.examples.cli;

import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.model.Dataset;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;

/** The reporting years a command works on. */
final class Years {

  private Years() {}

  /** {@code asked} if the data has it, else the latest year; a year not in the data is a usage error. */
  static int choose(Dataset dataset, Integer asked) {
    List<Integer> years = dataset.reportingYears();
    if (years.isEmpty()) {
      throw new IllegalStateException("the workforce data holds no year");
    }
    if (asked == null) {
      return dataset.latestYear();
    }
    if (!years.contains(asked)) {
      throw new CscBriefsCommand.UsageProblem("no workforce figures for --year " + asked
          + "; the data covers " + years.get(0) + "–" + years.get(years.size() - 1));
    }
    return asked;
  }

  /** Each year asked, in the order asked and once, or the latest year if none is asked. */
  static List<Integer> chooseAll(Dataset dataset, List<Integer> asked) {
    if (asked == null || asked.isEmpty()) {
      return List.of(choose(dataset, null));
    }
    LinkedHashSet<Integer> years = new LinkedHashSet<>();
    for (Integer year : asked) {
      years.add(choose(dataset, year));
    }
    return List.copyOf(years);
  }

  /**
   * The reporting years of the years asked ({@link #chooseAll}), in order and once: a year that only
   * councils' own figures cover (a local file's newer figures) is reported at the latest published
   * year before it, whose briefs show those figures beside the published ones; {@code err} is told.
   * {@code profiles} are the command's own, of {@code dataset} (made once: making them completes
   * the dataset's derived figures).
   */
  static List<Integer> reportingYears(Dataset dataset, BriefProfiles profiles, List<Integer> asked,
      PrintWriter err) {
    LinkedHashSet<Integer> years = new LinkedHashSet<>();
    for (int year : chooseAll(dataset, asked)) {
      int reporting = profiles.reportingYear(year);
      if (reporting != year) {
        err.println("csc-briefs: DfE has not published workforce figures for " + year + " (only a local file has "
            + "figures for it): reporting " + reporting + ", the latest published year, with the council's own "
            + year + " figures beside it");
      }
      years.add(reporting);
    }
    return List.copyOf(years);
  }
}
