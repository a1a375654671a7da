package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.ComparatorKind;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.metrics.NeighbourValue;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The neighbours' means the briefs print, for every current council in 2020 and 2024, against the
 * exact mean of the published decimals rounded half up as DfE rounds. A mean such as 14.75 falls
 * exactly half-way; the double nearest it can lie just below, which printed 14.7.
 */
class OfficialDataRoundingTest {

  @Test
  void neighbourMeansRoundHalfUpOnTheirDecimal() {
    BriefProfiles profiles = BriefProfiles.of(RealBriefs.dataset());
    List<String> wrong = new ArrayList<>();
    int halfWay = 0;
    for (Council council : RealBriefs.dataset().councils().current()) {
      for (int year : List.of(2020, 2024)) {
        for (IndicatorComparison c : profiles.profile(council, year).comparisons()) {
          if (c.neighbours().isEmpty()) {
            continue;
          }
          Unit unit = c.indicator().unit();
          BigDecimal sum = c.neighbours().stream().map(n -> new BigDecimal(Double.toString(n.value())))
              .reduce(BigDecimal.ZERO, BigDecimal::add);
          BigDecimal mean = sum.divide(BigDecimal.valueOf(c.neighbours().size()), 12, RoundingMode.HALF_UP);
          BigDecimal expected = mean.setScale(unit.decimals(), RoundingMode.HALF_UP);
          if (mean.stripTrailingZeros().scale() == unit.decimals() + 1
              && mean.unscaledValue().abs().toString().replaceAll("0+$", "").endsWith("5")) {
            halfWay++;
          }
          String printed = Wording.figure(c.gap(ComparatorKind.NEIGHBOUR_MEAN).comparator(), unit)
              .replace("%", "").replace(",", "");
          if (!printed.equals(expected.toPlainString())) {
            wrong.add(council.name() + " " + year + " " + c.indicator().id() + ": " + printed + " for " + mean
                + " (" + c.neighbours().stream().map(NeighbourValue::value).toList() + ")");
          }
        }
      }
    }
    assertTrue(halfWay > 50, "half-way means found: " + halfWay);
    assertEquals(List.of(), wrong);
  }

  @Test
  void fourteenPointSevenFiveIsFourteenPointEight() {
    assertEquals("14.8", Wording.number(14.75, 1));
    assertEquals("2.2", Wording.number(2.15, 1));
    assertEquals("1,234.6", Wording.number(1234.55, 1));
    assertEquals("18.06", Wording.number(18.060000000000002, 2));
  }
}
