package io.github.cscbriefs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The names people type: official names, their aliases, "… Council" forms, and the closest names on a miss. */
class CouncilNamesTest {

  private static final Council BRISTOL = new Council("801", List.of("E06000023"), "Bristol, City of",
      Region.SOUTH_WEST, CouncilType.UNITARY_AUTHORITY, true);
  private static final Council DURHAM = new Council("840", List.of("E06000047"), "Durham",
      Region.NORTH_EAST, CouncilType.UNITARY_AUTHORITY, true);
  private static final Council SEFTON = new Council("343", List.of("E08000014"), "Sefton",
      Region.NORTH_WEST, CouncilType.METROPOLITAN_DISTRICT, true);
  private static final Council NORTHANTS = new Council("928", List.of("E10000021"), "Northamptonshire",
      Region.EAST_MIDLANDS, CouncilType.SHIRE_COUNTY, false);
  private static final Council NORTH = new Council("940", List.of("E06000061"), "North Northamptonshire",
      Region.EAST_MIDLANDS, CouncilType.UNITARY_AUTHORITY, true);
  private static final Council WEST = new Council("941", List.of("E06000062"), "West Northamptonshire",
      Region.EAST_MIDLANDS, CouncilType.UNITARY_AUTHORITY, true);

  private static CouncilDirectory directory() {
    return new CouncilDirectory(List.of(BRISTOL, DURHAM, SEFTON, NORTHANTS, NORTH, WEST),
        List.of(new Reorganisation(2021, List.of("928"), List.of("940", "941"), "split")), List.of(),
        Map.of("Bristol", "801", "County Durham", "840"));
  }

  @Test
  void anAliasFindsItsCouncil() {
    CouncilDirectory d = directory();
    assertEquals(Optional.of(BRISTOL), d.find("bristol"));
    assertEquals(Optional.of(DURHAM), d.find("COUNTY DURHAM"));
    assertEquals(Optional.of(BRISTOL), d.find("Bristol, City of"));
    assertEquals(Map.of("Bristol", "801", "County Durham", "840"), d.aliases());
  }

  @Test
  void theWordsOfACouncilsTitleAreIgnored() {
    CouncilDirectory d = directory();
    assertEquals(Optional.of(SEFTON), d.find("Sefton Council"));
    assertEquals(Optional.of(SEFTON), d.find("Sefton Metropolitan Borough Council"));
    assertEquals(Optional.of(DURHAM), d.find("Durham County Council"));
    assertEquals(Optional.of(BRISTOL), d.find("Bristol City Council"));
  }

  @Test
  void aMissSuggestsTheClosestCurrentCouncils() {
    CouncilDirectory d = directory();
    assertEquals(Optional.empty(), d.find("Bristl"));
    assertEquals(List.of(BRISTOL), d.closest("Bristl", 3));
    assertEquals(List.of(SEFTON), d.closest("sefon", 3));
    assertEquals(List.of(NORTH, WEST), d.closest("Northampton", 3));
    assertEquals(List.of(), d.closest("Atlantis", 3));
    assertEquals(List.of(), d.closest("x", 3));
  }

  @Test
  void anAliasOfAnUnknownCodeIsRefused() {
    assertThrows(ModelViolationException.class, () -> new CouncilDirectory(List.of(SEFTON), List.of(), List.of(),
        Map.of("Seftonia", "999")));
  }
}
