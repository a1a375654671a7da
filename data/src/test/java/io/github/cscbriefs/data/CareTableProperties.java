package io.github.cscbriefs.data;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.Unit;
import io.github.cscbriefs.model.Value;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class CareTableProperties {

  private static final CouncilDirectory COUNCILS = Bundled.councils();
  private static final List<String> SYMBOLS = List.of("x", "z", "c", "low", "u", "k", "", "K", " c ");

  /** A cell: a number around the valid range (some negative, some above 100) or a symbol. */
  private static String cell(double d, int kind) {
    return kind < SYMBOLS.size() ? SYMBOLS.get(kind) : String.format(Locale.ROOT, "%.1f", d);
  }

  @Test
  void everyPercentageReadLiesIn0To100OrIsMissing() {
    qt().withExamples(300).forAll(doubles().between(-50, 250), integers().between(0, 2 * SYMBOLS.size()),
        doubles().between(-50, 250), integers().between(0, 2 * SYMBOLS.size())).checkAssert((a, ka, b, kb) -> {
          String row = "2025,Local authority,343,17 to 18 years,";
          List<AreaFigures> read;
          try {
            read = CareTableReader.read(CareTable.CARE_LEAVERS_ACCOMMODATION, "p.csv", Bundled.csv(
                "time_period,geographic_level,old_la_code,care_leaver_age,breakdown,care_leaver_count,"
                    + "care_leaver_percent",
                row + "Accommodation considered suitable,7," + cell(a, ka),
                row + "Suitability total,9," + cell(b, kb)), COUNCILS, ReadMode.STRICT, Bundled.LIMITS).records();
          } catch (DataFileException e) {
            // Refused as a whole: some value was out of range or not a number; nothing was read.
            Assertions.assertFalse(e.problems().isEmpty());
            return;
          }
          for (AreaFigures f : read) {
            for (var e : f.values().entrySet()) {
              Measure m = e.getKey();
              Value v = e.getValue();
              if (m.unit() == Unit.PERCENT && v.isPresent()) {
                double p = v.asDouble().getAsDouble();
                Assertions.assertTrue(p >= 0 && p <= 100, m.id() + " = " + p);
              }
            }
          }
        });
  }
}
