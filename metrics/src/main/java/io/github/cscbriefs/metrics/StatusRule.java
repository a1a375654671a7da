package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The one rule that gives every indicator with a better direction its red/amber/green status, and
 * the thresholds for figures the status does not trust. The same rule serves every indicator; its
 * inputs are the council's quartile band, how far it is from England and its neighbours, whether
 * its rate interval puts it significantly worse than England, and its trend.
 *
 * <p><b>Clearly worse than England</b>: worse than England by at least {@code materialShare} of
 * England's figure (council ÷ England ≥ 1 + share, England ÷ council when higher is better) and,
 * where the indicator has a rate interval, significantly worse (the whole interval on the worse
 * side of England). Caseload, an average rather than a proportion, has no interval; its distance
 * alone decides. <b>Clearly worse than neighbours</b>: the same distance against the neighbours'
 * mean.
 *
 * <ul>
 *   <li><b>Red</b>: in band D (the worst quarter), worse than England, and either clearly worse
 *       than England or worsening.
 *   <li><b>Amber</b>: otherwise in band C or D, or clearly worse than England, or worse than
 *       England and either clearly worse than its neighbours or worsening; and a figure that would
 *       be Red but rests on fewer than {@code smallNumbersBase} FTE or children, or is questioned by
 *       a {@link DataQualityFinding}.
 *   <li><b>Green</b>: otherwise.
 *   <li><b>Not rated</b>: no better direction, no value, or no rank (too few councils published a
 *       figure).
 * </ul>
 *
 * <p>Every test is monotone in the council's value: a worse value, everything else the same, never
 * gets a better status.
 *
 * @param materialShare the least relative distance from England or the neighbours that counts
 *     (default 0.10: a tenth of England's figure, the distance at which a workforce figure calls for
 *     an action, {@link WorkforceRule#triggerRatio()})
 * @param smallNumbersBase a figure whose denominator is below this many FTE or children is small
 *     (default 10: below it one person moves a rate by more than 10 percentage points, more than the
 *     distance between England and the worst quarter of councils on every workforce rate)
 * @param spikeFactor a value is a spike when it is below 1 ÷ this or above this times the mean of
 *     the nearest earlier and later values (default 3)
 * @param spikeAgreement ... while those two differ by at most this share of their mean (default
 *     0.25)
 * @param spikeReachYears the nearest earlier and later values are looked for at most this many
 *     years away (default 2, so one missing year may lie between)
 * @param zeroRunYears a rate published as exactly 0 this many years running is questioned
 *     (default 3)
 */
public record StatusRule(
    double materialShare,
    double smallNumbersBase,
    double spikeFactor,
    double spikeAgreement,
    int spikeReachYears,
    int zeroRunYears) {

  public StatusRule {
    List<Problem> problems = new ArrayList<>();
    if (!(materialShare >= 0 && materialShare < 10)) {
      problems.add(Problem.of("StatusRule.materialShare", materialShare, Expected.atLeast(0) + " and below 10"));
    }
    if (!(smallNumbersBase >= 0 && Double.isFinite(smallNumbersBase))) {
      problems.add(Problem.of("StatusRule.smallNumbersBase", smallNumbersBase, Expected.atLeast(0)));
    }
    if (!(spikeFactor > 1 && Double.isFinite(spikeFactor))) {
      problems.add(Problem.of("StatusRule.spikeFactor", spikeFactor, "a number above 1"));
    }
    if (!(spikeAgreement >= 0 && spikeAgreement < 1)) {
      problems.add(Problem.of("StatusRule.spikeAgreement", spikeAgreement, Expected.atLeast(0) + " and below 1"));
    }
    if (spikeReachYears < 1) {
      problems.add(Problem.of("StatusRule.spikeReachYears", spikeReachYears, Expected.atLeast(1)));
    }
    if (zeroRunYears < 2) {
      problems.add(Problem.of("StatusRule.zeroRunYears", zeroRunYears, Expected.atLeast(2)));
    }
    if (!problems.isEmpty()) {
      throw new MetricsException(problems);
    }
  }

  /** A tenth of England's figure, 10 FTE or children, spikes 3 times off, zero 3 years running. */
  public static StatusRule defaults() {
    return new StatusRule(0.10, 10, 3, 0.25, 2, 3);
  }

  /**
   * What the rule reads of one indicator. Built from a comparison by {@link #inputs}; a test can
   * build it directly.
   *
   * @param band the quartile band
   * @param worseThanEngland worse than England by polarity
   * @param englandRatio council ÷ England (England ÷ council when higher is better); empty when
   *     England's figure is missing or 0
   * @param significance against England, where the indicator has a rate interval
   * @param neighbourRatio the same ratio against the neighbours' mean; empty when none had a value
   * @param direction the trend's direction
   * @param small the figure rests on small numbers
   * @param questioned a data-quality finding questions the figure
   */
  public record Inputs(QuartileBand band, boolean worseThanEngland, OptionalDouble englandRatio,
      Optional<Significance> significance, OptionalDouble neighbourRatio, Direction direction,
      boolean small, boolean questioned) {
  }

  /**
   * The rule's inputs for {@code c}; empty when it is not rated (no better direction, no value, no
   * rank). A {@code low} figure (rounds to 0 but is not 0) is rated, as it is ranked: below every
   * published figure but 0.
   */
  public Optional<Inputs> inputs(IndicatorComparison c, boolean small, boolean questioned) {
    Polarity polarity = c.indicator().polarity();
    if (polarity == Polarity.NONE || Values.comparable(c.value()).isEmpty() || c.band().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Inputs(c.band().get(), c.england().worse(),
        ratio(c, ComparatorKind.ENGLAND), c.interval().map(RateInterval::significance),
        ratio(c, ComparatorKind.NEIGHBOUR_MEAN), c.trend().direction(), small, questioned));
  }

  private static OptionalDouble ratio(IndicatorComparison c, ComparatorKind kind) {
    Gap gap = c.gap(kind);
    if (!gap.comparator().isPresent()) {
      return OptionalDouble.empty();
    }
    double council = Values.comparable(c.value()).getAsDouble();
    double comparator = Values.number(gap.comparator());
    double r = c.indicator().polarity() == Polarity.HIGHER_IS_BETTER ? comparator / council : council / comparator;
    return Double.isFinite(r) ? OptionalDouble.of(r) : OptionalDouble.empty();
  }

  /**
   * The status of each rated comparison, in order: a comparison is small when {@code small} holds a
   * finding on its indicator, questioned when a finding of {@code questioned} questions its year.
   */
  public List<IndicatorStatus> statuses(List<IndicatorComparison> comparisons, List<SmallNumbers> small,
      List<DataQualityFinding> questioned) {
    return comparisons.stream()
        .flatMap(c -> status(c, small.stream().anyMatch(n -> n.indicator().equals(c.indicator())),
            questioned.stream().anyMatch(f -> f.indicator().equals(c.indicator()) && f.questions(c.year())))
            .stream())
        .toList();
  }

  /** The figures of the comparisons the brief questions ({@link DataQuality}), in order. */
  public List<DataQualityFinding> questioned(List<IndicatorComparison> comparisons) {
    return comparisons.stream().flatMap(c -> DataQuality.of(c, this).stream()).toList();
  }

  /**
   * The small-numbers finding on {@code c}'s figure, whose denominator is {@code base} counted in
   * {@code unit}: present when the figure has a value and the base is below {@link
   * #smallNumbersBase()}.
   */
  public Optional<SmallNumbers> smallNumbers(IndicatorComparison c, double base, SmallNumbers.BaseUnit unit) {
    if (!c.value().isPresent() || !(base < smallNumbersBase)) {
      return Optional.empty();
    }
    return Optional.of(new SmallNumbers(c.indicator(), c.year(), base, unit, smallNumbersBase));
  }

  /** The status of {@code c}, or empty when it is not rated. */
  public Optional<IndicatorStatus> status(IndicatorComparison c, boolean small, boolean questioned) {
    return inputs(c, small, questioned).map(in -> status(c, in));
  }

  private IndicatorStatus status(IndicatorComparison c, Inputs in) {
    Set<StatusReason> reasons = reasons(in);
    return new IndicatorStatus(c.indicator(), c.year(), rating(reasons), List.copyOf(reasons));
  }

  /** The status the rule gives {@code in}. */
  public Rating rating(Inputs in) {
    return rating(reasons(in));
  }

  /** The reasons that hold for {@code in}, in {@link StatusReason} order. */
  public Set<StatusReason> reasons(Inputs in) {
    Set<StatusReason> reasons = EnumSet.noneOf(StatusReason.class);
    if (in.band() == QuartileBand.D) {
      reasons.add(StatusReason.WORST_QUARTER);
    } else if (in.band() == QuartileBand.C) {
      reasons.add(StatusReason.THIRD_QUARTER);
    }
    boolean clearlyWorse = in.worseThanEngland() && material(in.englandRatio())
        && in.significance().map(s -> s == Significance.SIGNIFICANTLY_WORSE).orElse(true);
    if (clearlyWorse) {
      reasons.add(StatusReason.CLEARLY_WORSE_THAN_ENGLAND);
    }
    if (in.worseThanEngland() && material(in.neighbourRatio())) {
      reasons.add(StatusReason.CLEARLY_WORSE_THAN_NEIGHBOURS);
    }
    if (in.worseThanEngland() && in.direction() == Direction.WORSENING) {
      reasons.add(StatusReason.WORSENING);
    }
    boolean red = in.band() == QuartileBand.D && in.worseThanEngland()
        && (clearlyWorse || in.direction() == Direction.WORSENING);
    if (red && in.small()) {
      reasons.add(StatusReason.SMALL_NUMBERS);
    }
    if (red && in.questioned()) {
      reasons.add(StatusReason.QUESTIONED_FIGURE);
    }
    return reasons;
  }

  private boolean material(OptionalDouble ratio) {
    return ratio.isPresent() && ratio.getAsDouble() >= 1 + materialShare;
  }

  private static Rating rating(Set<StatusReason> reasons) {
    boolean withheld = reasons.contains(StatusReason.SMALL_NUMBERS) || reasons.contains(StatusReason.QUESTIONED_FIGURE);
    boolean red = reasons.contains(StatusReason.WORST_QUARTER)
        && (reasons.contains(StatusReason.CLEARLY_WORSE_THAN_ENGLAND) || reasons.contains(StatusReason.WORSENING));
    if (red && !withheld) {
      return Rating.RED;
    }
    return reasons.isEmpty() ? Rating.GREEN : Rating.AMBER;
  }
}
