package io.github.cscbriefs.reporting;

import io.github.cscbriefs.metrics.Capacity;
import io.github.cscbriefs.metrics.ComparatorKind;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.DataVintage;
import io.github.cscbriefs.metrics.Distribution;
import io.github.cscbriefs.metrics.Gap;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.metrics.MetricsSettings;
import io.github.cscbriefs.metrics.SeriesPoint;
import io.github.cscbriefs.metrics.Trend;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.CouncilType;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.IndicatorCatalogue;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Region;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.Workforce;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A council with everything that can be absent: a very long name, one year of data with every
 * value missing, no inspection, no intervention, no neighbours and no action.
 */
final class EdgeCaseProfiles {

  static final String LONG_NAME = "The Royal Borough of Very Long Council Names upon "
      + "Thames-and-Humber-with-Extra-Hyphenated-Districts and Surrounding Parishes";

  private EdgeCaseProfiles() {}

  static CouncilProfile emptyProfile() {
    int year = 2024;
    Council council = new Council("999", List.of(), LONG_NAME, Region.SOUTH_WEST,
        CouncilType.values()[0], true);
    Value missing = Value.missing(MissingReason.NOT_AVAILABLE);
    List<IndicatorComparison> comparisons = IndicatorCatalogue.defaults().indicators().stream()
        .map(i -> comparison(i, year, missing)).toList();
    return new CouncilProfile(council, year, LocalDate.of(year + 1, 3, 31), comparisons,
        Capacity.of(Optional.empty(), Optional.empty(), Optional.empty()), List.of(), List.of(),
        List.of(), true, List.of(), List.of(), new DataVintage(Workforce.PUBLICATION.period(year), Optional.empty(),
        LocalDate.of(year + 1, 3, 31)), List.of());
  }

  private static IndicatorComparison comparison(Indicator indicator, int year, Value missing) {
    List<Gap> gaps = List.of(
        Gap.of(ComparatorKind.ENGLAND, missing, missing, 0, indicator.polarity()),
        Gap.of(ComparatorKind.REGION, missing, missing, 0, indicator.polarity()),
        Gap.of(ComparatorKind.NEIGHBOUR_MEAN, missing,
            Value.missing(MissingReason.NOT_COMPUTABLE), 0, indicator.polarity()),
        Gap.of(ComparatorKind.NEIGHBOUR_MEDIAN, missing,
            Value.missing(MissingReason.NOT_COMPUTABLE), 0, indicator.polarity()));
    Trend trend = Trend.of(year, Map.of(year, missing), Map.of(year, missing),
        indicator.polarity(), MetricsSettings.defaults());
    return new IndicatorComparison(indicator, year, missing, Optional.empty(), gaps, List.of(), Optional.empty(), trend,
        Optional.empty(), List.of(new SeriesPoint(year, missing, missing, missing, missing)),
        Distribution.of(indicator, year, List.of(), 150));
  }

  static BriefOptions noOptions() {
    return new BriefOptions(List.of(), List.of(), Optional.empty(), "CSC Briefs");
  }
}
