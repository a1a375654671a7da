package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.JudgementArea;
import java.util.Optional;

/**
 * When a workforce indicator calls for a priority action, and what the action says.
 *
 * <p>The severity is the council's value ÷ England's for lower-is-better indicators (England's ÷
 * the council's for higher-is-better). The rule fires when the council is worse than England and
 * the severity reaches {@code triggerRatio}, or the council is in quartile band D. Urgency is
 * IMMEDIATE at {@code immediateRatio}; HIGH at {@code highRatio}, or in band D while worsening;
 * otherwise MEDIUM. Score = weight × (severity − 1) × 100 + 5 per consecutive year worse than England
 * (up to 5 years) + 10 when worsening.
 *
 * @param indicatorId the indicator in the catalogue
 * @param title the action's title
 * @param owner the suggested owner's role
 * @param judgementArea the Ofsted judgement area it bears on
 * @param triggerRatio the severity that makes it an action
 * @param highRatio the severity that makes it HIGH
 * @param immediateRatio the severity that makes it IMMEDIATE
 * @param weight how much the indicator counts against others of the same urgency
 */
public record WorkforceRule(
    String indicatorId,
    String title,
    String owner,
    Optional<JudgementArea> judgementArea,
    double triggerRatio,
    double highRatio,
    double immediateRatio,
    double weight) {

  public WorkforceRule {
    if (!(triggerRatio >= 1 && triggerRatio <= highRatio && highRatio <= immediateRatio && weight > 0)) {
      throw MetricsException.of("WorkforceRule(" + indicatorId + ")",
          triggerRatio + " ≤ " + highRatio + " ≤ " + immediateRatio + ", weight " + weight,
          "1 ≤ trigger ≤ high ≤ immediate and a positive weight");
    }
  }
}
