package io.github.cscbriefs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.model.Closeness;
import io.github.cscbriefs.model.Neighbour;
import io.github.cscbriefs.model.NeighbourGroup;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NeighbourReaderTest {

  private static List<NeighbourGroup> bundled(String resource, int year) throws IOException {
    try (Reader r = Bundled.reader(resource)) {
      return NeighbourReader.read("sn.csv", r, year, Bundled.councils(), ReadMode.STRICT).records();
    }
  }

  private static NeighbourGroup of(List<NeighbourGroup> groups, String code) {
    return groups.stream().filter(g -> g.laCode().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void reads153GroupsOfTenFromThe2025Model() throws IOException {
    List<NeighbourGroup> groups = bundled(Bundled.SN_2025, 2025);
    assertEquals(153, groups.size());
    assertTrue(groups.stream().allMatch(g -> g.neighbours().size() == 10 && g.modelYear() == 2025));
    NeighbourGroup barking = of(groups, "301");
    assertEquals(new Neighbour(1, "308", Closeness.CLOSE), barking.neighbours().get(0));
    assertEquals(new Neighbour(10, "203", Closeness.SOMEWHAT_CLOSE), barking.neighbours().get(9));
  }

  @Test
  void readsThe2021GroupingsByPositionIncludingOldCouncils() throws IOException {
    List<NeighbourGroup> groups = bundled(Bundled.SN_2021, 2021);
    assertEquals(156, groups.size());
    assertEquals(new Neighbour(1, "213", Closeness.VERY_CLOSE), of(groups, "202").neighbours().get(0));
    assertEquals(new Neighbour(1, "886", Closeness.VERY_CLOSE), of(groups, "928").neighbours().get(0));
    assertEquals(Closeness.EXTREMELY_CLOSE, of(groups, "835").neighbours().get(0).closeness());
  }

  @Test
  void takesTheModelYearFromTheFileName() {
    assertEquals(OptionalInt.of(2025), NeighbourReader.modelYear("sn_model_2025_wide.csv"));
    assertEquals(OptionalInt.of(2021), NeighbourReader.modelYear("statistical_neighbour_groupings_april_2021.csv"));
    assertEquals(OptionalInt.empty(), NeighbourReader.modelYear("neighbours.csv"));
  }

  @Test
  void reportsUnknownCodesBandsSelfAndRepeats() {
    DataFileException e = assertThrows(DataFileException.class, () -> NeighbourReader.read("sn.csv", Bundled.csv(
        "\uFEFFold_la_code,la_name,SN_1,SN_1P,SN_2,SN_2P",
        "301,Barking and Dagenham,999,Close ,308,Quite close",
        "302,Barnet,302,Close,308,Close",
        "301,Barking and Dagenham,308,Close,320,Close"), 2025, Bundled.councils(), ReadMode.STRICT));
    assertTrue(e.getMessage().startsWith("sn.csv: 4 problems"), e.getMessage());
    assertTrue(e.getMessage().contains("sn.csv, line 2, column SN_1: value '999', expected a neighbour's LA code"));
    assertTrue(e.getMessage().contains("sn.csv, line 2, column SN_2P: value 'Quite close', expected Extremely close"));
    assertTrue(e.getMessage().contains("sn.csv, line 3, column old_la_code: value '302', expected neighbours ranked"),
        e.getMessage());
    assertTrue(e.getMessage().contains("sn.csv, line 4, column old_la_code: value '301', expected each council once"));
  }
}
