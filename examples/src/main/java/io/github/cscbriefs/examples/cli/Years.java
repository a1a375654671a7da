package io.github.cscbriefs.examples.cli;

import io.github.cscbriefs.model.Dataset;
import java.util.LinkedHashSet;
import java.util.List;

/** The reporting years a command works on. */
final class Years {

  private Years() {}

  /** {@code asked} if the data has it, else the latest year; a year not in the data is a usage error. */
  static int choose(Dataset dataset, Integer asked) {
    List<Integer> years = dataset.years();
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
}
