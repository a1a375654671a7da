package io.github.cscbriefs.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CscBriefsCommandTest {

  @TempDir Path dir;

  private static CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  @Test
  void helpIsAvailableOnEveryCommand() {
    for (String[] args : List.of(new String[] {"--help"}, new String[] {"brief", "--help"},
        new String[] {"metrics", "--help"}, new String[] {"list", "--help"})) {
      CommandRun r = run(args);
      assertEquals(0, r.exitCode(), String.join(" ", args));
      assertTrue(r.out().contains("Usage:"), r.out());
    }
    assertTrue(run("brief", "--help").out().contains("--workforce"));
  }

  @Test
  void badArgumentsAreUsageErrorsWithOneLineAndNoStackTrace() {
    CommandRun unknownOption = run("brief", "--colour", "blue");
    assertEquals(2, unknownOption.exitCode());
    assertTrue(unknownOption.err().startsWith("csc-briefs: Unknown options: '--colour', 'blue'\n"), unknownOption.err());
    assertFalse(unknownOption.err().contains("\tat "), unknownOption.err());

    CommandRun badFormat = run("metrics", "--la", "812", "--format", "xml");
    assertEquals(2, badFormat.exitCode(), badFormat.err());
  }

  @Test
  void anUnknownCouncilOrYearIsAUsageError() {
    CommandRun council = run("metrics", "--la", "Atlantis", "--la", "999");
    assertEquals(2, council.exitCode(), council.err());
    assertEquals("csc-briefs: unknown councils 'Atlantis', '999'; 'csc-briefs list' shows every council with its codes\n",
        council.err());
    CommandRun year = run("metrics", "--la", "812", "--year", "2031");
    assertEquals(2, year.exitCode());
    assertTrue(year.err().contains("no workforce figures for --year 2031; the data covers 2017–2025"), year.err());
    CommandRun none = run("brief");
    assertEquals(2, none.exitCode());
    assertTrue(none.err().contains("exactly one of --la, --region or --all"), none.err());
  }

  @Test
  void aBrokenDataFileFailsWithFileLineAndValueAndWritesNothing() throws IOException {
    Path csv = dir.resolve("workforce.csv");
    Files.writeString(csv, "time_period,geographic_level,country_code,region_code,old_la_code,new_la_code,"
        + "la_name,caseload_fte\n2025,National,E92000001,,,,,lots\n");
    Path out = dir.resolve("briefs");
    CommandRun r = run("brief", "--la", "Sefton", "--workforce", csv.toString(), "--out", out.toString());
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(r.err().contains("workforce.csv, line 2, column caseload_fte: value 'lots'"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(Files.exists(out));
    CommandRun debug = run("brief", "--la", "Sefton", "--workforce", csv.toString(), "--debug");
    assertTrue(debug.err().contains("\tat "), "--debug adds the stack trace");
  }

  @Test
  void aBrokenLocalFileFailsWithItsLine() throws IOException {
    Path local = dir.resolve("local.yaml");
    Files.writeString(local, "council: Sefton\ninterventions:\n  - type: takeover\n    start: 2021-05-01\n");
    CommandRun r = run("list", "--local", local.toString());
    assertEquals(1, r.exitCode());
    assertEquals("csc-briefs: local.yaml, line 3, column interventions[0].type: value 'takeover', expected one of "
        + "improvement-notice, statutory-direction, commissioner, trust, partnership\n", r.err());
  }

  @Test
  void listShowsCouncilsWithCodesRegionAndLatestJudgement() {
    CommandRun r = run("list");
    assertEquals(0, r.exitCode(), r.err());
    String nel = r.out().lines().filter(l -> l.contains("North East Lincolnshire")).findFirst().orElseThrow();
    assertTrue(nel.startsWith("812   E06000012"), nel);
    assertTrue(nel.contains("Yorkshire and The Humber") && nel.contains("Inadequate (2021-10-04)"), nel);
    assertEquals(154, r.out().lines().count(), "a header and 153 current councils");
  }

  @Test
  void metricsPrintsEveryIndicatorAsCsvOrJson() {
    CommandRun csv = run("metrics", "--la", "north east lincolnshire", "--year", "2020");
    assertEquals(0, csv.exitCode(), csv.err());
    List<String> lines = csv.out().lines().toList();
    assertTrue(lines.get(0).startsWith("la_code,council,year,indicator,label,unit,polarity,value,england,"), lines.get(0));
    String caseload = lines.stream().filter(l -> l.contains(",caseload,")).findFirst().orElseThrow();
    assertTrue(caseload.startsWith("812,North East Lincolnshire,2020,caseload,Average caseload,cases_per_fte,lower_is_better,24.9,16.3,"), caseload);
    CommandRun json = run("metrics", "--la", "E06000012", "--year", "2020", "--format", "json");
    assertEquals(0, json.exitCode(), json.err());
    assertTrue(json.out().contains("\"indicator\" : \"caseload\""), json.out());
  }

  @Test
  void briefWritesAPdfNamedAfterTheCouncilAndSaysWhere() throws IOException {
    Path out = dir.resolve("briefs");
    CommandRun r = run("brief", "--la", "343", "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    Path pdf = out.resolve("sefton-2025.pdf");
    assertTrue(r.out().contains(pdf.toAbsolutePath().toString()), r.out());
    assertTrue(r.out().contains("Wrote 1 brief to "), r.out());
    byte[] head = new byte[5];
    try (var in = Files.newInputStream(pdf)) {
      assertEquals(5, in.read(head));
    }
    assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII));
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(List.of(out.resolve("sefton-2025.html"), pdf), files.sorted().toList(),
          "both editions (the default), no temporary files left behind");
    }
  }

  @Test
  void anUnwritableBriefFailsAloneAndTheBatchExitsOne() throws IOException {
    Path out = dir.resolve("briefs");
    Files.createDirectories(out.resolve("sefton-2025.pdf")); // a folder where Sefton's PDF should go
    CommandRun r = run("brief", "--la", "Sefton", "--la", "Wigan", "--out", out.toString());
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("csc-briefs: Sefton: "), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.out().contains("Wrote 1 brief to ") && r.out().contains("1 failed"), r.out());
    assertTrue(Files.size(out.resolve("wigan-2025.pdf")) > 10_000);
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(3, files.count(),
          "Wigan's PDF and HTML and the folder in Sefton's place; no temporary file");
    }
  }

  @Test
  void eachYearHasItsOwnFileAndSeveralYearsGoInOneRun() throws IOException {
    Path out = dir.resolve("briefs");
    CommandRun both = run("brief", "--la", "Sefton", "--year", "2021", "--year", "2025", "--out", out.toString());
    assertEquals(0, both.exitCode(), both.err());
    assertTrue(both.out().contains("Wrote 2 briefs to "), both.out());
    Path y2021 = out.resolve("sefton-2021.pdf");
    Path y2025 = out.resolve("sefton-2025.pdf");
    byte[] latest = Files.readAllBytes(y2025);
    assertFalse(java.util.Arrays.equals(Files.readAllBytes(y2021), latest), "two different briefs");

    CommandRun again = run("brief", "--la", "Sefton", "--year", "2021", "--out", out.toString());
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(java.util.Arrays.equals(latest, Files.readAllBytes(y2025)), "2021 never overwrites 2025");

    CommandRun listed = run("brief", "--la", "Wigan", "--year", "2023,2024,2023", "--out", out.toString());
    assertEquals(0, listed.exitCode(), listed.err());
    assertTrue(Files.exists(out.resolve("wigan-2023.pdf")) && Files.exists(out.resolve("wigan-2024.pdf")));
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(8, files.count(), "a PDF and an HTML page per council and year, no temporary files");
    }
  }
}
