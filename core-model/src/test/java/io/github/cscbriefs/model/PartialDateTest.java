package io.github.cscbriefs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void readsAndWritesEachPrecisionAsIso() {
    assertEquals(Optional.of(PartialDate.day(LocalDate.of(2021, 11, 26))), PartialDate.parse("2021-11-26"));
    assertEquals(Optional.of(PartialDate.month(2019, 12)), PartialDate.parse(" 2019-12 "));
    assertEquals(Optional.of(PartialDate.year(2017)), PartialDate.parse("2017"));
    for (String text : new String[] {"2019-12", "2017", "2021-11-26"}) {
      assertEquals(text, PartialDate.parse(text).orElseThrow().toString());
    }
    for (String bad : new String[] {"2021-13", "2021-02-30", "21-05", "May 2021", "", "2021-5"}) {
      assertEquals(Optional.empty(), PartialDate.parse(bad), bad);
    }
  }

  @Test
  void aMonthOrYearSpansItsDaysAndNeverStartsMidway() {
    PartialDate december = PartialDate.month(2019, 12);
    assertEquals(LocalDate.of(2019, 12, 31), december.latest());
    assertTrue(december.mayBeOnOrBefore(LocalDate.of(2019, 12, 1)));
    assertFalse(december.isCertainlyOnOrBefore(LocalDate.of(2019, 12, 30)));
    assertTrue(PartialDate.year(2025).isCertainlyOnOrBefore(LocalDate.of(2026, 3, 31)));
    assertFalse(PartialDate.year(2025).isCertainlyOnOrBefore(LocalDate.of(2025, 3, 31)));
    assertThrows(IllegalArgumentException.class, () -> new PartialDate(LocalDate.of(2019, 12, 2), DatePrecision.MONTH));
    assertTrue(PartialDate.month(2019, 12).compareTo(PartialDate.day(LocalDate.of(2019, 12, 1))) > 0);
  }

  @Test
  void datesKnownToAYearAreInOrderWhenSomeDayOfThemIs() {
    // Inspected in July 2025, published "2025": in order; published 2024: not.
    new Inspection("812", InspectionType.FOCUSED_VISIT, PartialDate.month(2025, 7), Optional.empty(),
        PartialDate.year(2025), java.util.Map.of(), Optional.empty(), java.util.List.of(), java.util.List.of(),
        Optional.empty(), "t.yaml", Optional.of("Ofsted"));
    assertThrows(ModelViolationException.class, () -> new Inspection("812", InspectionType.FOCUSED_VISIT,
        PartialDate.month(2025, 7), Optional.empty(), PartialDate.year(2024), java.util.Map.of(), Optional.empty(),
        java.util.List.of(), java.util.List.of(), Optional.empty(), "t.yaml", Optional.empty()));
  }
}
