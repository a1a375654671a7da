package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.problem.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a computation is asked for with arguments it cannot honour (a negative caseload
 * target, a council the dataset does not know). Carries every problem found, each a {@link
 * Problem} saying where it is (the argument or field, e.g. {@code MetricsSettings.caseloadTarget}),
 * the value given and what was expected.
 */
public final class MetricsException extends IllegalArgumentException {

  private final List<Problem> problems;

  public MetricsException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  /** A single problem. */
  public static MetricsException of(String where, Object value, String expected) {
    return new MetricsException(List.of(Problem.of(where, value, expected)));
  }

  /** Every problem found, in the order found. */
  public List<Problem> problems() {
    return problems;
  }
}
