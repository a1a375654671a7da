package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Value;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Everything a brief says about one indicator for one council and year.
 *
 * @param indicator the indicator
 * @param year the reporting year
 * @param value the council's value (missing with its reason)
 * @param area the return the value is from: the council's own, its combined return's, or (before
 *     the council existed) its predecessor's; empty when no return describes it that year
 * @param gaps against England, the region, the neighbours' mean and median, in that order
 * @param neighbours the neighbours' figures this year that the mean and median count, closest
 *     neighbour first
 * @param standing rank, percentile and quartile band among the year's council returns; empty when
 *     fewer than {@link MetricsSettings#minimumField()} returns have a figure, or
 *     the value is missing (other than {@code low}, which ranks as the small number it is) or the
 *     indicator has no polarity
 * @param trend change, slope, direction, persistence and closure of the gap to England
 * @param interval for rate indicators with a usable denominator
 * @param series every year in the dataset, oldest first
 * @param distribution every council return's value this year
 */
public record IndicatorComparison(
    Indicator indicator,
    int year,
    Value value,
    Optional<Area> area,
    List<Gap> gaps,
    List<NeighbourValue> neighbours,
    Optional<Standing> standing,
    Trend trend,
    Optional<RateInterval> interval,
    List<SeriesPoint> series,
    Distribution distribution) {

  public IndicatorComparison {
    gaps = List.copyOf(gaps);
    neighbours = List.copyOf(neighbours);
    series = List.copyOf(series);
  }

  /**
   * Whose return the value is: the council's own, a joint return covering it and other councils,
   * or its predecessor's (a year before the council existed).
   */
  public FigureSource source() {
    return series.stream().filter(p -> p.year() == year).findFirst().map(SeriesPoint::source)
        .orElse(FigureSource.NO_RETURN);
  }

  /**
   * The predecessor whose figures are among the years {@code fromYear} to this year, if any (the
   * latest, should there be more than one): for Cumberland in 2024 from 2020, Cumbria.
   */
  public Optional<FigureSource.Predecessor> predecessorSince(int fromYear) {
    return series.stream().filter(p -> p.year() >= fromYear && p.year() <= year)
        .map(SeriesPoint::source).filter(FigureSource.Predecessor.class::isInstance)
        .map(FigureSource.Predecessor.class::cast).reduce((a, b) -> b);
  }

  /**
   * True when the trend counts a predecessor's years: its figures are in the trend's window (the
   * slope's years, the change over 5 years, the run of years worse than England) and count ({@link
   * FigureSource.Predecessor#counts}). A count of a council split from its predecessor does not:
   * its trend starts with the council's own first year.
   */
  public boolean trendIncludesPredecessor() {
    int from = year - 5;
    from = Math.min(from, trend.slope().map(SlopeFit::firstYear).orElse(year));
    from = Math.min(from, year - trend.yearsWorseThanEngland() + 1);
    return predecessorSince(from).filter(p -> p.counts(indicator.measure())).isPresent();
  }

  /** The gap to one comparator. */
  public Gap gap(ComparatorKind kind) {
    return gaps.stream().filter(g -> g.kind() == kind).findFirst().orElseThrow();
  }

  /**
   * True when the council has a figure of an indicator with a better direction but is not ranked,
   * because fewer councils than {@link MetricsSettings#minimumField()} published one this year; the
   * distribution says how many did.
   */
  public boolean unrankedForTooFewCouncils() {
    return Values.comparable(value).isPresent() && standing.isEmpty() && indicator.polarity() != io.github.cscbriefs.model.Polarity.NONE;
  }

  /** The gap to England. */
  public Gap england() {
    return gap(ComparatorKind.ENGLAND);
  }

  /**
   * The council's rank among the year's council returns, 1 = best ({@link Standing#rank()}); empty
   * when the value is missing, the indicator has no better direction, or too few councils have a
   * figure to rank among ({@link #unrankedForTooFewCouncils()}).
   */
  public OptionalInt rank() {
    return standing.map(s -> OptionalInt.of(s.rank())).orElse(OptionalInt.empty());
  }

  /** How many council returns the rank is among ({@link Standing#outOf()}); empty when there is no rank. */
  public OptionalInt outOf() {
    return standing.map(s -> OptionalInt.of(s.outOf())).orElse(OptionalInt.empty());
  }

  /** The quartile band, A best ({@link Standing#band()}); empty when there is no rank. */
  public Optional<QuartileBand> band() {
    return standing.map(Standing::band);
  }

  /** The percentile, 100 best ({@link Standing#percentile()}); empty when there is no rank. */
  public OptionalDouble percentile() {
    return standing.map(s -> OptionalDouble.of(s.percentile())).orElse(OptionalDouble.empty());
  }
}
