package io.github.cscbriefs.reporting.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.data.local.LocalEvidenceReader;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.SourceCoverage;
import io.github.cscbriefs.model.SourceRelease;
import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.BriefDocument;
import io.github.cscbriefs.reporting.BriefOptions;
import io.github.cscbriefs.reporting.BulletList;
import io.github.cscbriefs.reporting.Cell;
import io.github.cscbriefs.reporting.ChartFigure;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Section;
import io.github.cscbriefs.reporting.Table;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A negative is stated only where a source covers it, never past the source's vintage, and each
 * brief lists only the sources it used: on the bundled data with the default run's local file
 * (North East Lincolnshire's), as the issue names them (Sefton 2021, North East Lincolnshire 2020,
 * North Northamptonshire 2025).
 */
class ProvenanceTest {

  private static final Dataset OFFICIAL = OfficialData.load();
  /** What the default run reads: the official data and North East Lincolnshire's example file. */
  private static final Dataset DEFAULT_RUN = new LocalEvidenceReader(OFFICIAL.councils(),
      OFFICIAL.indicators()).read(Path.of("..", "examples", "local", "north-east-lincolnshire.yaml"))
      .applyTo(OFFICIAL);
  private static final BriefProfiles PROFILES = BriefProfiles.of(DEFAULT_RUN);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Test
  void noInterventionIsDeniedWhereNoSourceCoversInterventions() {
    CouncilProfile sefton = profile("343", 2021);
    // The official data holds no interventions (Sefton had an improvement notice in May 2021).
    assertTrue(DEFAULT_RUN.coverage().stream().noneMatch(c -> c.kind() == SourceCoverage.Kind.INTERVENTIONS
        && c.covers("343")), DEFAULT_RUN.coverage().toString());
    String cover = Cover.intervention(sefton);
    assertFalse(cover.contains("None in force"), cover);
    assertTrue(cover.startsWith("Not in the official data"), cover);
    String text = text(compose(sefton));
    assertFalse(text.contains("No DfE intervention was in force"), text);
    assertFalse(text.contains("None in force"), text);
    assertTrue(text.contains("DfE interventions are not in the official data"), text);
  }

  @Test
  void noInspectionIsDeniedOutsideOfstedsCoverageNorPastItsVintage() {
    LocalDate vintage = DEFAULT_RUN.inspectionsAsAt().orElseThrow();
    for (String[] brief : List.of(new String[] {"343", "2021"}, new String[] {"940", "2025"},
        new String[] {"812", "2020"}, new String[] {"343", "2025"})) {
      CouncilProfile profile = profile(brief[0], Integer.parseInt(brief[1]));
      String text = text(compose(profile));
      assertFalse(text.contains("is on record"), text);
      assertFalse(text.contains("holds no inspection"), text);
      // No date past the Ofsted vintage bounds what Ofsted's data is said to hold or lack.
      for (String sentence : sentencesAbout(text, "Ofsted's")) {
        for (LocalDate d : dates(sentence)) {
          assertFalse(d.isAfter(vintage), brief[0] + " " + brief[1] + ": " + sentence);
        }
      }
      String history = InspectionHistory.coverage(profile);
      // What Ofsted's data covers, read from it: graded inspections since the first in its history
      // (January 2018) and visits only from the in-year sheet's first (April 2024).
      assertTrue(history.contains("graded inspections from January 2018 to "), history);
      // Visits are held only from April 2024: a brief dated before then says so, never "to" an earlier date.
      assertTrue(history.contains(profile.asAt().isBefore(LocalDate.of(2024, 4, 1))
          ? "visits only from April 2024, after this brief's date" : "visits from April 2024 to "), history);
      assertFalse(history.matches(".*April 2024 to \\d+ \\w+ (2018|2019|2020|2021|2022|2023).*"), history);
    }
    // Sefton's inspection of 2022 was published on 9 May 2022, after its 2021 brief's date.
    String none = InspectionHistory.noneOnRecord(profile("343", 2021));
    assertTrue(none.startsWith("No inspection or visit of Sefton published by 31 March 2022 is in the Ofsted "
        + "data read."), none);
    CouncilProfile sefton2021 = profile("343", 2021);
    assertTrue(InspectionHistory.coverage(sefton2021).contains("to 31 March 2022"),
        InspectionHistory.coverage(sefton2021));
    CouncilProfile sefton2025 = profile("343", 2025);
    assertTrue(InspectionHistory.coverage(sefton2025).contains("to " + DATE.format(vintage)),
        InspectionHistory.coverage(sefton2025));
  }

  @Test
  void aCouncilsOwnFileIsListedOnlyInItsOwnBrief() {
    SourceRelease nelFile = DEFAULT_RUN.sources().stream().filter(s -> s.file().equals("north-east-lincolnshire.yaml"))
        .findFirst().orElseThrow();
    for (String code : List.of("343", "940")) {
      Council council = DEFAULT_RUN.councils().require(code);
      BriefOptions options = BriefOptions.from(DEFAULT_RUN, council);
      assertFalse(options.sources().contains(nelFile), options.sources().toString());
      String text = text(BriefComposer.compose(PROFILES.profile(council, 2025), options, LocalDate.of(2026, 4, 1)));
      assertFalse(text.contains("north-east-lincolnshire.yaml"), text);
      assertFalse(text.contains("Local evidence file"), text);
    }
    BriefOptions nel = BriefOptions.from(DEFAULT_RUN, DEFAULT_RUN.councils().require("812"));
    assertTrue(nel.sources().contains(nelFile));
    assertEquals(OFFICIAL.sources().size() + 1, nel.sources().size());
  }

  @Test
  void theLocalFilesFactsArePrintedAtTheirPrecisionWithTheirSource() {
    CouncilProfile nel = profile("812", 2020);
    String cover = Cover.intervention(nel);
    assertEquals("Improvement notice from December 2019, no end recorded (the local evidence file)", cover);
    String text = text(compose(nel));
    assertTrue(text.contains("compiled from public reports (example)"), text);
    assertFalse(text.contains("supplied by the council"), text);
    // the file is named by what it is, never by this project's file name
    assertFalse(text.contains("north-east-lincolnshire.yaml"), text);
    assertFalse(text.contains("date approximate"), text);
    assertFalse(text.contains("primer"), text);
    // No invented day: the file gives these only to the month or year.
    for (String invented : List.of("1 December 2019", "1 March 2019", "1 October 2019", "1 January 2017",
        "1 July 2017", "1 July 2020", "1 September 2022")) {
      assertFalse(text.contains(invented), invented + " in the brief");
    }
    assertTrue(text.contains("March 2019"), text);
    assertTrue(text.contains("The Lincolnite"), text);
  }

  private static CouncilProfile profile(String code, int year) {
    return PROFILES.profile(DEFAULT_RUN.councils().require(code), year);
  }

  private static BriefDocument compose(CouncilProfile profile) {
    return BriefComposer.compose(profile, BriefOptions.from(DEFAULT_RUN, profile.council()),
        LocalDate.of(2026, 4, 1));
  }

  /** The cover and every section's words, alt texts and table cells included. */
  static String text(BriefDocument document) {
    List<String> out = new ArrayList<>();
    document.cover().forEach(b -> collect(b, out));
    for (Section s : document.sections()) {
      out.add(s.title());
      s.blocks().forEach(b -> collect(b, out));
    }
    return String.join("\n", out);
  }

  private static void collect(Block block, List<String> out) {
    if (block instanceof Paragraph p) {
      out.add(p.text());
    } else if (block instanceof BulletList l) {
      l.items().forEach(p -> out.add(p.text()));
    } else if (block instanceof Table t) {
      t.rows().forEach(r -> out.add(String.join(" | ", r.stream().map(Cell::text).toList())));
    } else if (block instanceof ChartFigure f) {
      out.add(f.altText());
      out.add(f.caption());
      collect(f.data(), out);
    }
  }

  private static List<String> sentencesAbout(String text, String word) {
    return List.of(text.split("(?<=[.;\\n])")).stream().filter(s -> s.contains(word)).toList();
  }

  private static List<LocalDate> dates(String text) {
    Matcher m = Pattern.compile("\\b(\\d{1,2} (January|February|March|April|May|June|July|August|September"
        + "|October|November|December) \\d{4})\\b").matcher(text);
    List<LocalDate> found = new ArrayList<>();
    while (m.find()) {
      found.add(LocalDate.parse(m.group(1), DATE));
    }
    return found;
  }
}
