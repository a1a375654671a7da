package io.github.cscbriefs.reporting.html;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

/** The coordinates the HTML edition's charts write. */
class ChartSvgProperties {

  /** What the coordinates were written as before: the value rounded to hundredths, as Java prints it. */
  private static String asJavaPrintsIt(double value) {
    double rounded = Math.round(value * 100) / 100.0;
    return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
  }

  @Test
  void anyCoordinateIsWrittenAsJavaPrintsItRoundedToHundredths() {
    qt().forAll(doubles().between(-9_999_999, 9_999_999))
        .check(v -> ChartSvg.twoDecimals(v).equals(asJavaPrintsIt(v)));
  }

  @Test
  void everyWholeNumberOfHundredthsIsWrittenExactly() {
    // the values nearest to a decimal of two places, and the ones half a hundredth either side
    qt().forAll(longs().between(-999_999_999L, 999_999_999L)).check(h -> {
      double v = h / 100.0;
      return ChartSvg.twoDecimals(v).equals(asJavaPrintsIt(v))
          && ChartSvg.twoDecimals(v + 0.004).equals(asJavaPrintsIt(v + 0.004))
          && ChartSvg.twoDecimals(v - 0.004).equals(asJavaPrintsIt(v - 0.004));
    });
  }
}
