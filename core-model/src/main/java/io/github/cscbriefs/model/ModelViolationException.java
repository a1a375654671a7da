package io.github.cscbriefs.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a domain value is created from invalid parts. Carries every violation found, not
 * just the first, each with the field path, the rejected value and what was expected.
 */
public final class ModelViolationException extends IllegalArgumentException {

  private final String type;
  private final List<Violation> violations;

  public ModelViolationException(String type, List<Violation> violations) {
    super(describe(type, violations));
    this.type = type;
    this.violations = List.copyOf(violations);
  }

  /** The simple name of the type that could not be created. */
  public String type() {
    return type;
  }

  public List<Violation> violations() {
    return violations;
  }

  private static String describe(String type, List<Violation> violations) {
    return "invalid " + type + " (" + violations.size() + " problem"
        + (violations.size() == 1 ? "" : "s") + "): "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }

  /**
   * One problem with one field.
   *
   * @param path the field path, e.g. {@code judgements[OVERALL_EFFECTIVENESS]}
   * @param value the rejected value as text
   * @param expected what a valid value looks like
   */
  public record Violation(String path, String value, String expected) {
    @Override
    public String toString() {
      return path + " was '" + value + "', expected " + expected;
    }
  }
}
