package io.github.cscbriefs.metrics;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a computation is asked for with arguments it cannot honour (a negative caseload
 * target, a council the dataset does not know). Carries every problem found, each with where it
 * is, the value given and what was expected.
 */
public final class MetricsException extends IllegalArgumentException {

  private final List<Problem> problems;

  public MetricsException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  /** A single problem. */
  public static MetricsException of(String where, Object value, String expected) {
    return new MetricsException(List.of(new Problem(where, String.valueOf(value), expected)));
  }

  /** Every problem found, in the order found. */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * One problem.
   *
   * @param where the argument or field, e.g. {@code MetricsSettings.caseloadTarget}
   * @param value the value given, as text
   * @param expected what a valid value looks like
   */
  public record Problem(String where, String value, String expected) {
    @Override
    public String toString() {
      return where + " was '" + value + "', expected " + expected;
    }
  }
}
