package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes the {@link Headline}s of one indicator from the council's figures of every year up to
 * the profile's, England's, and each year's field of council returns. The rules are written down in
 * {@code metrics/METHODOLOGY.md} ("Headline facts").
 */
final class Headlines {

  /** The shortest run of years on one side of England that makes a headline. */
  static final int RUN_YEARS = 3;

  /** The smallest multiple a rise must reach to make a headline. */
  static final int MULTIPLE = 2;

  private Headlines() {}

  /**
   * One year of an indicator for the headline rules.
   *
   * @param year the reporting year
   * @param value the council's figure
   * @param england England's figure
   * @param field every council return's figure that year (including the council's), or empty when
   *     too few returns had one to rank among
   */
  record Point(int year, Value value, Value england, List<Double> field) {

    Point {
      field = List.copyOf(field);
    }
  }

  /**
   * The headlines of {@code indicator} in {@code year}: worst or best in England, a rise to at least
   * twice an earlier figure, a steady move, a run on one side of England, in that order.
   *
   * @param points the years whose figure is from the same return as the profile year's (others left
   *     out), any order; a year absent breaks a run
   * @param trend the indicator's trend in {@code year}
   * @param trendYears the trend window's length
   */
  static List<Headline> of(Indicator indicator, int year, List<Point> points, Trend trend, int trendYears) {
    Polarity polarity = indicator.polarity();
    Map<Integer, Point> byYear = new TreeMap<>();
    points.stream().filter(p -> p.year() <= year).forEach(p -> byYear.put(p.year(), p));
    Point now = byYear.get(year);
    if (polarity == Polarity.NONE || now == null || !now.value().isPresent()) {
      return List.of();
    }
    List<Headline> headlines = new ArrayList<>();
    Optional<Headline.ExtremeInEngland> extreme = extreme(indicator, year, byYear, trendYears);
    extreme.ifPresent(headlines::add);
    Optional<Headline.Multiplied> multiplied = multiplied(indicator, year, byYear, trendYears);
    multiplied.ifPresent(headlines::add);
    Optional<Headline.Moved> moved = multiplied.isEmpty() ? moved(indicator, year, byYear, trend) : Optional.empty();
    // a move away from England leads the indicator's run; a move on the better side of England follows it
    boolean worseNow = Trend.isWorse(now.value(), now.england(), polarity);
    moved.filter(m -> worseNow).ifPresent(headlines::add);
    run(indicator, year, byYear).filter(r -> extreme.isEmpty()
        || extreme.get().lastYear() != year || extreme.get().favourable() != r.favourable())
        .ifPresent(headlines::add);
    moved.filter(m -> !worseNow).ifPresent(headlines::add);
    return headlines;
  }

  /**
   * The order a brief leads with: bad news first; then each indicator's first headline before any
   * indicator's second; then facts about a council worse than England now before others; then by
   * kind (worst or best in England, multiplied, moved, a run against England); then by the
   * catalogue's order.
   *
   * @param perIndicator each indicator's headlines as {@link #of} gives them
   */
  static List<Headline> ordered(List<List<Headline>> perIndicator, List<Indicator> catalogue) {
    record Placed(Headline headline, int index) {
    }
    List<Placed> placed = new ArrayList<>();
    for (List<Headline> list : perIndicator) {
      for (boolean favourable : new boolean[] {false, true}) {
        List<Headline> side = list.stream().filter(h -> h.favourable() == favourable).toList();
        for (int i = 0; i < side.size(); i++) {
          placed.add(new Placed(side.get(i), i));
        }
      }
    }
    placed.sort(Comparator.comparing((Placed p) -> p.headline().favourable())
        .thenComparingInt(Placed::index)
        .thenComparing(p -> !worseNow(p.headline()))
        .thenComparingInt(p -> kind(p.headline()))
        .thenComparingInt(p -> catalogue.indexOf(p.headline().indicator())));
    return placed.stream().map(Placed::headline).toList();
  }

  /** True when the fact is of a council worse than England in the profile's year. */
  private static boolean worseNow(Headline h) {
    if (h instanceof Headline.Moved m) {
      return Trend.isWorse(Value.of(m.to()), m.england(), m.indicator().polarity());
    } else if (h instanceof Headline.RunAgainstEngland r) {
      return r.side() == Headline.Side.WORSE;
    } else if (h instanceof Headline.ExtremeInEngland e) {
      return e.extreme() == Headline.Extreme.WORST;
    }
    return true;
  }

  private static int kind(Headline h) {
    if (h instanceof Headline.ExtremeInEngland) {
      return 0;
    } else if (h instanceof Headline.Multiplied) {
      return 1;
    } else if (h instanceof Headline.Moved) {
      return 2;
    }
    return 3;
  }

  /**
   * Worst or best in England: the run of consecutive years ending with {@code year} in which no
   * ranked council return was worse (better); failing that, the latest earlier run of at least two
   * such years ending within the trend window.
   */
  private static Optional<Headline.ExtremeInEngland> extreme(Indicator indicator, int year,
      Map<Integer, Point> byYear, int trendYears) {
    for (Headline.Extreme kind : Headline.Extreme.values()) {
      List<Headline.YearFigure> run = runEnding(year, byYear, p -> isExtreme(p, kind, indicator.polarity()));
      if (!run.isEmpty()) {
        return Optional.of(new Headline.ExtremeInEngland(indicator, kind, run));
      }
    }
    for (int end = year - 1; end > year - trendYears; end--) {
      for (Headline.Extreme kind : Headline.Extreme.values()) {
        List<Headline.YearFigure> run = runEnding(end, byYear, p -> isExtreme(p, kind, indicator.polarity()));
        if (run.size() >= 2) {
          return Optional.of(new Headline.ExtremeInEngland(indicator, kind, run));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isExtreme(Point p, Headline.Extreme kind, Polarity polarity) {
    if (!p.value().isPresent() || p.field().isEmpty()) {
      return false;
    }
    double v = Values.number(p.value());
    return kind == Headline.Extreme.WORST
        ? p.field().stream().noneMatch(o -> polarity.compareBetter(o, v) > 0)
        : p.field().stream().noneMatch(o -> polarity.compareBetter(o, v) < 0);
  }

  /** The consecutive years ending with {@code end} that pass {@code test}, oldest first. */
  private static List<Headline.YearFigure> runEnding(int end, Map<Integer, Point> byYear,
      java.util.function.Predicate<Point> test) {
    List<Headline.YearFigure> run = new ArrayList<>();
    for (int y = end; byYear.containsKey(y) && test.test(byYear.get(y)); y--) {
      Point p = byYear.get(y);
      double v = Values.number(p.value());
      int tied = (int) p.field().stream().filter(o -> o == v).count() - (p.field().isEmpty() ? 0 : 1);
      run.add(0, new Headline.YearFigure(y, v, p.england(), p.field().size(), tied));
    }
    return run;
  }

  /**
   * A rise, worse by polarity, to at least {@link #MULTIPLE} times the figure of the latest earlier
   * year of the trend window from which it had, while the council is worse than England now. Only
   * for indicators where higher is worse (a fall cannot double).
   */
  private static Optional<Headline.Multiplied> multiplied(Indicator indicator, int year,
      Map<Integer, Point> byYear, int trendYears) {
    Point now = byYear.get(year);
    if (indicator.polarity() != Polarity.LOWER_IS_BETTER
        || !Trend.isWorse(now.value(), now.england(), indicator.polarity())) {
      return Optional.empty();
    }
    double to = Values.number(now.value());
    for (int y = year - 1; y > year - trendYears; y--) {
      Point p = byYear.get(y);
      if (p != null && p.value().isPresent() && Values.number(p.value()) > 0) {
        double from = Values.number(p.value());
        int times = (int) Math.floor(to / from);
        if (times >= MULTIPLE && to >= times * from) {
          return Optional.of(new Headline.Multiplied(indicator, y, from, year, to, times));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A steady move: the trend improving or worsening, from the first year of its window (a year of
   * the same return) to now, the two figures differing the same way.
   */
  private static Optional<Headline.Moved> moved(Indicator indicator, int year, Map<Integer, Point> byYear,
      Trend trend) {
    Direction direction = trend.direction();
    if (trend.slope().isEmpty() || (direction != Direction.IMPROVING && direction != Direction.WORSENING)) {
      return Optional.empty();
    }
    Point first = byYear.get(trend.slope().get().firstYear());
    if (first == null || !first.value().isPresent() || first.year() == year) {
      return Optional.empty();
    }
    double from = Values.number(first.value());
    double to = Values.number(byYear.get(year).value());
    int better = indicator.polarity().compareBetter(to, from);
    boolean agrees = direction == Direction.IMPROVING ? better < 0 : better > 0;
    return agrees ? Optional.of(new Headline.Moved(indicator, first.year(), from, year, to, byYear.get(year).england(),
        direction))
        : Optional.empty();
  }

  /** At least {@link #RUN_YEARS} consecutive years ending now on one side of England. */
  private static Optional<Headline.RunAgainstEngland> run(Indicator indicator, int year, Map<Integer, Point> byYear) {
    Polarity polarity = indicator.polarity();
    for (Headline.Side side : Headline.Side.values()) {
      List<Headline.YearFigure> run = runEnding(year, byYear, p -> p.value().isPresent() && p.england().isPresent()
          && (side == Headline.Side.WORSE
              ? polarity.compareBetter(Values.number(p.value()), Values.number(p.england())) > 0
              : polarity.compareBetter(Values.number(p.value()), Values.number(p.england())) < 0));
      if (run.size() >= RUN_YEARS) {
        return Optional.of(new Headline.RunAgainstEngland(indicator, side, run));
      }
    }
    return Optional.empty();
  }
}
