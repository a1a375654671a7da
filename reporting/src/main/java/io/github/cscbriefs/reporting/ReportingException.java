package io.github.cscbriefs.reporting;

import io.github.cscbriefs.model.problem.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The reporting module's one exception: a document could not be built or written. Carries every
 * problem found, each a {@link Problem} saying where (the field or part of the document, e.g.
 * {@code sections[2].blocks[0].rows[3]}) and what (the rejected value and what was expected).
 */
public final class ReportingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  /** A failure with the given problems (at least one). */
  public ReportingException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** A failure caused by an I/O or PDF library error while writing {@code where}. */
  public ReportingException(String where, Throwable cause) {
    this(List.of(Problem.of(where, cause.getMessage(), "no error")), cause);
  }

  private ReportingException(List<Problem> problems, Throwable cause) {
    super(describe(problems), cause);
    this.problems = List.copyOf(problems);
  }

  /** A failure with one problem. */
  public static ReportingException of(String where, Object value, String expected) {
    return new ReportingException(List.of(Problem.of(where, value, expected)));
  }

  /** Every problem found. */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    return problems.size() + " reporting problem" + (problems.size() == 1 ? "" : "s") + ": "
        + problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
  }
}
