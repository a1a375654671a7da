package io.github.cscbriefs.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Workforce;
import io.github.cscbriefs.reporting.Wording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which councils, years and local files a run takes together: several years for metrics as for
 * brief, an abolished council for the years it existed, a local file only with its own council,
 * and a local file's newer figures reported beside the latest published year.
 */
class RunSelectionTest {

  private static Dataset official;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    official = OfficialData.load();
  }

  private Path file(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  /** The CSV's cell of {@code column} in each data row whose indicator is caseload. */
  private static List<String> caseload(String csv, String column) {
    List<String> lines = csv.lines().toList();
    int at = List.of(lines.get(0).split(",")).indexOf(column);
    return lines.stream().skip(1).map(l -> l.split(",")).filter(cells -> cells[3].equals("caseload"))
        .map(cells -> cells[at]).toList();
  }

  @Test
  void metricsTakesSeveralYearsListedOrRepeatedAsBriefDoes() {
    CommandRun listed = CommandRun.of("metrics", "--la", "812", "--year", "2020,2021");
    CommandRun repeated = CommandRun.of("metrics", "--la", "812", "--year", "2020", "--year", "2021", "--year", "2020");
    assertEquals(0, listed.exitCode(), listed.err());
    assertEquals(List.of("2020", "2021"), caseload(listed.out(), "year"));
    assertEquals(listed.out(), repeated.out());
    Council nel = official.councils().require("812");
    assertEquals(List.of(2020, 2021).stream().map(y -> Wording.number(official.figuresFor(Workforce.PUBLICATION,
        nel, y).orElseThrow().value(Workforce.CASELOAD_FTE).asDouble().orElseThrow(), 1)).toList(),
        caseload(listed.out(), "value"));
  }

  @Test
  void anAbolishedCouncilIsReportedForTheYearsItExistedAndRefusedAfterNamingItsSuccessors() {
    CommandRun before = CommandRun.of("metrics", "--la", "Northamptonshire", "--year", "2020");
    assertEquals(0, before.exitCode(), before.err());
    Council northamptonshire = official.councils().require("928");
    assertEquals(List.of(Wording.number(official.figuresFor(Workforce.PUBLICATION, northamptonshire, 2020)
        .orElseThrow().value(Workforce.CASELOAD_FTE).asDouble().orElseThrow(), 1)), caseload(before.out(), "value"));
    assertEquals(List.of("928"), before.out().lines().skip(1).map(l -> l.split(",")[0]).distinct().toList());
    for (String[] args : List.of(new String[] {"metrics", "--la", "Northamptonshire", "--year", "2021"},
        new String[] {"metrics", "--la", "Northamptonshire"}, new String[] {"brief", "--la", "928", "--year", "2020,2021",
            "--out", dir.resolve("out").toString()})) {
      CommandRun after = CommandRun.of(args);
      assertEquals(2, after.exitCode(), String.join(" ", args));
      assertEquals("csc-briefs: Northamptonshire no longer exists: since 2021 its children's services are run by "
          + "North Northamptonshire and West Northamptonshire; choose one of those, or a --year from 2017 to 2020, "
          + "when it had figures of its own\n", after.err(), String.join(" ", args));
    }
  }

  @Test
  void aLocalFileForACouncilNotInTheRunIsRefusedNamingTheFileItsCouncilAndThoseAskedFor() throws IOException {
    Path sefton = file("sefton.yaml", "council: Sefton\ninterventions:\n  - type: improvement-notice\n"
        + "    start: 2021-05-01\n");
    CommandRun knowsley = CommandRun.of("metrics", "--la", "Knowsley", "--local", sefton.toString());
    assertEquals(2, knowsley.exitCode(), knowsley.err());
    assertEquals("csc-briefs: the local file sefton.yaml is for Sefton, which is not among the councils asked for "
        + "(Knowsley); give it with --la \"Sefton\" or leave it out\n", knowsley.err());
    CommandRun london = CommandRun.of("metrics", "--region", "London", "--table", "actions", "--local", sefton.toString());
    assertEquals(2, london.exitCode(), london.err());
    assertTrue(london.err().contains("(the councils of London)"), london.err());
    // in a run that covers Sefton, the file applies to Sefton only
    CommandRun northWest = CommandRun.of("metrics", "--region", "North West", "--table", "actions",
        "--year", "2021", "--local", sefton.toString());
    CommandRun without = CommandRun.of("metrics", "--region", "North West", "--table", "actions", "--year", "2021");
    assertEquals(0, northWest.exitCode(), northWest.err());
    assertEquals(without.out().lines().filter(l -> !l.startsWith("343,")).toList(),
        northWest.out().lines().filter(l -> !l.startsWith("343,")).toList());
  }

  @Test
  void aYearOnlyALocalFileCoversIsReportedAtTheLatestPublishedYearWithTheCouncilsOwnFiguresBeside()
      throws IOException {
    int published = official.latestYear();
    int newer = published + 1;
    Path nel = file("nel.yaml", "council: North East Lincolnshire\nworkforce:\n  - year: " + newer
        + "\n    caseload_fte: 35\n");
    CommandRun asked = CommandRun.of("metrics", "--la", "812", "--year", String.valueOf(newer), "--local", nel.toString());
    CommandRun latest = CommandRun.of("metrics", "--la", "812", "--year", String.valueOf(published));
    assertEquals(0, asked.exitCode(), asked.err());
    assertEquals(latest.out(), asked.out(), "ranks, bands and England are the published year's");
    assertEquals("csc-briefs: DfE has not published workforce figures for " + newer + " (only a local file has figures "
        + "for it): reporting " + published + ", the latest published year, with the council's own " + newer
        + " figures beside it\n", asked.err());
    CommandRun json = CommandRun.of("metrics", "--la", "812", "--year", String.valueOf(newer), "--local", nel.toString(),
        "--format", "json");
    assertTrue(json.out().contains("\"year\" : " + published), json.out());
  }
}
