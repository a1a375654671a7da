package io.github.cscbriefs.data.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.DataFileException;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.CouncilType;
import io.github.cscbriefs.model.IndicatorCatalogue;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.InspectionType;
import io.github.cscbriefs.model.InterventionType;
import io.github.cscbriefs.model.JudgementArea;
import io.github.cscbriefs.model.Region;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.Workforce;
import io.github.cscbriefs.model.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalEvidenceReaderTest {

  @TempDir Path dir;

  private static CouncilDirectory directory() {
    return new CouncilDirectory(List.of(new Council("812", List.of("E06000012"),
        "North East Lincolnshire", Region.YORKSHIRE_AND_THE_HUMBER, CouncilType.UNITARY_AUTHORITY, true)),
        List.of(), List.of());
  }

  private LocalEvidence read(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return new LocalEvidenceReader(directory(), IndicatorCatalogue.defaults()).read(file);
  }

  private DataFileException failure(String name, String content) {
    return assertThrows(DataFileException.class, () -> read(name, content));
  }

  private static String lines(DataFileException e) {
    return e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  @Test
  void theShippedNorthEastLincolnshireExampleIsValid() throws IOException {
    Path example = Path.of("../examples/local/north-east-lincolnshire.yaml");
    LocalEvidence evidence = new LocalEvidenceReader(directory(), IndicatorCatalogue.defaults()).read(example);
    assertEquals("812", evidence.council().laCode());
    assertEquals(5, evidence.inspections().size());
    assertEquals(InspectionType.FOCUSED_VISIT, evidence.inspections().get(1).type());
    assertEquals(List.of(InterventionType.IMPROVEMENT_NOTICE, InterventionType.STATUTORY_DIRECTION,
        InterventionType.COMMISSIONER, InterventionType.PARTNERSHIP),
        evidence.interventions().stream().map(i -> i.type()).toList());
    // Compiled from public reports: every fact cites its source, and no date is more precise than
    // its source (the improvement notice is known to the month, the 2017 judgement to the year).
    assertTrue(evidence.inspections().stream().allMatch(i -> i.citation().isPresent()), evidence.toString());
    assertTrue(evidence.interventions().stream().allMatch(i -> i.citation().isPresent()), evidence.toString());
    assertEquals(io.github.cscbriefs.model.PartialDate.month(2019, 12), evidence.interventions().get(0).start());
    assertEquals(io.github.cscbriefs.model.PartialDate.year(2017), evidence.inspections().get(0).published());
    assertEquals("compiled from public reports (example)", evidence.source().release());
    assertEquals(java.util.Optional.of("812"), evidence.source().laCode());
    assertEquals(4, evidence.plan().size());
    assertEquals(20.0, evidence.plan().get(0).measure().orElseThrow().baseline());
  }

  @Test
  void aDateKnownOnlyToItsMonthOrYearKeepsThatPrecision() throws IOException {
    LocalEvidence evidence = read("p.yaml", """
        council: "812"
        inspections:
          - type: focused-visit
            start: 2019-03
            published: 2019
        interventions:
          - type: improvement-notice
            start: 2019-12
            end: 2022
            source: "DfE, improvement notice"
        """);
    io.github.cscbriefs.model.Inspection visit = evidence.inspections().get(0);
    assertEquals(io.github.cscbriefs.model.DatePrecision.MONTH, visit.start().precision());
    assertEquals(java.time.LocalDate.of(2019, 3, 1), visit.start().earliest());
    assertEquals(io.github.cscbriefs.model.DatePrecision.YEAR, visit.published().precision());
    assertEquals(java.time.LocalDate.of(2019, 12, 31), visit.published().latest());
    io.github.cscbriefs.model.Intervention notice = evidence.interventions().get(0);
    assertEquals("2019-12", notice.start().toString());
    assertEquals("2022", notice.end().orElseThrow().toString());
    assertEquals(java.util.Optional.of("DfE, improvement notice"), notice.citation());
    assertTrue(evidence.coversInterventions());
    // In force from the end of its month only: never on an invented first day.
    assertFalse(notice.isInForceOn(java.time.LocalDate.of(2019, 12, 15)));
    assertTrue(notice.isInForceOn(java.time.LocalDate.of(2020, 3, 31)));
    assertFalse(read("q.yaml", "council: \"812\"\n").coversInterventions());
  }

  @Test
  void yamlAndJsonGiveTheSameEvidence() throws IOException {
    LocalEvidence yaml = read("a.yaml", """
        council: "812"
        workforce:
          - year: 2026
            caseload_fte: 19.4
            agency_rate_fte: c
        """);
    LocalEvidence json = read("a.json", """
        {"council": "E06000012", "workforce": [{"year": 2026, "caseload_fte": 19.4, "agency_rate_fte": "c"}]}
        """);
    assertEquals(yaml.workforce(), json.workforce());
    assertEquals(Value.of(19.4), yaml.workforce().get(0).value(Workforce.CASELOAD_FTE));
    assertEquals("c", yaml.workforce().get(0).value(Workforce.AGENCY_RATE_FTE).toString());
  }

  @Test
  void malformedSyntaxNamesTheLine() {
    DataFileException e = failure("bad.yaml", "council: 812\ninspections:\n  - type: [unclosed\n");
    assertEquals(1, e.problems().size(), lines(e));
    assertTrue(e.problems().get(0).where().line() >= 3, lines(e));
    assertTrue(e.problems().get(0).expected().startsWith("well-formed YAML"), lines(e));
  }

  @Test
  void everyUnknownKeyIsReportedWithItsLine() {
    DataFileException e = failure("keys.yaml", """
        council: "812"
        colour: blue
        interventions:
          - type: commissioner
            start: 2021-12-01
            sponsor: DfE
        """);
    assertEquals(2, e.problems().size(), lines(e));
    assertEquals("colour", e.problems().get(0).value(), lines(e));
    assertEquals(2, e.problems().get(0).where().line());
    assertEquals("sponsor", e.problems().get(1).value());
    assertEquals(6, e.problems().get(1).where().line());
    assertEquals("interventions[0].sponsor", e.problems().get(1).where().column().orElseThrow());
  }

  @Test
  void wrongTypesAndBadValuesAreAllReportedWithPathValueAndExpectation() {
    DataFileException e = failure("values.yaml", """
        council: "812"
        inspections:
          - type: surprise-visit
            start: 2019-13-01
            published: 2019-08-01
        interventions:
          - type: commissioner
            start: 2022-01-10
            end: 2021-01-01
        plan:
          - id: "1"
            title: Caseloads
            owner: DCS
            measure:
              indicator: happiness
              baseline: 20
              baseline-year: 2021
              target: 16
              target-year: 2024
        """);
    String all = lines(e);
    assertEquals(4, e.problems().size(), all);
    assertTrue(all.contains("values.yaml, line 3, column inspections[0].type: value 'surprise-visit', expected one of ilacs-standard"), all);
    assertTrue(all.contains("line 4, column inspections[0].start: value '2019-13-01', expected a date as YYYY-MM-DD"), all);
    assertTrue(all.contains("column interventions[0].end: value '2021-01-01', expected a date on or after start (2022-01-10)"), all);
    assertTrue(all.contains("column plan[0].measure.indicator: value 'happiness', expected an indicator id: caseload"), all);
  }

  @Test
  void datesOutOfOrderAreReportedAtTheEntry() {
    DataFileException e = failure("order.yaml", """
        council: "812"
        inspections:
          - type: ilacs-standard
            start: 2021-10-04
            end: 2021-10-15
            published: 2021-10-01
            judgements:
              overall-effectiveness: inadequate
        plan:
          - id: "1"
            title: Caseloads
            owner: DCS
            measure:
              indicator: caseload
              baseline: 20
              baseline-year: 2024
              target: 16
              target-year: 2023
        """);
    String all = lines(e);
    assertEquals(2, e.problems().size(), all);
    assertEquals("order.yaml, line 6, column inspections[0].published: value '2021-10-01', expected a date on or "
        + "after end (2021-10-15)", e.problems().get(0).toString());
    assertEquals("order.yaml, line 18, column plan[0].measure.target-year: value '2023', expected a target year "
        + "after the baseline-year (2024)", e.problems().get(1).toString());
  }

  @Test
  void numbersNoMeasureCanHoldAreReportedNotThrown() {
    DataFileException e = failure("inf.yaml", """
        council: "812"
        workforce:
          - year: 2024
            caseload_fte: NaN
            agency_rate_fte: 1e999
            turnover_rate_fte: -Infinity
        """);
    assertEquals(3, e.problems().size(), lines(e));
    assertTrue(lines(e).contains("inf.yaml, line 4, column workforce[0].caseload_fte: value 'NaN', expected a number"),
        lines(e));
  }

  @Test
  void aNonZeroNumberSoSmallItWouldReadAsZeroIsRefusedWithItsLineKeyAndValue() {
    DataFileException e = failure("tiny.yaml", """
        council: "812"
        workforce:
          - year: 2024
            caseload_fte: 1e-999
            agency_rate_fte: 0e-999
        plan:
          - id: "1"
            title: Bring caseloads down
            owner: Director of children's services
            measure:
              indicator: caseload
              baseline: 20.0
              baseline-year: 2021
              target: 1e-400
              target-year: 2024
        """);
    String tooSmall = "expected a number that is 0 or at least 1e-300 in size (this one is too small to hold "
        + "and would read as 0)";
    assertEquals("tiny.yaml, line 4, column workforce[0].caseload_fte: value '1e-999', " + tooSmall + "\n"
        + "tiny.yaml, line 14, column plan[0].measure.target: value '1e-400', " + tooSmall, lines(e));
  }

  @Test
  void figuresForAYearAfterTheCurrentOneAreRefusedWithTheFileLineAndValue() throws IOException {
    Path file = dir.resolve("future.yaml");
    Files.writeString(file, """
        council: "812"
        workforce:
          - year: 2026
            caseload_fte: 19.4
          - year: 2027
            caseload_fte: 35
        """);
    DataFileException e = assertThrows(DataFileException.class,
        () -> new LocalEvidenceReader(directory(), IndicatorCatalogue.defaults(), 2026).read(file));
    assertEquals("future.yaml, line 5, column workforce[1].year: value '2027', expected a reporting year no later "
        + "than 2026 (the current year): figures are as at 30 September of their year", lines(e));
    assertEquals(List.of(2026, 2027), new LocalEvidenceReader(directory(), IndicatorCatalogue.defaults(), 2027)
        .read(file).workforce().stream().map(f -> f.year()).toList());
  }

  @Test
  void aListWhereAMappingIsExpectedIsAWrongType() {
    DataFileException e = failure("types.yaml", "council: \"812\"\nplan: twelve\n");
    assertEquals("plan", e.problems().get(0).where().column().orElseThrow(), lines(e));
    assertEquals(2, e.problems().get(0).where().line(), lines(e));
  }

  @Test
  void anUnknownCouncilIsReported() {
    DataFileException e = failure("who.yaml", "council: Atlantis\n");
    assertEquals("Atlantis", e.problems().get(0).value());
    assertEquals(1, e.problems().get(0).where().line());
  }

  @Test
  void judgementsOnAVisitAreReportedInTheUsersTermsNotAsAValidatorName() {
    DataFileException e = failure("visit.yaml", """
        council: "812"
        inspections:
          - type: focused-visit
            start: 2019-07-01
            published: 2019-08-01
            judgements:
              overall-effectiveness: good
          - type: ilacs-standard
            start: 2021-10-04
            published: 2021-11-26
            judgements:
              help-and-protection: inadequate
        """);
    String all = lines(e);
    assertEquals(2, e.problems().size(), all);
    assertEquals("visit.yaml, line 6, column inspections[0].judgements: value 'overall-effectiveness: good', "
        + "expected no judgements: a focused-visit gives no grades (only ilacs-standard, ilacs-short and sif do)",
        e.problems().get(0).toString());
    assertEquals("visit.yaml, line 11, column inspections[1].judgements: value 'help-and-protection: inadequate', "
        + "expected an overall-effectiveness grade: an ilacs-standard inspection is graded",
        e.problems().get(1).toString());
    assertFalse(all.contains("FitType"), all);
  }

  @Test
  void anInspectionsFindingsAreReadByAreaInTheFilesOrder() throws IOException {
    LocalEvidence evidence = read("findings.yaml", """
        council: "812"
        inspections:
          - type: ilacs-standard
            start: 2021-10-04
            published: 2021-11-26
            judgements:
              overall-effectiveness: inadequate
            findings:
              - area: help-and-protection
                text: "  Too many children are re-referred.  "
              - area: care leavers
                text: Pathway plans are out of date.
              - area: help-and-protection
                text: Strategy discussions are delayed.
        """);
    Inspection inspection = evidence.inspections().get(0);
    assertEquals(List.of("Too many children are re-referred.", "Strategy discussions are delayed."),
        inspection.findings(JudgementArea.HELP_AND_PROTECTION));
    assertEquals(List.of("Pathway plans are out of date."), inspection.findings(JudgementArea.CARE_LEAVERS));
    assertEquals(List.of(), inspection.findings(JudgementArea.CHILDREN_IN_CARE));
  }

  @Test
  void aFindingNeedsOneOfTheFourAreasAndText() {
    DataFileException e = failure("findings.yaml", """
        council: "812"
        inspections:
          - type: focused-visit
            start: 2019-07-01
            published: 2019-08-01
            findings:
              - area: overall-effectiveness
                text: Services are inadequate.
              - area: help-and-protecton
                text: Thresholds are unclear.
              - area: children-in-care
                text: " "
              - text: No area.
        """);
    String all = lines(e);
    assertEquals(4, e.problems().size(), all);
    String areas = "one of impact-of-leaders, help-and-protection, children-in-care, care-leavers";
    assertEquals("findings.yaml, line 7, column inspections[0].findings[0].area: value 'overall-effectiveness', "
        + "expected " + areas + " (a finding belongs to the area it is about; overall effectiveness is their sum)",
        e.problems().get(0).toString(), all);
    assertTrue(e.problems().get(1).toString().startsWith("findings.yaml, line 9, column "
        + "inspections[0].findings[1].area: value 'help-and-protecton'"), all);
    assertTrue(e.problems().get(1).toString().contains("did you mean 'help-and-protection'?"), all);
    assertEquals("findings.yaml, line 12, column inspections[0].findings[2].text: value ' ', "
        + "expected what the report said of the area, as text", e.problems().get(2).toString(), all);
    assertEquals("findings.yaml, line 13, column inspections[0].findings[3].area: value '', "
        + "expected the judgement area the finding is about: " + areas, e.problems().get(3).toString(), all);
  }

  @Test
  void theDomainsFieldNamesAreReportedAsTheFilesKeys() {
    DataFileException e = failure("names.yaml", """
        council: "812"
        inspections:
          - type: focused-visit
            start: 2019-07-01
            published: 2019-08-01
            priority-actions: ["Reduce caseloads", " "]
        """);
    assertEquals("names.yaml, line 6, column inspections[0].priority-actions[1]: value ' ', expected must not be blank",
        e.problems().get(0).toString(), lines(e));
  }

  @Test
  void everyProblemOfAFileIsReportedAtOnceEachWithItsLineAndTheUsersKeyPath() {
    DataFileException e = failure("all.yaml", """
        council: "812"
        inspections:
          - type: focussed-visit
            start: 2020-07-01
            publshed: 2020-08-01
        interventions:
          - type: commissioner
            start: 2021-13-01
        plan:
          - id: "1"
            title: Caseloads
            owner: DCS
            milestone:
              - description: a
                due: 2022-03-31
              - description: b
                due: 2022-04-30
              - description: c
                due: 2023-01-01
            measure:
              indicator: caseload
              baseline: twenty
              baseline-year: 2021
              target: 16
              target-year: 2024
        """);
    String all = lines(e);
    assertEquals(List.of(
        "all.yaml, line 3, column inspections[0].type: value 'focussed-visit', expected one of ilacs-standard, "
            + "ilacs-short, focused-visit, monitoring-visit, jtai, sif (did you mean 'focused-visit'?)",
        "all.yaml, line 5, column inspections[0].publshed: value 'publshed', expected one of the keys type, start, "
            + "end, published, theme, judgements, priority-actions, recommendations, findings, link or source (did you mean 'published'?)",
        "all.yaml, line 8, column interventions[0].start: value '2021-13-01', expected a date as YYYY-MM-DD, or YYYY-MM or YYYY where only the month or year is known",
        "all.yaml, line 13, column plan[0].milestone: value 'milestone', expected one of the keys id, title, owner, "
            + "how, answers, milestones or measure (did you mean 'milestones'?)",
        "all.yaml, line 22, column plan[0].measure.baseline: value 'twenty', expected a number"),
        e.problems().stream().map(Problem::toString).toList(), all);
  }

  @Test
  void anUnknownKeyIsReportedAtTheKeyAsTypedNotInsideItsValue() {
    DataFileException e = failure("plan.yaml", """
        council: "812"
        plan:
          - id: "1"
            title: Caseloads
            owner: DCS
            milestone:
              - description: a
                due: 2022-03-31
              - description: b
                due: 2022-04-30
              - description: c
                due: 2023-01-01
        """);
    assertEquals(1, e.problems().size(), lines(e));
    assertEquals("plan[0].milestone", e.problems().get(0).where().column().orElseThrow(), lines(e));
    assertEquals(6, e.problems().get(0).where().line(), lines(e));
    assertTrue(e.problems().get(0).expected().endsWith("(did you mean 'milestones'?)"), lines(e));
  }

  @Test
  void jsonProblemsAreReportedAllAtOnceWithTheirLines() {
    DataFileException e = failure("all.json", """
        {
          "council": "812",
          "interventions": [
            {"type": "commissioner", "start": "2021-12-01", "ends": "2022-09-01"}
          ],
          "plan": [
            {"id": "1", "title": "Caseloads", "owner": "DCS",
             "milestones": [{"description": "a", "due": "2022-02-30"}]}
          ]
        }
        """);
    assertEquals(List.of(
        "all.json, line 4, column interventions[0].ends: value 'ends', expected one of the keys type, start, end, "
            + "description or source (did you mean 'end'?)",
        "all.json, line 8, column plan[0].milestones[0].due: value '2022-02-30', expected a date as YYYY-MM-DD"),
        e.problems().stream().map(Problem::toString).toList(), lines(e));
  }

  @Test
  void aKeyGivenTwiceIsReportedWithBothLinesAndTheRestIsStillChecked() {
    DataFileException e = failure("twice.yaml", """
        council: "812"
        interventions:
          - type: commissioner
            start: 2021-12-01
            start: 2022-01-01
            end: someday
        """);
    assertEquals(List.of(
        "twice.yaml, line 5, column interventions[0].start: value 'start', expected each key once (start is "
            + "already given at line 4)",
        "twice.yaml, line 6, column interventions[0].end: value 'someday', expected a date as YYYY-MM-DD, or YYYY-MM or YYYY where only the month or year is known"),
        e.problems().stream().map(Problem::toString).toList(), lines(e));
  }

  @Test
  void anUnknownCouncilDoesNotHideTheOtherProblems() {
    DataFileException e = failure("who2.yaml", """
        council: North East Lincs
        interventions:
          - type: commissioner
            start: 2021-12-01
            end: someday
        """);
    assertEquals(2, e.problems().size(), lines(e));
    assertEquals("council", e.problems().get(0).where().column().orElseThrow(), lines(e));
    assertEquals("interventions[0].end", e.problems().get(1).where().column().orElseThrow(), lines(e));
  }

  @Test
  void aliasBombsAreRefused() {
    StringBuilder yaml = new StringBuilder("council: \"812\"\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'z'; c++) {
      char p = (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p)
          .append(", *").append(p).append(", *").append(p).append("]\n");
    }
    DataFileException e = failure("bomb.yaml", yaml.toString());
    // Each of the 100 aliases is refused where it stands (none is expanded), beside the 26 unknown keys.
    assertEquals(100, e.problems().stream().filter(p -> p.expected().contains("aliases are not accepted")).count(),
        lines(e));
    assertEquals(126, e.problems().size(), lines(e));
  }

  @Test
  void yamlTagsNeverCreateJavaObjects() {
    DataFileException e = failure("tag.yaml",
        "council: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n");
    assertEquals(1, e.problems().size(), lines(e));
  }

  @Test
  void otherExtensionsAndOversizedFilesAreRefused() throws IOException {
    DataFileException ext = failure("evidence.txt", "council: 812\n");
    assertTrue(ext.problems().get(0).expected().contains("*.yaml"), lines(ext));
    Path big = dir.resolve("big.yaml");
    Files.write(big, new byte[(int) LocalEvidenceReader.MAX_BYTES + 1]);
    DataFileException size = assertThrows(DataFileException.class,
        () -> new LocalEvidenceReader(directory(), IndicatorCatalogue.defaults()).read(big));
    assertTrue(size.problems().get(0).expected().contains("at most"), lines(size));
  }
}
