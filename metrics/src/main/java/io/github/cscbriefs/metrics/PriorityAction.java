package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.JudgementArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One action for a council's improvement plan, drafted by a rule from the data, as facts; the
 * reporting module words it.
 *
 * @param kind the rule that drafted it
 * @param indicator the indicator it rests on, for {@link ActionKind#INDICATOR} actions
 * @param area the Ofsted judgement area it bears on, if any
 * @param urgency how soon
 * @param score the rule's severity score, used to order actions of equal urgency (higher first)
 * @param evidence the facts behind it, most telling first
 * @param baseline where it starts from
 * @param target what it aims for
 * @param targetDate when the target should be met
 * @param owner the suggested owner's role
 */
public record PriorityAction(
    ActionKind kind,
    Optional<Indicator> indicator,
    Optional<JudgementArea> area,
    Urgency urgency,
    double score,
    List<Evidence> evidence,
    Baseline baseline,
    Target target,
    LocalDate targetDate,
    OwnerRole owner) {

  public PriorityAction {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(urgency, "urgency");
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(targetDate, "targetDate");
    Objects.requireNonNull(owner, "owner");
  }

  /** True when the action rests on {@code i}. */
  public boolean restsOn(Indicator i) {
    return indicator.filter(i::equals).isPresent();
  }
}
