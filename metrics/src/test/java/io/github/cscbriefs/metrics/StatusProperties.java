package io.github.cscbriefs.metrics;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The status rule is monotone: a worse value, with everything else the same (the other councils,
 * England, the neighbours, the denominator, the trend and the flags), never gets a better status,
 * for either polarity. The inputs are made by the code a profile uses (ranks, gaps, intervals).
 */
class StatusProperties {

  private static final StatusRule RULE = StatusRule.defaults();

  /** The rule's inputs for {@code value} among {@code others}, as a profile would compute them. */
  private static StatusRule.Inputs inputs(double value, List<Double> others, double england, double neighbours,
      double trials, Direction direction, boolean small, boolean questioned, Polarity polarity) {
    List<Double> all = new ArrayList<>(others);
    all.add(value);
    Standing standing = Standing.of(value, all, polarity).orElseThrow();
    Gap gap = Gap.of(ComparatorKind.ENGLAND, Value.of(value), Value.of(england), 1, polarity);
    Optional<Significance> significance = RateInterval.wilson(Value.of(value), trials, Value.of(england), polarity,
        0.95).map(RateInterval::significance);
    return new StatusRule.Inputs(standing.band(), gap.worse(), ratio(value, england, polarity), significance,
        ratio(value, neighbours, polarity), direction, small, questioned);
  }

  private static OptionalDouble ratio(double council, double comparator, Polarity polarity) {
    double r = polarity == Polarity.HIGHER_IS_BETTER ? comparator / council : council / comparator;
    return Double.isFinite(r) ? OptionalDouble.of(r) : OptionalDouble.empty();
  }

  /** Everything but the council's value, held the same while the value moves. */
  private record Setting(List<Double> others, double england, double neighbours, double trials,
      Direction direction, boolean small, boolean questioned, Polarity polarity) {

    StatusRule.Inputs inputs(double value) {
      return StatusProperties.inputs(value, others, england, neighbours, trials, direction, small, questioned,
          polarity);
    }
  }

  private static final Gen<Double> TENTHS = integers().between(1, 1000).map(i -> i / 10.0);

  private static Gen<Setting> settings(Gen<Boolean> flags) {
    Gen<List<Double>> others = lists().of(TENTHS).ofSizeBetween(20, 60);
    Gen<double[]> comparators = TENTHS.zip(TENTHS, doubles().between(1, 5000), (e, n, t) -> new double[] {e, n, t});
    Gen<Object[]> rest = Generate.enumValues(Direction.class).zip(flags, flags,
        Generate.pick(List.of(Polarity.LOWER_IS_BETTER, Polarity.HIGHER_IS_BETTER)),
        (d, small, questioned, p) -> new Object[] {d, small, questioned, p});
    return others.zip(comparators, rest, (o, c, r) -> new Setting(o, c[0], c[1], c[2], (Direction) r[0],
        (Boolean) r[1], (Boolean) r[2], (Polarity) r[3]));
  }

  @Test
  void aWorseValueNeverGetsABetterStatus() {
    qt().withExamples(3000).forAll(settings(booleans().all()), TENTHS, integers().between(1, 300))
        .check((setting, value, step) -> {
          double worse = setting.polarity() == Polarity.LOWER_IS_BETTER ? value + step / 10.0 : value - step / 10.0;
          if (worse <= 0) {
            return true;
          }
          Rating forBetter = RULE.rating(setting.inputs(value));
          Rating forWorse = RULE.rating(setting.inputs(worse));
          // RED < AMBER < GREEN in declaration order: the worse value's status is never greener.
          return forWorse.ordinal() <= forBetter.ordinal();
        });
  }

  @Test
  void smallNumbersAndQuestionedFiguresAreNeverRedAndOnlyEverWithholdRed() {
    qt().withExamples(2000).forAll(settings(Generate.constant(false)), TENTHS).check((setting, value) -> {
      Rating plain = RULE.rating(setting.inputs(value));
      Setting small = new Setting(setting.others(), setting.england(), setting.neighbours(), setting.trials(),
          setting.direction(), true, false, setting.polarity());
      Setting questioned = new Setting(setting.others(), setting.england(), setting.neighbours(), setting.trials(),
          setting.direction(), false, true, setting.polarity());
      Rating expected = plain == Rating.RED ? Rating.AMBER : plain;
      return RULE.rating(small.inputs(value)) == expected && RULE.rating(questioned.inputs(value)) == expected;
    });
  }

  @Test
  void theWorstQuarterClearlyWorseThanEnglandIsRedAndTheBestHalfNeverIs() {
    qt().withExamples(2000).forAll(settings(Generate.constant(false)), TENTHS).check((setting, value) -> {
      StatusRule.Inputs in = setting.inputs(value);
      Rating r = RULE.rating(in);
      boolean clearly = in.worseThanEngland() && in.englandRatio().orElse(0) >= 1 + RULE.materialShare()
          && in.significance().map(s -> s == Significance.SIGNIFICANTLY_WORSE).orElse(true);
      boolean bestHalf = in.band() == QuartileBand.A || in.band() == QuartileBand.B;
      return (!(in.band() == QuartileBand.D && clearly) || r == Rating.RED) && (!bestHalf || r != Rating.RED);
    });
  }
}
