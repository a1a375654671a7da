package io.github.cscbriefs.reporting;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordingProperties {

  /** As the UK writes them, with a minus sign (U+2212) rather than a hyphen, and no "-0.0". */
  @Test
  void aDecimalIsWrittenAsTheUkWritesIt() {
    // Any decimal with at most `decimals` places, as DfE publishes figures, prints unchanged.
    qt().forAll(longs().between(-999_999_999_999L, 999_999_999_999L), integers().between(0, 3))
        .check((unscaled, decimals) -> {
          BigDecimal published = BigDecimal.valueOf(unscaled, decimals);
          return Wording.number(published.doubleValue(), decimals)
              .equals(uk(String.format(Locale.UK, "%,." + decimals + "f", published)));
        });
  }

  @Test
  void aHalfWayDecimalRoundsUp() {
    // A decimal with decimals + 1 places ending in 5 (14.75 at one place) rounds half up, away
    // from 0, as DfE rounds: 14.8, though the double nearest 14.75 may lie just below it.
    qt().forAll(longs().between(-99_999_999L, 99_999_999L), integers().between(0, 3))
        .check((unscaled, decimals) -> {
          BigDecimal halfWay = BigDecimal.valueOf(unscaled * 10 + (unscaled < 0 ? -5 : 5), decimals + 1);
          BigDecimal up = halfWay.setScale(decimals, RoundingMode.HALF_UP);
          return Wording.number(Double.parseDouble(halfWay.toPlainString()), decimals)
              .equals(uk(String.format(Locale.UK, "%,." + decimals + "f", up)))
              && up.abs().compareTo(halfWay.abs()) > 0;
        });
  }

  @Test
  void anyNumberIsWrittenWithinHalfAPlaceOfItself() {
    qt().forAll(doubles().between(-1e9, 1e9), integers().between(0, 3)).check((value, decimals) -> {
      double printed = Double.parseDouble(Wording.number(value, decimals).replace(",", "").replace("\u2212", "-"));
      // within half a place of the decimal the double stands for, which Wording.decimal takes to 15
      // significant digits (a double's noise lies beyond them): |value| x 1e-14 covers that step
      return Math.abs(printed - value) <= 0.5 * Math.pow(10, -decimals) * (1 + 1e-6) + Math.abs(value) * 1e-14
          + Math.ulp(value) * 4;
    });
  }

  @Test
  void signedFiguresAndYearsAreWrittenAsTheUkWritesThem() {
    qt().forAll(doubles().between(-1e6, 1e6), integers().between(1990, 2100))
        .check((slope, year) -> Wording.format(" (%+.2f a year, %d–%d)", slope, year, year + 4)
            .equals(String.format(Locale.UK, " (%+.2f a year, %d–%d)", slope, year, year + 4)));
  }

  /** The UK's way with a negative number as the brief prints it: a minus sign, not a hyphen. */
  private static String uk(String formatted) {
    return formatted.startsWith("-") ? "\u2212" + formatted.substring(1) : formatted;
  }
}
