package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.Value;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * How one council's indicator has moved, up to and including the profile's year.
 *
 * @param changeOnLastYear value(year) − value(year − 1); missing (reason kept) when either is
 * @param changeOver3Years value(year) − value(year − 3)
 * @param changeOver5Years value(year) − value(year − 5)
 * @param slope the least-squares line over the trend window, when at least 3 years have a value
 * @param direction judged from the slope and the indicator's polarity
 * @param yearsWorseThanEngland consecutive years, ending with the profile's year, in which the
 *     council was worse than England (0 when not worse this year or the polarity is NONE); a
 *     {@code low} figure counts as the small number it is, any other missing year ends the run
 * @param gapClosure whether the gap to England would close at current slopes ({@link GapClosure}
 *     gives the rule)
 * @param worstOfRun the worst year of those {@code yearsWorseThanEngland} years (empty when there
 *     are none): what "at worst" may say about the run
 */
public record Trend(
    Value changeOnLastYear,
    Value changeOver3Years,
    Value changeOver5Years,
    Optional<SlopeFit> slope,
    Direction direction,
    int yearsWorseThanEngland,
    GapClosure gapClosure,
    Optional<WorstYear> worstOfRun) {

  /**
   * The trend of {@code council} (year → value) against {@code england} up to {@code year}.
   * Years absent from a map count as missing ({@code NOT_PUBLISHED}).
   */
  public static Trend of(int year, Map<Integer, Value> council, Map<Integer, Value> england,
      Polarity polarity, MetricsSettings settings) {
    Optional<SlopeFit> slope = fit(year, council, settings.trendYears());
    int worse = yearsWorse(year, council, england, polarity);
    return new Trend(
        change(council, year, 1),
        change(council, year, 3),
        change(council, year, 5),
        slope,
        direction(slope, polarity, settings.stableSlopeShare()),
        worse,
        closure(year, council, england, polarity, settings.trendYears()),
        worstOf(year, worse, council, england, polarity));
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

  /** True when both have a figure ({@code low} counts as its small number) and the council's is worse. */
  static boolean isWorse(Value council, Value england, Polarity polarity) {
    var c = Values.comparable(council);
    var e = Values.comparable(england);
    return c.isPresent() && e.isPresent() && polarity.compareBetter(c.getAsDouble(), e.getAsDouble()) > 0;
  }

  /** The worst of the run's {@code years} years ending with {@code year}, the earliest on a tie. */
  private static Optional<WorstYear> worstOf(int year, int years, Map<Integer, Value> council,
      Map<Integer, Value> england, Polarity polarity) {
    Comparator<Integer> better = Comparator.comparing(
        (Integer y) -> Values.comparable(value(council, y)).getAsDouble(), polarity::compareBetter);
    return IntStream.rangeClosed(year - years + 1, year).boxed()
        .reduce((a, b) -> better.compare(b, a) > 0 ? b : a)
        .map(y -> new WorstYear(y, value(council, y), value(england, y)));
  }

  private static GapClosure closure(int year, Map<Integer, Value> council, Map<Integer, Value> england,
      Polarity polarity, int window) {
    Value now = value(council, year);
    Value englandNow = value(england, year);
    if (polarity == Polarity.NONE || Values.comparable(now).isEmpty() || Values.comparable(englandNow).isEmpty()) {
      return GapClosure.of(GapClosure.Status.UNKNOWN);
    }
    if (!isWorse(now, englandNow, polarity)) {
      return GapClosure.of(GapClosure.Status.NO_GAP);
    }
    SortedMap<Integer, BigDecimal> gaps = new TreeMap<>();
    for (int y = year - window + 1; y <= year; y++) {
      Value c = value(council, y);
      Value e = value(england, y);
      if (c.isPresent() && e.isPresent()) {
        gaps.put(y, Values.decimal(Values.number(c)).subtract(Values.decimal(Values.number(e))));
      }
    }
    return GapClosure.of(year, gaps);
  }
}
