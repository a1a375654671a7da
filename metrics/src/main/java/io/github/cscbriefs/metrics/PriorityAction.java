package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.JudgementArea;
import io.github.cscbriefs.model.Value;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One action for a council's improvement plan, drafted by a rule from the data.
 *
 * @param ruleId the rule that drafted it, e.g. {@code workforce:caseload}, {@code judgement},
 *     {@code judgement-repeated}, {@code visit-repeated}, {@code intervention}
 * @param title what to do, in words a board member understands
 * @param urgency how soon
 * @param score the rule's severity score, used to order actions of equal urgency (higher first)
 * @param evidence the facts behind it, with values, years, comparators and sources
 * @param indicatorIds the linked indicators (may be empty)
 * @param judgementArea the linked Ofsted judgement area, if any
 * @param baseline the starting figure (an Ofsted grade 1–4 for judgement actions; missing as not
 *     applicable when there is no figure)
 * @param target the figure to reach (same units as the baseline)
 * @param baselineText the baseline in words, with its date
 * @param targetText the target in words
 * @param targetDate when the target should be met
 * @param owner the suggested owner's role
 */
public record PriorityAction(
    String ruleId,
    String title,
    Urgency urgency,
    double score,
    List<Evidence> evidence,
    List<String> indicatorIds,
    Optional<JudgementArea> judgementArea,
    Value baseline,
    Value target,
    String baselineText,
    String targetText,
    LocalDate targetDate,
    String owner) {

  public PriorityAction {
    evidence = List.copyOf(evidence);
    indicatorIds = List.copyOf(indicatorIds);
  }
}
