package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.Value;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How one council's indicator has moved, up to and including the profile's year.
 *
 * @param changeOnLastYear value(year) − value(year − 1); missing (reason kept) when either is
 * @param changeOver3Years value(year) − value(year − 3)
 * @param changeOver5Years value(year) − value(year − 5)
 * @param slope the least-squares line over the trend window, when at least 3 years have a value
 * @param direction judged from the slope and the indicator's polarity
 * @param yearsWorseThanEngland consecutive years, ending with the profile's year, in which the
 *     council was worse than England (0 when not worse this year or the polarity is NONE)
 * @param gapClosure whether the gap to England would close at current slopes
 */
public record Trend(
    Value changeOnLastYear,
    Value changeOver3Years,
    Value changeOver5Years,
    Optional<SlopeFit> slope,
    Direction direction,
    int yearsWorseThanEngland,
    GapClosure gapClosure) {

  /**
   * The trend of {@code council} (year → value) against {@code england} up to {@code year}.
   * Years absent from a map count as missing ({@code NOT_PUBLISHED}).
   */
  public static Trend of(int year, Map<Integer, Value> council, Map<Integer, Value> england,
      Polarity polarity, MetricsSettings settings) {
    return of(year, council, england, fit(year, england, settings.trendYears()), polarity, settings);
  }

  /**
   * As {@link #of(int, Map, Map, Polarity, MetricsSettings)}, given England's slope up to {@code
   * year} ({@link #fit}), which is the same for every council and so can be fitted once.
   */
  static Trend of(int year, Map<Integer, Value> council, Map<Integer, Value> england,
      Optional<SlopeFit> englandSlope, Polarity polarity, MetricsSettings settings) {
    Optional<SlopeFit> slope = fit(year, council, settings.trendYears());
    return new Trend(
        change(council, year, 1),
        change(council, year, 3),
        change(council, year, 5),
        slope,
        direction(slope, polarity, settings.stableSlopeShare()),
        yearsWorse(year, council, england, polarity),
        closure(value(council, year), value(england, year), slope, englandSlope, polarity, year));
  }

  private static Value value(Map<Integer, Value> series, int year) {
    return series.getOrDefault(year, Value.missing(MissingReason.NOT_PUBLISHED));
  }

  private static Value change(Map<Integer, Value> series, int year, int years) {
    return Values.difference(value(series, year), value(series, year - years));
  }

  /** The fit through the {@code window} years ending with {@code year} that have a value. */
  static Optional<SlopeFit> fit(int year, Map<Integer, Value> series, int window) {
    Map<Integer, Double> points = new TreeMap<>();
    for (int y = year - window + 1; y <= year; y++) {
      int at = y;
      value(series, y).asDouble().ifPresent(v -> points.put(at, v));
    }
    return SlopeFit.of(points);
  }

  /**
   * Stable when the slope moves less than {@code share} of the fitted values' mean level a year.
   * The mean level of a least-squares fit is the fitted value at the mean year.
   */
  static Direction direction(Optional<SlopeFit> fit, Polarity polarity, double share) {
    if (fit.isEmpty()) {
      return Direction.INSUFFICIENT_DATA;
    }
    SlopeFit f = fit.get();
    double meanYear = (f.firstYear() + f.lastYear()) / 2.0;
    double level = Math.abs(f.intercept() + f.slope() * meanYear);
    if (Math.abs(f.slope()) <= share * level) {
      return Direction.STABLE;
    }
    boolean rising = f.slope() > 0;
    return switch (polarity) {
      case LOWER_IS_BETTER -> rising ? Direction.WORSENING : Direction.IMPROVING;
      case HIGHER_IS_BETTER -> rising ? Direction.IMPROVING : Direction.WORSENING;
      case NONE -> rising ? Direction.RISING : Direction.FALLING;
    };
  }

  private static int yearsWorse(int year, Map<Integer, Value> council, Map<Integer, Value> england,
      Polarity polarity) {
    int count = 0;
    for (int y = year; isWorse(value(council, y), value(england, y), polarity); y--) {
      count++;
    }
    return count;
  }

  static boolean isWorse(Value council, Value england, Polarity polarity) {
    return council.isPresent() && england.isPresent()
        && polarity.compareBetter(Values.number(council), Values.number(england)) > 0;
  }

  private static GapClosure closure(Value council, Value england, Optional<SlopeFit> councilSlope,
      Optional<SlopeFit> englandSlope, Polarity polarity, int year) {
    if (polarity == Polarity.NONE || !council.isPresent() || !england.isPresent()) {
      return GapClosure.of(GapClosure.Status.UNKNOWN);
    }
    if (!isWorse(council, england, polarity)) {
      return GapClosure.of(GapClosure.Status.NO_GAP);
    }
    if (councilSlope.isEmpty() || englandSlope.isEmpty()) {
      return GapClosure.of(GapClosure.Status.UNKNOWN);
    }
    double gap = Values.number(council) - Values.number(england);
    double gapSlope = councilSlope.get().slope() - englandSlope.get().slope();
    if (gapSlope == 0 || Math.signum(gapSlope) == Math.signum(gap)) {
      return GapClosure.of(GapClosure.Status.NOT_CLOSING);
    }
    int years = (int) Math.ceil(Math.abs(gap / gapSlope));
    return new GapClosure(GapClosure.Status.CLOSING, Optional.of(year + Math.max(years, 1)));
  }
}
