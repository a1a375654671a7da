package io.github.cscbriefs.metrics;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every headline holds for the figures it is computed from, whatever they are: a council built
 * from a random seed, its field of councils each year and England's figure.
 */
class HeadlineProperties {

  private static final int YEAR = 2025;
  private static final MetricsSettings SETTINGS = MetricsSettings.defaults();
  private static final List<Indicator> INDICATORS = List.of(Indicators.CASELOAD, Indicators.AGENCY,
      Indicators.CLA_SOCIAL_WORKER_CHANGES, Indicators.SOCIAL_WORKERS_IN_POST);

  /** A council's nine years, each ranked among 25 returns (it is often the worst or best). */
  private record Case(Indicator indicator, List<Headlines.Point> points, List<Headline> headlines) {
  }

  private static Case of(long seed) {
    Random random = new Random(seed);
    Indicator indicator = INDICATORS.get(random.nextInt(INDICATORS.size()));
    List<Headlines.Point> points = new ArrayList<>();
    Map<Integer, Value> council = new HashMap<>();
    Map<Integer, Value> england = new HashMap<>();
    double level = 5 + random.nextDouble() * 20;
    for (int y = 2017; y <= YEAR; y++) {
      level = Math.max(0.1, level * (0.5 + random.nextDouble() * 1.5));
      double value = Math.round(level * 10) / 10.0;
      List<Double> field = new ArrayList<>(List.of(value));
      for (int i = 0; i < 24; i++) {
        field.add(Math.round(random.nextDouble() * 300) / 10.0);
      }
      Value e = Value.of(Math.round(random.nextDouble() * 300) / 10.0);
      boolean gap = random.nextInt(12) == 0;
      Value v = gap ? Value.missing(io.github.cscbriefs.model.MissingReason.SUPPRESSED) : Value.of(value);
      council.put(y, v);
      england.put(y, e);
      points.add(new Headlines.Point(y, v, e, gap || random.nextInt(10) == 0 ? List.of() : field));
    }
    Trend trend = Trend.of(YEAR, council, england, indicator.polarity(), SETTINGS);
    return new Case(indicator, points, Headlines.of(indicator, YEAR, points, trend, SETTINGS.trendYears()));
  }

  private static Headlines.Point at(Case c, int year) {
    return c.points().stream().filter(p -> p.year() == year).findFirst().orElseThrow();
  }

  @Test
  void aWorstOrBestInEnglandFigureIsTheExtremeOfEachYearsField() {
    qt().forAll(longs().all()).check(seed -> {
      Case c = of(seed);
      Polarity polarity = c.indicator().polarity();
      return c.headlines().stream().filter(Headline.ExtremeInEngland.class::isInstance)
          .map(Headline.ExtremeInEngland.class::cast).allMatch(h -> h.years().stream().allMatch(y -> {
            List<Double> field = at(c, y.year()).field();
            double max = field.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            double min = field.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            boolean highest = (h.extreme() == Headline.Extreme.WORST) == (polarity == Polarity.LOWER_IS_BETTER);
            long others = field.stream().filter(o -> o == y.value()).count() - 1;
            return field.size() >= 20 && y.value() == (highest ? max : min) && y.outOf() == field.size()
                && y.tied() == others;
          }) && consecutive(h.years()));
    });
  }

  @Test
  void aDoubledFigureIsAtLeastTwiceWhereItStarted() {
    qt().forAll(longs().all()).check(seed -> {
      Case c = of(seed);
      return c.headlines().stream().filter(Headline.Multiplied.class::isInstance)
          .map(Headline.Multiplied.class::cast).allMatch(m -> m.to() >= 2 * m.from() && m.to() >= m.times() * m.from()
              && m.to() < (m.times() + 1) * m.from() && m.toYear() == YEAR && m.fromYear() > YEAR - SETTINGS.trendYears()
              && Values.number(at(c, m.fromYear()).value()) == m.from()
              && Trend.isWorse(at(c, YEAR).value(), at(c, YEAR).england(), c.indicator().polarity()));
    });
  }

  @Test
  void aMoveGoesTheWayItsDirectionSays() {
    qt().forAll(longs().all()).check(seed -> {
      Case c = of(seed);
      return c.headlines().stream().filter(Headline.Moved.class::isInstance).map(Headline.Moved.class::cast)
          .allMatch(m -> {
            int better = c.indicator().polarity().compareBetter(m.to(), m.from());
            return m.direction() == Direction.IMPROVING ? better < 0 : better > 0;
          });
    });
  }

  @Test
  void aRunAgainstEnglandIsOnOneSideEveryYear() {
    qt().forAll(longs().all()).check(seed -> {
      Case c = of(seed);
      Polarity polarity = c.indicator().polarity();
      return c.headlines().stream().filter(Headline.RunAgainstEngland.class::isInstance)
          .map(Headline.RunAgainstEngland.class::cast).allMatch(r -> r.years().size() >= Headlines.RUN_YEARS
              && r.latest().year() == YEAR && consecutive(r.years())
              && r.years().stream().allMatch(y -> {
                int side = polarity.compareBetter(y.value(), y.england().asDouble().orElseThrow());
                return r.side() == Headline.Side.WORSE ? side > 0 : side < 0;
              }));
    });
  }

  @Test
  void anIndicatorWithoutABetterDirectionHasNoHeadline() {
    qt().forAll(longs().all()).check(seed -> {
      Case c = of(seed);
      return c.indicator().polarity() != Polarity.NONE || c.headlines().isEmpty();
    });
  }

  private static boolean consecutive(List<Headline.YearFigure> years) {
    for (int i = 1; i < years.size(); i++) {
      if (years.get(i).year() != years.get(i - 1).year() + 1) {
        return false;
      }
    }
    return true;
  }
}
