package io.github.cscbriefs.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DfE's "Characteristics of children in need" (year to 31 March) and the measures of its five
 * tables that the help-and-protection indicators use: children in need (b1), referrals and
 * re-referrals (c1), section 47 enquiries and initial child protection conferences (c4), child
 * protection plans that are a second or subsequent plan (d3) and plans at 31 March by length (d5).
 * The ids are the column names of the 2025 release.
 *
 * <p>The tables publish counts and percentages only, no rates per 10,000 children: such a rate needs
 * the population DfE uses for the release, which the data module adds to each row as {@link
 * #POPULATION_ESTIMATE}. Nor do they publish the share of conferences held within 15 working days:
 * it is the first two duration bands ({@link #ICPC_DURATION_0_10_DAYS}, {@link
 * #ICPC_DURATION_11_15_DAYS}) over {@link #ICPC}. The metrics module computes these figures ({@link
 * #derivedMeasures()}) from the published counts; no file holds them.
 */
public final class ChildrenInNeed {

  public static final Publication PUBLICATION = new Publication("Department for Education",
      "Characteristics of children in need", ReferencePeriod.YEAR_TO_31_MARCH);

  /**
   * Plausible maximum of every count: ten or more times the largest DfE has published for England
   * in 2013-2025 (712,650 children in need at any point in the year to 31 March 2023); refuses typing slips
   * and hostile values (1e300).
   */
  public static final double MAX_CHILDREN = 10_000_000;

  // b1: children in need
  /** Children in need at any point in the year. */
  public static final Measure ANYPOINT_CHILD = count("Anypoint_child");
  /** Children starting an episode of need in the year. */
  public static final Measure STARTED_CHILD = count("Started_child");
  /** Children ending an episode of need in the year. */
  public static final Measure ENDED_CHILD = count("Ended_child");
  /** Episodes of need open at 31 March. */
  public static final Measure AT31_EPISODES = count("At31_episodes");
  /** Children awaiting assessment at 31 March. */
  public static final Measure AWAITING_ASSESSMENT = count("awaiting_assessment");

  // c1: referrals and re-referrals
  /** Referrals in the year. */
  public static final Measure REFERRALS = count("referral_count");
  /** Referrals within 12 months of a previous referral. */
  public static final Measure REREFERRALS = count("rereferral_count");
  /** Re-referrals within 12 months as a percentage of referrals (DfE: lower is better). */
  public static final Measure REREFERRALS_PERCENT = percentage("rereferral_percent");
  /** Referrals resulting in no further action. */
  public static final Measure NO_FURTHER_ACTION = count("no_further_action_count");
  public static final Measure NO_FURTHER_ACTION_PERCENT = percentage("no_further_action_percent");
  /** Referrals assessed as the child not being in need. */
  public static final Measure NOT_IN_NEED = count("not_in_need_count");
  public static final Measure NOT_IN_NEED_PERCENT = percentage("not_in_need_percent");

  // c4: section 47 enquiries and initial child protection conferences
  /** Section 47 enquiries started in the year. */
  public static final Measure SECTION_47 = count("Section47");
  /** Initial child protection conferences in the year. */
  public static final Measure ICPC = count("ICPC");
  /** Conferences held 0 to 10 working days after the strategy discussion. */
  public static final Measure ICPC_DURATION_0_10_DAYS = count("Duration_0-10_days");
  /** Conferences held 11 to 15 working days after the strategy discussion. */
  public static final Measure ICPC_DURATION_11_15_DAYS = count("Duration_11-15_days");
  /** Conferences held 16 to 20 working days after the strategy discussion. */
  public static final Measure ICPC_DURATION_16_20_DAYS = count("Duration_16-20_days");
  /** Conferences held 21 or more working days after the strategy discussion. */
  public static final Measure ICPC_DURATION_21_PLUS_DAYS = count("Duration_21+_days");

  // d3: child protection plans that are a second or subsequent plan
  /** Child protection plans starting in the year. */
  public static final Measure CPP_STARTS = count("CPP_start");
  /** Plans starting in the year that are a second or subsequent plan. */
  public static final Measure CPP_SUBSEQUENT = count("CPP_subsequent");
  /** Second or subsequent plans as a percentage of plans starting (DfE: lower is better). */
  public static final Measure CPP_SUBSEQUENT_PERCENT = percentage("CPP_subsequent_percent");

  // d5: child protection plans at 31 March by length
  /** Children on a child protection plan at 31 March. */
  public static final Measure CPP_AT_31_MARCH = count("CPP_At31");
  /** Plans at 31 March that had lasted 2 years or more. */
  public static final Measure CPP_TWO_YEARS_OR_MORE = count("2_years_or_more");
  /** Plans lasting 2 years or more as a percentage of plans at 31 March (DfE: lower is better). */
  public static final Measure CPP_TWO_YEARS_OR_MORE_PERCENT = percentage("2_years_or_more_percent");

  // added to each row from the population file: not a column of the children in need tables
  /**
   * ONS mid-year estimate of children aged 0 to 17 at 30 June of the year before the year to 31 March
   * (mid-2024 for the year to 31 March 2025): the population DfE divides by for its rates per 10,000
   * children, as the children looked after release's own population column shows.
   */
  public static final Measure POPULATION_ESTIMATE = Measure.bounded(PUBLICATION, "population_estimate", Unit.COUNT,
      ChildrenLookedAfter.MAX_POPULATION);

  // computed by the metrics module from the counts above; no file holds them
  /** Children in need on 31 March per 10,000 children aged 0 to 17. */
  public static final Measure CHILDREN_IN_NEED_PER_10000 = per10000("cin_per_10000");
  /**
   * Referrals in the year per 10,000 children aged 0 to 17. Events, not children (a child can be
   * referred more than once), so it may exceed 10,000: bounded at ten a child.
   */
  public static final Measure REFERRALS_PER_10000 = events("referrals_per_10000");
  /** Section 47 enquiries started in the year per 10,000 children aged 0 to 17 (events, as referrals). */
  public static final Measure SECTION_47_PER_10000 = events("section47_per_10000");
  /** Children on a child protection plan on 31 March per 10,000 children aged 0 to 17. */
  public static final Measure CPP_PER_10000 = per10000("cpp_per_10000");
  /**
   * Initial child protection conferences held within 15 working days of the strategy discussion, as
   * a percentage of all initial conferences (DfE: higher is better).
   */
  public static final Measure ICPC_WITHIN_15_DAYS_PERCENT = percentage("icpc_within_15_days_percent");

  private static final List<Measure> DERIVED = List.of(CHILDREN_IN_NEED_PER_10000, REFERRALS_PER_10000,
      SECTION_47_PER_10000, CPP_PER_10000, ICPC_WITHIN_15_DAYS_PERCENT);

  private static final List<Measure> MEASURES = List.of(ANYPOINT_CHILD, STARTED_CHILD, ENDED_CHILD,
      AT31_EPISODES, AWAITING_ASSESSMENT, REFERRALS, REREFERRALS, REREFERRALS_PERCENT, NO_FURTHER_ACTION,
      NO_FURTHER_ACTION_PERCENT, NOT_IN_NEED, NOT_IN_NEED_PERCENT, SECTION_47, ICPC, ICPC_DURATION_0_10_DAYS,
      ICPC_DURATION_11_15_DAYS, ICPC_DURATION_16_20_DAYS, ICPC_DURATION_21_PLUS_DAYS, CPP_STARTS, CPP_SUBSEQUENT,
      CPP_SUBSEQUENT_PERCENT, CPP_AT_31_MARCH, CPP_TWO_YEARS_OR_MORE, CPP_TWO_YEARS_OR_MORE_PERCENT);

  private ChildrenInNeed() {
  }

  /** Every measure read, in the order of the 2025 release's tables (b1, c1, c4, d3, d5) and columns. */
  public static List<Measure> measures() {
    return MEASURES;
  }

  /**
   * The figures the metrics module computes from each row's counts and {@link #POPULATION_ESTIMATE}
   * (not columns of any file, so never read from one).
   */
  public static List<Measure> derivedMeasures() {
    return DERIVED;
  }

  /** The measure whose current column name is {@code id}. */
  public static Optional<Measure> byId(String id) {
    return MEASURES.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** One area's figures for one year. */
  public static AreaFigures figures(int year, Area area, Optional<Region> region, Map<Measure, Value> values) {
    return new AreaFigures(PUBLICATION, year, area, region, values);
  }

  private static Measure count(String id) {
    return Measure.bounded(PUBLICATION, id, Unit.COUNT, MAX_CHILDREN);
  }

  /** Children per 10,000 children: at most all of them. */
  private static Measure per10000(String id) {
    return Measure.bounded(PUBLICATION, id, Unit.PER_10000_CHILDREN, 10_000);
  }

  private static Measure events(String id) {
    return Measure.bounded(PUBLICATION, id, Unit.PER_10000_CHILDREN, 100_000);
  }

  private static Measure percentage(String id) {
    return Measure.bounded(PUBLICATION, id, Unit.PERCENT, 100);
  }
}
