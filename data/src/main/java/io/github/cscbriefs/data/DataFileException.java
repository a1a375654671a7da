package io.github.cscbriefs.data;

import io.github.cscbriefs.model.problem.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The data module's one exception: an input file could not be read as expected. It carries every
 * problem found in the file, not just the first, each saying where (file, line, column) and what
 * (the value and what was expected). The message has a summary line, such as {@code csww.csv: 3
 * problems}, then one line per problem.
 */
public final class DataFileException extends RuntimeException {

  private final transient List<Problem> problems;

  public DataFileException(List<Problem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a DataFileException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** A single problem. */
  public static DataFileException of(Problem problem) {
    return new DataFileException(List.of(problem));
  }

  /** Every problem found, in file order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    if (problems.isEmpty()) {
      return "no problems";
    }
    String files = problems.stream().flatMap(p -> p.where().file().stream()).distinct().collect(Collectors.joining(", "));
    String summary = files + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems");
    return summary + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
  }
}
