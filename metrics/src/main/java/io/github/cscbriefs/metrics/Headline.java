package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Value;
import java.util.List;

/**
 * A fact striking enough to lead a brief: a council's figure was the worst (or best) in England
 * for years running, multiplied, moved steadily over the trend window, or stayed on one side of
 * England's. Computed from the comparisons' series and each year's field of councils by {@link
 * Headlines}; the reporting module puts them into words. Every headline covers only years in which
 * the council's figure comes from the same return as in the profile's year (a predecessor's years
 * never make a headline of its successor).
 */
public sealed interface Headline permits Headline.ExtremeInEngland, Headline.Multiplied, Headline.Moved,
    Headline.RunAgainstEngland {

  /** The indicator the fact is about. */
  Indicator indicator();

  /** True when the fact is good news by the indicator's better direction. */
  boolean favourable();

  /** Worst or best among England's councils. */
  enum Extreme {
    /** No council return of the year was worse. */
    WORST,
    /** No council return of the year was better. */
    BEST
  }

  /** Which side of England's figure. */
  enum Side {
    WORSE,
    BETTER
  }

  /**
   * One year of a headline: the council's figure, England's and how many council returns had a
   * figure.
   *
   * @param year the reporting year
   * @param value the council's figure
   * @param england England's published figure (missing with its reason when not published)
   * @param outOf how many council returns had a figure that year (0 when too few to rank among)
   * @param tied how many other council returns had the same figure that year
   */
  record YearFigure(int year, double value, Value england, int outOf, int tied) {
  }

  /**
   * The council was the worst (or best) council return in England in each of consecutive years.
   *
   * @param indicator the indicator
   * @param extreme worst or best by the indicator's better direction
   * @param years the run, oldest first (at least one year); the last is the profile's year or, for
   *     an earlier run of at least two years, a year within the trend window
   */
  record ExtremeInEngland(Indicator indicator, Extreme extreme, List<YearFigure> years) implements Headline {

    public ExtremeInEngland {
      years = List.copyOf(years);
      if (years.isEmpty()) {
        throw MetricsException.of("years", years, "at least one year");
      }
    }

    @Override
    public boolean favourable() {
      return extreme == Extreme.BEST;
    }

    public int firstYear() {
      return years.get(0).year();
    }

    public int lastYear() {
      return years.get(years.size() - 1).year();
    }
  }

  /**
   * The figure rose to at least twice an earlier year's, a rise that is worse by the indicator's
   * better direction, and the council is worse than England in the profile's year.
   *
   * @param indicator the indicator
   * @param fromYear the latest year of the trend window from which the figure had at least doubled
   * @param from its figure then (more than 0)
   * @param toYear the profile's year
   * @param to its figure now
   * @param times the whole number of times {@code from} that {@code to} reaches: ⌊to ÷ from⌋, at
   *     least 2
   */
  record Multiplied(Indicator indicator, int fromYear, double from, int toYear, double to, int times)
      implements Headline {

    public Multiplied {
      if (!(from > 0) || times < 2 || to < times * from) {
        throw MetricsException.of("multiplied", from + " to " + to + " (" + times + " times)",
            "a rise to at least twice a positive figure");
      }
    }

    @Override
    public boolean favourable() {
      return false;
    }
  }

  /**
   * The figure moved in one direction over the trend window: the trend's direction is improving or
   * worsening, and the first and last figures of the window differ that way.
   *
   * @param indicator the indicator
   * @param fromYear the first year of the trend window with a figure
   * @param from its figure then
   * @param toYear the profile's year
   * @param to its figure now
   * @param england England's figure now (missing with its reason when not published)
   * @param direction {@link Direction#IMPROVING} or {@link Direction#WORSENING}
   */
  record Moved(Indicator indicator, int fromYear, double from, int toYear, double to, Value england,
      Direction direction) implements Headline {

    public Moved {
      if (direction != Direction.IMPROVING && direction != Direction.WORSENING) {
        throw MetricsException.of("direction", direction, "improving or worsening");
      }
    }

    @Override
    public boolean favourable() {
      return direction == Direction.IMPROVING;
    }
  }

  /**
   * The council was on one side of England in every year of a run ending with the profile's year,
   * of at least {@link Headlines#RUN_YEARS} years.
   *
   * @param indicator the indicator
   * @param side worse or better than England
   * @param years the run, oldest first
   */
  record RunAgainstEngland(Indicator indicator, Side side, List<YearFigure> years) implements Headline {

    public RunAgainstEngland {
      years = List.copyOf(years);
      if (years.isEmpty()) {
        throw MetricsException.of("years", years, "at least one year");
      }
    }

    @Override
    public boolean favourable() {
      return side == Side.BETTER;
    }

    public int firstYear() {
      return years.get(0).year();
    }

    /** The profile's year's figures. */
    public YearFigure latest() {
      return years.get(years.size() - 1);
    }
  }
}
