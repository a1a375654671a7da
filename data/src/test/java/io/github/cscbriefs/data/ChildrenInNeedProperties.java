package io.github.cscbriefs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.ChildrenInNeed;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Value;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildrenInNeedProperties {

  private static final CouncilDirectory COUNCILS = Bundled.councils();
  private static final List<String> SYMBOLS = List.of("x", "z", "c", "low", "u");

  private static AreaFigures readWithPercent(String cell) {
    String row = ChildrenInNeedReaderTest.C1_NEL_2017.replace(",176,9,", ",176," + cell + ",");
    return ChildrenInNeedReader.read("cin.csv", Bundled.csv(ChildrenInNeedReaderTest.C1_HEADER, row), COUNCILS,
        ReadMode.STRICT, Bundled.LIMITS).records().get(0);
  }

  @Test
  void aPercentageReadLiesIn0To100OrTheFileIsRefusedAtItsCell() {
    qt().forAll(doubles().between(-100, 300)).checkAssert(d -> {
      String cell = BigDecimal.valueOf(d).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
      double written = Double.parseDouble(cell);
      if (written >= 0 && written <= 100) {
        double read = readWithPercent(cell).value(ChildrenInNeed.REREFERRALS_PERCENT).asDouble().orElseThrow();
        assertEquals(written, read);
        assertTrue(read >= 0 && read <= 100);
      } else {
        DataFileException e = assertThrows(DataFileException.class, () -> readWithPercent(cell));
        assertTrue(e.getMessage().contains("line 2, column rereferral_percent: value '" + cell + "'"), e.getMessage());
      }
    });
  }

  @Test
  void aSymbolInAPercentageStaysMissingWithItsReasonNever0() {
    qt().forAll(integers().between(0, SYMBOLS.size() - 1)).checkAssert(i -> {
      Value v = readWithPercent(SYMBOLS.get(i)).value(ChildrenInNeed.REREFERRALS_PERCENT);
      assertTrue(v.asDouble().isEmpty());
      assertEquals(Value.missing(MissingReason.fromSymbol(SYMBOLS.get(i)).orElseThrow()), v);
    });
  }

  @Test
  void everyPercentageOfTheBundledReleaseLiesIn0To100OrIsMissing() {
    for (AreaFigures f : ChildrenInNeedReader.embedded().records()) {
      ChildrenInNeed.measures().stream().filter(m -> m.isRate()).forEach(m -> f.value(m).asDouble()
          .ifPresent(d -> assertTrue(d >= 0 && d <= 100, f.area().code() + " " + f.year() + " " + m.id() + " " + d)));
    }
  }
}
