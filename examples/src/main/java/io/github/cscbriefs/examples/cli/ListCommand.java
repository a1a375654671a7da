package io.github.cscbriefs.examples.cli;

import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Inspection;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code csc-briefs list}: current councils with codes, region and latest Ofsted judgement. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List current councils with their LA and GSS codes, region and latest Ofsted judgement.")
final class ListCommand implements Callable<Integer> {

  @Mixin DataOptions data = new DataOptions();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Dataset dataset = data.load();
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%-4s  %-9s  %-40s  %-25s  %s%n", "LA", "GSS", "Council", "Region", "Latest Ofsted judgement");
    for (Council council : dataset.councils().current()) {
      out.printf("%-4s  %-9s  %-40s  %-25s  %s%n", council.laCode(), council.gssCode().orElse("-"),
          council.name(), council.region().label(), latestJudgement(dataset, council));
    }
    out.flush();
    return 0;
  }

  static String latestJudgement(Dataset dataset, Council council) {
    return dataset.inspectionsOf(council.laCode()).stream()
        .filter(i -> i.overall().isPresent())
        .max(Comparator.comparing(Inspection::start))
        .map(i -> i.overall().get().label() + " (" + i.start() + ")")
        .orElse("none on record");
  }
}
