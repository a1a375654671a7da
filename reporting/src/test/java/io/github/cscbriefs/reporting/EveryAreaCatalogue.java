package io.github.cscbriefs.reporting;

import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.IndicatorCatalogue;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.model.JudgementArea;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.Workforce;
import java.util.ArrayList;
import java.util.List;

/**
 * A catalogue with indicators in every judgement area, for briefs laid out with as many indicators
 * as the full catalogue will have: the default ones, then stand-ins for help and protection (8, 4
 * of them without a better direction, as rates of demand are), children in care (3, 1 without) and
 * care leavers (4). The stand-ins are read from workforce measures the bundled data holds, under
 * labels as long as the real indicators' (23 in all); their figures are the workforce's, so only
 * the layout and wording of a brief with them mean anything.
 */
final class EveryAreaCatalogue {

  private EveryAreaCatalogue() {}

  static IndicatorCatalogue catalogue() {
    List<Indicator> all = new ArrayList<>(Indicators.all());
    JudgementArea hp = JudgementArea.HELP_AND_PROTECTION;
    all.add(standIn("cin_rate", "Children in need per 10,000 children", Workforce.CASELOAD_FTE, Polarity.NONE, hp));
    all.add(standIn("referral_rate", "Referrals per 10,000 children", Workforce.AGENCY_COVER_RATE_FTE,
        Polarity.NONE, hp));
    all.add(standIn("re_referrals", "Re-referrals within 12 months", Workforce.TURNOVER_RATE_FTE,
        Polarity.LOWER_IS_BETTER, hp));
    all.add(standIn("s47_rate", "Section 47 enquiries per 10,000 children", Workforce.CASELOAD_FTE,
        Polarity.NONE, hp));
    all.add(standIn("icpc_timely", "Initial child protection conferences within 15 working days",
        Workforce.AGENCY_COVER_RATE_FTE, Polarity.HIGHER_IS_BETTER, hp));
    all.add(standIn("cpp_rate", "Child protection plans per 10,000 children", Workforce.CASELOAD_FTE,
        Polarity.NONE, hp));
    all.add(standIn("cpp_second", "Second or subsequent child protection plans", Workforce.VACANCY_RATE_FTE,
        Polarity.LOWER_IS_BETTER, hp));
    all.add(standIn("cpp_two_years", "Child protection plans lasting 2 years or more", Workforce.ABSENCE_RATE_FTE,
        Polarity.LOWER_IS_BETTER, hp));
    JudgementArea cic = JudgementArea.CHILDREN_IN_CARE;
    all.add(standIn("cla_rate", "Children looked after per 10,000 children", Workforce.CASELOAD_FTE,
        Polarity.NONE, cic));
    all.add(standIn("placements_3plus", "Children looked after with 3 or more placements in the year",
        Workforce.AGENCY_RATE_FTE, Polarity.LOWER_IS_BETTER, cic));
    all.add(standIn("long_term_stability", "Children looked after in long-term placements",
        Workforce.AGENCY_COVER_RATE_FTE, Polarity.HIGHER_IS_BETTER, cic));
    JudgementArea cl = JudgementArea.CARE_LEAVERS;
    all.add(standIn("eet_17_18", "Care leavers aged 17 to 18 in education, employment or training",
        Workforce.AGENCY_COVER_RATE_FTE, Polarity.HIGHER_IS_BETTER, cl));
    all.add(standIn("eet_19_21", "Care leavers aged 19 to 21 in education, employment or training",
        Workforce.TURNOVER_RATE_FTE, Polarity.HIGHER_IS_BETTER, cl));
    all.add(standIn("accommodation_17_18", "Care leavers aged 17 to 18 in suitable accommodation",
        Workforce.VACANCY_RATE_FTE, Polarity.HIGHER_IS_BETTER, cl));
    all.add(standIn("accommodation_19_21", "Care leavers aged 19 to 21 in suitable accommodation",
        Workforce.ABSENCE_RATE_FTE, Polarity.HIGHER_IS_BETTER, cl));
    return new IndicatorCatalogue(all);
  }

  /** {@code data} with {@link #catalogue()}. */
  static Dataset applyTo(Dataset data) {
    return data.toBuilder().indicators(catalogue()).build();
  }

  private static Indicator standIn(String id, String label, Measure measure, Polarity polarity, JudgementArea area) {
    return new Indicator(id, label, measure, polarity, "Stand-in read from " + measure.id(),
        "DfE, Children's social work workforce (stand-in)", area, measure.isRate());
  }
}
