package io.github.cscbriefs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.CouncilType;
import io.github.cscbriefs.model.Region;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaCodeListReaderTest {

  @Test
  void readsEveryCouncilAndLeavesOutEnglandAndRegionCodes() throws IOException {
    List<Council> councils;
    try (Reader r = Bundled.reader(Bundled.LA_CODES)) {
      councils = LaCodeListReader.read("la_code_list.csv", r, ReadMode.STRICT).records();
    }
    assertEquals(158, councils.size());
    Council camden = councils.stream().filter(c -> c.laCode().equals("202")).findFirst().orElseThrow();
    assertEquals(Region.LONDON, camden.region());
    assertEquals(CouncilType.INNER_LONDON_BOROUGH, camden.type());
    assertEquals(Region.INNER_LONDON, camden.subRegion());
    assertTrue(councils.stream().noneMatch(c -> c.laCode().equals("970")));
  }

  @Test
  void reportsBadRegionsTypesAndRepeatedCodes() {
    DataFileException e = assertThrows(DataFileException.class, () -> LaCodeListReader.read("la.csv", Bundled.csv(
        "LA Number,LA Name,Region,Type",
        "812,North East Lincolnshire,Humberside,UA",
        "343,Sefton,North West,Metropolitan",
        "343,Sefton again,North West,MD",
        "12,Short code,North West,MD"), ReadMode.STRICT));
    assertTrue(e.getMessage().startsWith("la.csv: 4 problems"), e.getMessage());
    assertTrue(e.getMessage().contains("la.csv, line 2, column Region: value 'Humberside', expected a region name"));
    assertTrue(e.getMessage().contains("la.csv, line 3, column Type: value 'Metropolitan', expected a council type"));
    assertTrue(e.getMessage().contains("la.csv, line 4, column LA Number: value '343', expected each LA number once"));
    assertTrue(e.getMessage().contains("la.csv, line 5, column LA Number: value '12', expected a three-digit DfE LA code"),
        e.getMessage());
  }
}
