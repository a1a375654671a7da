package io.github.cscbriefs.data.internal;

import io.github.cscbriefs.model.ModelViolationException;
import io.github.cscbriefs.model.problem.Problem;
import java.util.List;
import java.util.function.UnaryOperator;

/** Turns a domain value's validation failure into problems located in the file it came from. */
public final class Violations {

  private Violations() {}

  /**
   * One problem per violation.
   *
   * @param columnOf maps a violation's field path (e.g. {@code values[CASELOAD_FTE]}) to the file's
   *     column heading
   */
  public static List<Problem> toProblems(ModelViolationException e, String file, long line,
      UnaryOperator<String> columnOf) {
    return e.violations().stream()
        .map(v -> Problem.at(file, line, columnOf.apply(v.where().location()), v.value(), v.expected()))
        .toList();
  }
}
