package io.github.cscbriefs.model.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each named wording says exactly what the messages it replaced said. */
class ExpectedTest {

  @Test
  void files() {
    assertEquals("a readable file", Expected.aReadableFile());
    assertEquals("a readable file (IOException: disk gone)", Expected.aReadableFile("IOException: disk gone"));
    assertEquals("a readable bundled resource", Expected.aReadableBundledResource());
    assertEquals("well-formed CSV (EOF reached)", Expected.wellFormed("CSV (EOF reached)"));
  }

  @Test
  void sizesAndRanges() {
    assertEquals("at most 5000 entries in the archive", Expected.atMost("5000 entries in the archive"));
    assertEquals("a file of at most 40 MB", Expected.ofAtMost("a file", "40 MB"));
    assertEquals("at least 3", Expected.atLeast(3));
    assertEquals("at least one element", Expected.atLeast("one element"));
    assertEquals("between 0 and 100", Expected.between(0, 100));
    assertEquals("between 1 and n", Expected.between(1, "n"));
    assertEquals("strictly between 0 and 1", Expected.strictlyBetween(0, 1));
  }

  @Test
  void choices() {
    assertEquals("National, Regional or Local authority", Expected.anyOf("National", "Regional", "Local authority"));
    assertEquals("blank or a grade", Expected.anyOf("blank", "a grade"));
    assertEquals("blank", Expected.anyOf("blank"));
    assertThrows(IllegalArgumentException.class, Expected::anyOf);
    assertEquals("one of ilacs-standard, ilacs-short", Expected.oneOf(List.of("ilacs-standard", "ilacs-short")));
    assertEquals("a number or one of the symbols x, z, c, low, u", Expected.aNumberOrSymbol());
  }

  @Test
  void values() {
    assertEquals("a date as YYYY-MM-DD", Expected.aDateAs("YYYY-MM-DD"));
    assertEquals("a Clock", Expected.instanceOf(Clock.class));
    assertEquals("an Object", Expected.instanceOf(Object.class));
  }

  @Test
  void councilsAndUniqueness() {
    assertEquals("a known council", Expected.aKnownCouncil());
    assertEquals("a neighbour's LA code in the DfE LA code list", Expected.inTheLaCodeList("a neighbour's LA code"));
    assertEquals("each LA code once", Expected.eachOnce("LA code"));
    assertEquals("one row per area and year", Expected.oneRowPer("area and year"));
  }
}
