package io.github.cscbriefs.data;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cscbriefs.data.internal.EesCells;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EesCellsProperties {

  private static final List<String> SYMBOLS = List.of("x", "z", "c", "low", "u");

  @Test
  void aPublishedNumberReadsBackAsItself() {
    qt().forAll(doubles().between(0, 1e7)).checkAssert(d -> {
      String text = new BigDecimal(d).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
      org.junit.jupiter.api.Assertions.assertEquals(Optional.of(Value.of(Double.parseDouble(text))), EesCells.parse(text));
    });
  }

  @Test
  void aSymbolKeepsItsReasonInAnyCaseAndSpacing() {
    qt().forAll(integers().between(0, SYMBOLS.size() - 1), integers().between(0, 3)).checkAssert((i, pad) -> {
      String symbol = SYMBOLS.get(i);
      String text = " ".repeat(pad) + (pad % 2 == 0 ? symbol : symbol.toUpperCase(Locale.ROOT)) + " ".repeat(pad);
      org.junit.jupiter.api.Assertions.assertEquals(MissingReason.fromSymbol(symbol).map(Value::missing),
          EesCells.parse(text));
      org.junit.jupiter.api.Assertions.assertTrue(EesCells.parse(text).orElseThrow() instanceof Value.Missing);
    });
  }
}
