package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.Workforce;
import java.util.Optional;

/**
 * What it would take, in social workers, to bring a council's workforce to a benchmark. Every
 * figure is FTE and never negative; a missing input leaves the result missing with its reason.
 *
 * @param cases cases held at 30 September
 * @param caseHoldersFte FTE of case-holding social workers (including agency)
 * @param caseloadTarget the average caseload planned for
 * @param targetSource where the caseload target comes from
 * @param socialWorkersNeeded max(0, cases ÷ target − case-holding FTE): extra case-holding FTE to
 *     bring the average caseload down to the target
 * @param englandAgencyRate England's agency worker rate the conversion aims at
 * @param agencyToConvert max(0, agency FTE − England's rate × (agency FTE + LA-employed FTE)): agency
 *     FTE to replace with permanent staff, the total staying the same, to reach England's rate
 * @param vacanciesToFill FTE vacancies at 30 September
 * @param source whose return the figures are: for a joint return (North and West
 *     Northamptonshire's) every figure is of all its members together, never of the council alone
 */
public record Capacity(
    Value cases,
    Value caseHoldersFte,
    Value caseloadTarget,
    TargetSource targetSource,
    Value socialWorkersNeeded,
    Value englandAgencyRate,
    Value agencyToConvert,
    Value vacanciesToFill,
    FigureSource source) {

  public Capacity {
    java.util.Objects.requireNonNull(source, "source");
  }

  /**
   * What a {@code low} FTE figure is below: half the last digit DfE publishes FTE to (0.05 for one
   * decimal place).
   */
  public static final double LOW_FTE_BELOW = 0.5 * Math.pow(10, -io.github.cscbriefs.model.Unit.FTE.decimals());

  /**
   * The capacity of {@code council}'s own return against England's (or the caller's caseload
   * target); a combined return needs its members, given by {@link #of(Optional, Optional,
   * Optional, FigureSource)}.
   *
   * @throws IllegalArgumentException when {@code council} is a combined return
   */
  public static Capacity of(Optional<AreaFigures> council, Optional<AreaFigures> england,
      Optional<Double> caseloadTarget) {
    if (council.isPresent() && council.get().area().isCombined()) {
      throw new IllegalArgumentException("the combined return " + council.get().area().code()
          + " covers several councils: give its members as a FigureSource.Joint");
    }
    return of(council, england, caseloadTarget, council.isPresent() ? FigureSource.OWN : FigureSource.NO_RETURN);
  }

  /**
   * The capacity of the return describing a council ({@code council}, whose return {@code source}
   * says it is) against England's (or the caller's caseload target).
   */
  public static Capacity of(Optional<AreaFigures> council, Optional<AreaFigures> england,
      Optional<Double> caseloadTarget, FigureSource source) {
    Value cases = measure(council, Workforce.CASES);
    Value holders = measure(council, Workforce.CASE_HOLDERS_FTE);
    Value target = caseloadTarget.map(Value::of).orElseGet(() -> measure(england, Workforce.CASELOAD_FTE));
    Value englandAgency = measure(england, Workforce.AGENCY_RATE_FTE);
    return new Capacity(cases, holders, target,
        caseloadTarget.isPresent() ? TargetSource.CALLER : TargetSource.ENGLAND,
        socialWorkersNeeded(cases, holders, target),
        englandAgency,
        agencyToConvert(measure(council, Workforce.AGENCY_FTE), measure(council, Workforce.INPOST_FTE), englandAgency),
        measure(council, Workforce.VACANCY_FTE), source);
  }

  /** max(0, cases ÷ target − case-holding FTE); missing when an input is or the target is 0. */
  public static Value socialWorkersNeeded(Value cases, Value caseHoldersFte, Value target) {
    return Values.combine(Values.ratio(cases, target), caseHoldersFte, (need, have) -> Math.max(0, need - have));
  }

  /**
   * max(0, agency − rate% × (agency + employed)). When agency FTE is {@code low} (it rounds to 0:
   * under {@link #LOW_FTE_BELOW}), the result is 0 if rate% × employed alone reaches that threshold,
   * since the agency FTE is then within England's rate; otherwise it is {@code low} too.
   */
  public static Value agencyToConvert(Value agencyFte, Value employedFte, Value targetRatePercent) {
    if (Values.isLow(agencyFte)) {
      Value allowed = Values.combine(employedFte, targetRatePercent, (e, r) -> e * r / 100);
      return allowed.isPresent() ? (Values.number(allowed) >= LOW_FTE_BELOW ? Value.of(0) : agencyFte) : allowed;
    }
    Value total = Values.combine(agencyFte, employedFte, Double::sum);
    Value allowed = Values.combine(total, targetRatePercent, (t, r) -> t * r / 100);
    return Values.combine(agencyFte, allowed, (a, ok) -> Math.max(0, a - ok));
  }

  private static Value measure(Optional<AreaFigures> record, Measure measure) {
    return record.map(r -> r.value(measure)).orElse(Value.missing(MissingReason.NOT_PUBLISHED));
  }
}
