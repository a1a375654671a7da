package io.github.cscbriefs.data;

import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.CareLeavers;
import io.github.cscbriefs.model.ChildPopulation;
import io.github.cscbriefs.model.ChildrenLookedAfter;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.PlacementStability;
import io.github.cscbriefs.model.Region;
import io.github.cscbriefs.model.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Explore Education Statistics tables of DfE's "Children looked after in England including
 * adoptions" release (2021 to 2025) and the ONS population estimates of children, each with its
 * bundled file and how {@link CareTableReader} reads it: which rows (by the text of their category
 * columns, found by header name) hold which {@link Measure}s in which value columns. Rows of other
 * categories are passed over.
 */
public enum CareTable {

  /** {@code cla_number_and_rate_per_10k_children.csv}: children looked after on 31 March, count and rate. */
  CHILDREN_LOOKED_AFTER("dfe-cla/cla_number_and_rate_per_10k_children.csv",
      List.of(new Selection(Map.of("population_type", "Children looked after on 31 March each year"), Map.of(
          "children_count", ChildrenLookedAfter.CHILDREN,
          "rate_per_10000", ChildrenLookedAfter.RATE_PER_10000,
          "population_estimate", ChildrenLookedAfter.POPULATION_ESTIMATE)))) {
    @Override
    AreaFigures figures(int year, Area area, Optional<Region> region, Map<Measure, Value> values) {
      return ChildrenLookedAfter.figures(year, area, region, values);
    }
  },

  /** {@code la_cla_placement_stability.csv}: 3 or more placements, and long-term stability. */
  PLACEMENT_STABILITY("dfe-cla/la_cla_placement_stability.csv", List.of(
      new Selection(Map.of("cla_group", "CLA on 31 March", "placement_stability", "Total children"),
          Map.of("children_count", PlacementStability.CLA_TOTAL)),
      new Selection(Map.of("cla_group", "CLA on 31 March", "placement_stability",
          "With 3 or more placements during the year"), Map.of(
              "children_count", PlacementStability.THREE_OR_MORE_PLACEMENTS,
              "children_percent", PlacementStability.THREE_OR_MORE_PLACEMENTS_PERCENT)),
      new Selection(Map.of("cla_group", Texts.LONG_TERM_GROUP, "placement_stability", "Total children"),
          Map.of("children_count", PlacementStability.LONG_TERM_TOTAL)),
      new Selection(Map.of("cla_group", Texts.LONG_TERM_GROUP, "placement_stability",
          "Living with the same carer for at least 2 years"), Map.of(
              "children_count", PlacementStability.LONG_TERM_SAME_CARER,
              "children_percent", PlacementStability.LONG_TERM_STABILITY_PERCENT)))) {
    @Override
    AreaFigures figures(int year, Area area, Optional<Region> region, Map<Measure, Value> values) {
      return PlacementStability.figures(year, area, region, values);
    }
  },

  /** {@code la_care_leavers_activity.csv}: care leavers in education, employment or training. */
  CARE_LEAVERS_ACTIVITY("dfe-cla/la_care_leavers_activity.csv", List.of(
      new Selection(Map.of("care_leaver_age", "17 to 18 years", "breakdown", "Total"),
          Map.of("care_leaver_count", CareLeavers.AGED_17_18)),
      new Selection(Map.of("care_leaver_age", "17 to 18 years", "breakdown", Texts.EET), Map.of(
          "care_leaver_count", CareLeavers.EET_17_18, "care_leaver_percent", CareLeavers.EET_17_18_PERCENT)),
      new Selection(Map.of("care_leaver_age", "19 to 21 years", "breakdown", "Total"),
          Map.of("care_leaver_count", CareLeavers.AGED_19_21)),
      new Selection(Map.of("care_leaver_age", "19 to 21 years", "breakdown", Texts.EET), Map.of(
          "care_leaver_count", CareLeavers.EET_19_21, "care_leaver_percent", CareLeavers.EET_19_21_PERCENT)))) {
    @Override
    AreaFigures figures(int year, Area area, Optional<Region> region, Map<Measure, Value> values) {
      return CareLeavers.activity(year, area, region, values);
    }
  },

  /** {@code la_care_leavers_accommodation_suitability.csv}: care leavers in suitable accommodation. */
  CARE_LEAVERS_ACCOMMODATION("dfe-cla/la_care_leavers_accommodation_suitability.csv", List.of(
      new Selection(Map.of("care_leaver_age", "17 to 18 years", "breakdown", "Suitability total"),
          Map.of("care_leaver_count", CareLeavers.SUITABILITY_TOTAL_17_18)),
      new Selection(Map.of("care_leaver_age", "17 to 18 years", "breakdown", Texts.SUITABLE), Map.of(
          "care_leaver_count", CareLeavers.SUITABLE_17_18,
          "care_leaver_percent", CareLeavers.SUITABLE_17_18_PERCENT)),
      new Selection(Map.of("care_leaver_age", "19 to 21 years", "breakdown", "Suitability total"),
          Map.of("care_leaver_count", CareLeavers.SUITABILITY_TOTAL_19_21)),
      new Selection(Map.of("care_leaver_age", "19 to 21 years", "breakdown", Texts.SUITABLE), Map.of(
          "care_leaver_count", CareLeavers.SUITABLE_19_21,
          "care_leaver_percent", CareLeavers.SUITABLE_19_21_PERCENT)))) {
    @Override
    AreaFigures figures(int year, Area area, Optional<Region> region, Map<Measure, Value> values) {
      return CareLeavers.accommodation(year, area, region, values);
    }
  },

  /** {@code ons_mid-year_population_estimates_2012_to_2024.csv}: children aged 0 to 17 (ONS). */
  CHILD_POPULATION("ons-population/ons_mid-year_population_estimates_2012_to_2024.csv", List.of(
      new Selection(Map.of("age_group", "Children aged 0 to 17 years"),
          Map.of("population_estimate", ChildPopulation.CHILDREN_AGED_0_TO_17)))) {
    @Override
    AreaFigures figures(int year, Area area, Optional<Region> region, Map<Measure, Value> values) {
      return ChildPopulation.figures(year, area, region, values);
    }
  };

  /**
   * Rows whose category columns hold these texts (ignoring case and surrounding spaces), and the
   * measure each value column of such a row holds.
   */
  record Selection(Map<String, String> categories, Map<String, Measure> values) {}

  /** Category texts used by more than one selection. */
  private static final class Texts {
    static final String LONG_TERM_GROUP =
        "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years";
    static final String EET = "Total in education, employment or training";
    static final String SUITABLE = "Accommodation considered suitable";
  }

  private final String resource;
  private final List<Selection> selections;

  CareTable(String resource, List<Selection> selections) {
    this.resource = resource;
    this.selections = selections;
  }

  /** The bundled file, below the official data folder. */
  public String resource() {
    return resource;
  }

  /** The publication the table's figures belong to. */
  public io.github.cscbriefs.model.Publication publication() {
    return switch (this) {
      case CHILDREN_LOOKED_AFTER -> ChildrenLookedAfter.PUBLICATION;
      case PLACEMENT_STABILITY -> PlacementStability.PUBLICATION;
      case CARE_LEAVERS_ACTIVITY -> CareLeavers.ACTIVITY;
      case CARE_LEAVERS_ACCOMMODATION -> CareLeavers.ACCOMMODATION;
      case CHILD_POPULATION -> ChildPopulation.PUBLICATION;
    };
  }

  List<Selection> selections() {
    return selections;
  }

  /** The table's figures for one area and year (validated: a value out of range fails). */
  abstract AreaFigures figures(int year, Area area, Optional<Region> region, Map<Measure, Value> values);
}
