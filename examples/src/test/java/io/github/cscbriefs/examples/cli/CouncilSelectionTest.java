package io.github.cscbriefs.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Region;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The names people type for councils and regions, against the bundled directory. */
class CouncilSelectionTest {

  private static Dataset dataset;
  private static CouncilDirectory directory;

  @BeforeAll
  static void load() {
    dataset = OfficialData.load();
    directory = dataset.councils();
  }

  private static List<Council> la(String... names) {
    CouncilSelection selection = new CouncilSelection();
    selection.councils.addAll(List.of(names));
    return selection.resolve(directory);
  }

  private static String refusal(CouncilSelection selection) {
    return assertThrows(CscBriefsCommand.UsageProblem.class, () -> selection.resolve(directory)).getMessage();
  }

  @ParameterizedTest
  @CsvSource({"Bristol, 801", "City of Bristol, 801", "Bristol City Council, 801", "Hull, 810",
      "Kingston upon Hull, 810", "County Durham, 840", "Durham County Council, 840", "BCP, 839",
      "'Bournemouth, Christchurch & Poole', 839", "Bedford, 822", "'Herefordshire, County of', 884",
      "St Helens, 342", "Hammersmith & Fulham, 205", "Sefton Council, 343", "Royal Borough of Greenwich, 203"})
  void theNamesDfeOfstedAndCouncilsUseAreAccepted(String name, String laCode) {
    assertEquals(laCode, la(name).get(0).laCode(), name);
  }

  @Test
  void aMissSuggestsTheClosestNames() {
    CouncilSelection selection = new CouncilSelection();
    selection.councils.addAll(List.of("Bristl", "Atlantis", "Sefon"));
    assertEquals("unknown councils 'Bristl' (did you mean 'Bristol, City of'?), 'Atlantis', "
        + "'Sefon' (did you mean 'Sefton'?); 'csc-briefs list' shows every council with its codes",
        refusal(selection));
  }

  @Test
  void aCouncilThatNoLongerExistsIsRefusedForYearsAfterItEndedNamingItsSuccessors() {
    for (String name : List.of("Northamptonshire", "928", "E10000021")) {
      assertEquals("Northamptonshire no longer exists: since 2021 its children's services are run by "
          + "North Northamptonshire and West Northamptonshire; choose one of those, or a --year from 2017 to 2020, "
          + "when it had figures of its own", refusal(la(name), 2021), name);
    }
    assertEquals("Poole no longer exists: since 2019 its children's services are run by "
        + "Bournemouth, Christchurch and Poole; choose that one, or a --year from 2017 to 2018, when it had "
        + "figures of its own", refusal(la("Poole"), 2025));
  }

  @Test
  void aCouncilThatNoLongerExistsCanBeChosenForTheYearsItRanItsServicesWithFiguresOfItsOwn() {
    // Northamptonshire's last workforce return is 2020's (North and West Northamptonshire's from 2021)
    int last = dataset.councils().reorganisations().stream().filter(r -> r.predecessors().contains("928"))
        .mapToInt(io.github.cscbriefs.model.Reorganisation::firstYear).min().orElseThrow() - 1;
    assertEquals(2020, last);
    List<Council> northamptonshire = la("Northamptonshire");
    assertEquals("928", northamptonshire.get(0).laCode());
    CouncilSelection.requireExisting(dataset, northamptonshire, List.of(2017, last));
    refusal(northamptonshire, last + 1);
  }

  private static String refusal(List<Council> councils, int year) {
    return assertThrows(CscBriefsCommand.UsageProblem.class,
        () -> CouncilSelection.requireExisting(dataset, councils, List.of(year))).getMessage();
  }

  @Test
  void aRegionIsFoundByNameOrGssCode() {
    CouncilSelection byCode = new CouncilSelection();
    byCode.region = "E12000002";
    CouncilSelection byName = new CouncilSelection();
    byName.region = "north west";
    assertEquals(directory.inRegion(Region.NORTH_WEST), byCode.resolve(directory));
    assertEquals(byName.resolve(directory), byCode.resolve(directory));
    CouncilSelection inner = new CouncilSelection();
    inner.region = "e13000001";
    assertEquals(directory.inRegion(Region.INNER_LONDON), inner.resolve(directory));
    CouncilSelection unknown = new CouncilSelection();
    unknown.region = "E12000010";
    assertEquals(true, refusal(unknown).startsWith("unknown region 'E12000010'; expected a name or GSS code: "
        + "North East (E12000001), North West (E12000002)"), refusal(unknown));
  }
}
