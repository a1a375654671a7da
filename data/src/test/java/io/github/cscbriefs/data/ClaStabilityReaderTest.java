package io.github.cscbriefs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.ReferencePeriod;
import io.github.cscbriefs.model.SocialWorkerStability;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.Workforce;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaStabilityReaderTest {

  private static final String HEADER = "time_period,geographic_level,region_code,old_la_code,la_name,new_la_code,"
      + "cla_group,sw_stability,number,percentage";

  private static List<AreaFigures> bundled() throws IOException {
    try (Reader r = Bundled.reader(Bundled.CLA)) {
      return ClaStabilityReader.read("cla.csv", r, Bundled.councils(), ReadMode.STRICT, Bundled.LIMITS).records();
    }
  }

  private static AreaFigures find(List<AreaFigures> records, String code) {
    return records.stream().filter(r -> r.area().code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void readsEveryAreaOfThe2024Table() throws IOException {
    List<AreaFigures> records = bundled();
    assertEquals(1 + 11 + 153, records.size());
    AreaFigures england = find(records, Area.ENGLAND_CODE);
    assertEquals(2024, england.year());
    assertEquals(Value.of(83300), england.value(SocialWorkerStability.CLA_TOTAL));
    assertEquals(Value.of(22140), england.value(SocialWorkerStability.CLA_THREE_OR_MORE_SOCIAL_WORKERS));
    assertEquals(Value.of(27), england.value(SocialWorkerStability.CLA_THREE_OR_MORE_SOCIAL_WORKERS_RATE));
    AreaFigures hartlepool = find(records, "805");
    assertEquals(Value.of(334), hartlepool.value(SocialWorkerStability.CLA_TOTAL));
    assertEquals(Value.of(16), hartlepool.value(SocialWorkerStability.CLA_THREE_OR_MORE_SOCIAL_WORKERS_RATE));
    assertEquals(Value.missing(MissingReason.NOT_AVAILABLE), find(records, "302").value(SocialWorkerStability.CLA_TOTAL));
    assertEquals(Value.missing(MissingReason.NOT_APPLICABLE),
        find(records, "420").value(SocialWorkerStability.CLA_THREE_OR_MORE_SOCIAL_WORKERS_RATE));
  }

  @Test
  void figuresArePublishedUnderTheirOwnPublicationBesideTheWorkforce() {
    Dataset data = OfficialData.load();
    AreaFigures nel = data.figures(SocialWorkerStability.PUBLICATION, "812", 2024).orElseThrow();
    assertTrue(nel.value(SocialWorkerStability.CLA_TOTAL).isPresent());
    assertEquals(Value.missing(MissingReason.NOT_PUBLISHED), nel.value(Workforce.CASELOAD_FTE));
    assertTrue(data.figures(Workforce.PUBLICATION, "812", 2024).orElseThrow().value(Workforce.CASELOAD_FTE).isPresent());
    assertEquals(ReferencePeriod.YEAR_TO_31_MARCH, nel.period().definition());
    // Kingston reports workforce jointly with Richmond but children in care alone.
    assertTrue(data.figures(SocialWorkerStability.PUBLICATION, "314", 2024).isPresent());
    assertTrue(data.figures(Workforce.PUBLICATION, "314", 2024).isEmpty());
  }

  @Test
  void reportsBadCellsWithLineAndColumn() {
    DataFileException e = assertThrows(DataFileException.class, () -> ClaStabilityReader.read("cla.csv",
        Bundled.csv(HEADER,
            "2024,Local authority,E12000001,805,Hartlepool,E06000001,CLA on 31 March,Total children,lots,100",
            "2024,Local authority,E12000001,805,Hartlepool,E06000001,CLA on 31 March,"
                + "3 or more social workers during the year,52,160",
            "2024,Local authority,E12000001,805,Hartlepool,E06000001,CLA on 31 March,Total children,334,100"),
        Bundled.councils(), ReadMode.STRICT, Bundled.LIMITS));
    assertTrue(e.getMessage().startsWith("cla.csv: 3 problems"), e.getMessage());
    assertTrue(e.getMessage().contains("cla.csv, line 2, column number: value 'lots', expected a number"), e.getMessage());
    assertTrue(e.getMessage().contains("cla.csv, line 3, column percentage: value '160', expected "
        + "cla_3plus_social_workers_rate between 0 and 100"), e.getMessage());
    assertTrue(e.getMessage().contains("cla.csv, line 4, column sw_stability: value 'Total children', "
        + "expected one row per area, year and category; the same is at line 2"), e.getMessage());
  }
}
