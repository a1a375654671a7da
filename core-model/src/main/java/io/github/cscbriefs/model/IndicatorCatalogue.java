package io.github.cscbriefs.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The indicators a brief reports, in the order it reports them. */
public final class IndicatorCatalogue {

  private static final String CSWW = "DfE, Children's social work workforce (as at 30 September)";
  private static final String CLA = "DfE, Children looked after in England (social worker stability)";

  private static final IndicatorCatalogue DEFAULT = new IndicatorCatalogue(List.of(
      new Indicator("caseload", "Average caseload", Measure.CASELOAD_FTE, Polarity.LOWER_IS_BETTER,
          "Cases held ÷ FTE of case-holding social workers (including agency workers)", CSWW),
      new Indicator("turnover", "Turnover rate", Measure.TURNOVER_RATE_FTE, Polarity.LOWER_IS_BETTER,
          "FTE leavers in the year ÷ FTE in post at 30 September × 100", CSWW),
      new Indicator("agency", "Agency worker rate", Measure.AGENCY_RATE_FTE, Polarity.LOWER_IS_BETTER,
          "Agency FTE ÷ (agency FTE + LA-employed FTE) × 100", CSWW),
      new Indicator("vacancy", "Vacancy rate", Measure.VACANCY_RATE_FTE, Polarity.LOWER_IS_BETTER,
          "FTE vacancies ÷ (FTE vacancies + FTE in post) × 100", CSWW),
      new Indicator("absence", "Sickness absence rate", Measure.ABSENCE_RATE_FTE,
          Polarity.LOWER_IS_BETTER,
          "Working days lost to sickness ÷ (FTE in post × 253 working days; 254 in a leap year) × 100",
          CSWW),
      new Indicator("cla_sw_changes", "Children in care with 3+ social workers in the year",
          Measure.CLA_THREE_OR_MORE_SOCIAL_WORKERS_RATE, Polarity.LOWER_IS_BETTER,
          "Children looked after at 31 March who had 3 or more social workers during the year "
              + "÷ all children looked after at 31 March × 100", CLA),
      new Indicator("agency_cover", "Agency workers covering vacancies", Measure.AGENCY_COVER_RATE_FTE,
          Polarity.NONE, "Agency FTE covering vacancies ÷ agency FTE × 100", CSWW),
      new Indicator("in_post", "Social workers in post (FTE)", Measure.INPOST_FTE, Polarity.NONE,
          "FTE of LA-employed children and family social workers at 30 September", CSWW)));

  private final Map<String, Indicator> byId;

  public IndicatorCatalogue(List<Indicator> indicators) {
    Map<String, Indicator> map = new LinkedHashMap<>();
    for (Indicator indicator : indicators) {
      if (map.putIfAbsent(indicator.id(), indicator) != null) {
        throw new ModelViolationException("IndicatorCatalogue", List.of(
            new ModelViolationException.Violation("indicators", indicator.id(), "unique indicator ids")));
      }
    }
    this.byId = java.util.Collections.unmodifiableMap(map);
  }

  /** The indicators every brief reports, with DfE's definitions. */
  public static IndicatorCatalogue defaults() {
    return DEFAULT;
  }

  public List<Indicator> indicators() {
    return List.copyOf(byId.values());
  }

  public Optional<Indicator> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The indicator with {@code id}. */
  public Indicator require(String id) {
    Indicator indicator = byId.get(id);
    if (indicator == null) {
      throw new IllegalArgumentException("no indicator '" + id + "'; known: " + byId.keySet());
    }
    return indicator;
  }
}
