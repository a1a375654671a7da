package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Indicator;
import java.util.Objects;

/**
 * When an indicator calls for a priority action, and who is suggested to own it. The action bears on
 * the judgement area the indicator informs ({@link Indicator#area()}).
 *
 * <p>The severity is the council's value ÷ England's for lower-is-better indicators (England's ÷
 * the council's for higher-is-better). The rule fires when the council is worse than England and
 * the severity reaches {@code triggerRatio}, or the council is in quartile band D, unless the
 * indicator's status ({@link StatusRule}) is Green. A rated indicator's urgency follows its status:
 * Red is IMMEDIATE; Amber is HIGH at {@code highRatio} or in band D, otherwise MEDIUM. An indicator
 * not rated (too few councils to rank among) is IMMEDIATE at {@code immediateRatio}; HIGH at {@code
 * highRatio}, or in band D while worsening; otherwise MEDIUM. Score = weight × (severity − 1) × 100 + 5 per consecutive year worse than England
 * (up to 5 years) + 10 when worsening.
 *
 * @param indicator the indicator
 * @param owner the suggested owner's role
 * @param triggerRatio the severity that makes it an action
 * @param highRatio the severity that makes it HIGH
 * @param immediateRatio the severity that makes an unrated indicator's action IMMEDIATE
 * @param weight how much the indicator counts against others of the same urgency
 */
public record WorkforceRule(
    Indicator indicator,
    OwnerRole owner,
    double triggerRatio,
    double highRatio,
    double immediateRatio,
    double weight) {

  public WorkforceRule {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(owner, "owner");
    if (!(triggerRatio >= 1 && triggerRatio <= highRatio && highRatio <= immediateRatio && weight > 0)) {
      throw MetricsException.of("WorkforceRule(" + indicator.id() + ")",
          triggerRatio + " ≤ " + highRatio + " ≤ " + immediateRatio + ", weight " + weight,
          "1 ≤ trigger ≤ high ≤ immediate and a positive weight");
    }
  }
}
