package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Value;

/**
 * One fact behind a priority action, ready to print, with its parts kept for tables.
 *
 * @param statement the fact in a sentence, e.g. "Average caseload was 24.9 at 30 September 2020,
 *     against 16.3 for England."
 * @param period when it was true, e.g. "30 September 2020" or "inspection published 26 November 2021"
 * @param value the council's figure (missing as not applicable for facts that are not figures)
 * @param comparator the comparator's name, e.g. "England"; empty text when none
 * @param comparatorValue the comparator's figure (missing as not applicable when none)
 * @param source the publication or report
 */
public record Evidence(String statement, String period, Value value, String comparator,
    Value comparatorValue, String source) {

  private static final Value NONE = Value.missing(MissingReason.NOT_APPLICABLE);

  /** A figure compared with a comparator. */
  public static Evidence figure(String statement, String period, Value value, String comparator,
      Value comparatorValue, String source) {
    return new Evidence(statement, period, value, comparator, comparatorValue, source);
  }

  /** A fact that is not a figure (a judgement, an intervention, a trend). */
  public static Evidence fact(String statement, String period, String source) {
    return new Evidence(statement, period, NONE, "", NONE, source);
  }
}
