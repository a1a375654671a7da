package io.github.cscbriefs.reporting;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordingProperties {

  /** As the UK writes them, with a minus sign (U+2212) rather than a hyphen, and no "-0.0". */
  @Test
  void numbersAreWrittenAsTheUkWritesThem() {
    qt().forAll(doubles().between(-1e9, 1e9), integers().between(0, 3))
        .check((value, decimals) -> {
          String magnitude = String.format(Locale.UK, "%,." + decimals + "f", Math.abs(value));
          boolean negative = String.format(Locale.UK, "%,." + decimals + "f", value)
              .startsWith("-") && !magnitude.matches("[0.,]+");
          return Wording.number(value, decimals).equals((negative ? "\u2212" : "") + magnitude);
        });
  }

  @Test
  void signedFiguresAndYearsAreWrittenAsTheUkWritesThem() {
    qt().forAll(doubles().between(-1e6, 1e6), integers().between(1990, 2100))
        .check((slope, year) -> Wording.format(" (%+.2f a year, %d–%d)", slope, year, year + 4)
            .equals(String.format(Locale.UK, " (%+.2f a year, %d–%d)", slope, year, year + 4)));
  }
}
