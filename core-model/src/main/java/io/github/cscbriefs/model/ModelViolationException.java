package io.github.cscbriefs.model;

import io.github.cscbriefs.model.problem.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a domain value is created from invalid parts. Carries every violation found, not
 * just the first, each a {@link Problem} at a field path with the rejected value and what was
 * expected.
 */
public final class ModelViolationException extends IllegalArgumentException {

  private final String type;
  private final List<Problem> violations;

  public ModelViolationException(String type, List<Problem> violations) {
    super(describe(type, violations));
    this.type = type;
    this.violations = List.copyOf(violations);
  }

  /** The simple name of the type that could not be created. */
  public String type() {
    return type;
  }

  /** Every violation, each at the field path of the value that could not be created. */
  public List<Problem> violations() {
    return violations;
  }

  private static String describe(String type, List<Problem> violations) {
    return "invalid " + type + " (" + violations.size() + " problem"
        + (violations.size() == 1 ? "" : "s") + "): "
        + violations.stream().map(Problem::toString).collect(Collectors.joining("; "));
  }
}
