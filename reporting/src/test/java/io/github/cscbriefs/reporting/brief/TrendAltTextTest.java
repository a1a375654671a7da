package io.github.cscbriefs.reporting.brief;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.metrics.SeriesPoint;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.model.Unit;
import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.ChartFigure;
import io.github.cscbriefs.reporting.Wording;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A trend chart's alternative text tells its story: the council's peak (value and year), the
 * trend the metrics judged, and the latest year against England; not only the first and last
 * years (North East Lincolnshire's caseload chart for 2020 never said it peaked at 32.7 in 2019).
 * Expectations are derived from the profile's own series and trend.
 */
class TrendAltTextTest {

  private static final Dataset DATA = OfficialData.load();

  @Test
  void caseloadChartOfNorthEastLincolnshire2020TellsPeakTrendAndLatestAgainstEngland() {
    CouncilProfile profile = BriefProfiles.of(DATA).profile(DATA.councils().require("812"), 2020);
    for (IndicatorComparison c : profile.comparisons()) {
      List<SeriesPoint> points = TrendSection.points(profile, c);
      if (points.stream().noneMatch(p -> p.council().isPresent())) {
        continue;
      }
      String alt = alt(profile, c);
      Unit unit = c.indicator().unit();
      SeriesPoint peak = points.stream().filter(p -> p.council().isPresent())
          .max(Comparator.comparingDouble((SeriesPoint p) -> p.council().asDouble().getAsDouble())
              .thenComparing(SeriesPoint::year)).orElseThrow();
      assertTrue(alt.contains(" at " + Wording.withUnit(peak.council(), unit) + " in "
          + peak.year()), alt);
      c.trend().slope().ifPresent(f -> assertTrue(alt.contains("Trend over " + f.firstYear()
          + " to " + f.lastYear() + ": " + Wording.direction(c.trend().direction())), alt));
      SeriesPoint latest = points.get(points.size() - 1);
      assertTrue(alt.contains("In " + latest.year() + ": " + Wording.withUnit(latest.council(),
          unit)), alt);
      if (unit == Unit.CASES_PER_FTE || unit == Unit.PERCENT) {
        double gap = latest.council().asDouble().orElse(0) - latest.england().asDouble().orElse(0);
        assertTrue(alt.contains((gap > 0 ? "above" : gap < 0 ? "below" : "level with")
            + " England's " + Wording.withUnit(latest.england(), unit)), alt);
      }
    }
    IndicatorComparison caseload = profile.comparisons().stream()
        .filter(c -> c.indicator().equals(Indicators.CASELOAD)).findFirst().orElseThrow();
    // The published figures the issue quotes: 32.7 in 2019, 24.9 in 2020 against England's 16.3.
    String alt = alt(profile, caseload);
    assertTrue(alt.contains("peaked at 32.7 cases per FTE in 2019"), alt);
    assertTrue(alt.contains("In 2020: 24.9 cases per FTE, above England's 16.3 cases per FTE"),
        alt);
  }

  private static String alt(CouncilProfile profile, IndicatorComparison c) {
    List<Block> blocks = AreaBlocks.trends(profile).blocks();
    int heading = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof io.github.cscbriefs.reporting.Heading h
          && h.text().equals(c.indicator().label())) {
        heading = i;
      }
    }
    return ((ChartFigure) blocks.get(heading + 1)).altText();
  }
}
