package io.github.cscbriefs.examples.cli;

import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code csc-briefs list}: current councils with codes, region and latest Ofsted judgement, as an
 * aligned text table or (for analysts) CSV or JSON with the judgement and its date in columns of
 * their own ({@link Exports#councils}).
 */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List current councils with their LA and GSS codes, region and latest Ofsted judgement.")
final class ListCommand implements Callable<Integer> {

  enum Format { text, csv, json }

  @Option(names = "--format", defaultValue = "text",
      description = "text, csv or json. Default: ${DEFAULT-VALUE}")
  Format format;

  @Mixin DataOptions data = new DataOptions();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Dataset dataset = data.load();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case csv -> Exports.csv(Exports.councils(dataset), out);
      case json -> Exports.json(Exports.councils(dataset), out);
      case text -> text(dataset, out);
    }
    out.flush();
    return 0;
  }

  private static void text(Dataset dataset, PrintWriter out) {
    out.printf("%-4s  %-9s  %-40s  %-25s  %s%n", "LA", "GSS", "Council", "Region", "Latest Ofsted judgement");
    for (Council council : dataset.councils().current()) {
      out.printf("%-4s  %-9s  %-40s  %-25s  %s%n", council.laCode(), council.gssCode().orElse("-"),
          council.name(), council.region().label(), latestJudgement(dataset, council));
    }
  }

  static String latestJudgement(Dataset dataset, Council council) {
    return Exports.latestJudged(dataset, council)
        .map(i -> i.overall().get().label() + " (" + i.start() + ")")
        .orElse("none on record");
  }
}
