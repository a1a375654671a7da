package io.github.cscbriefs.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.data.local.LocalEvidenceReader;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.PlanProgress;
import io.github.cscbriefs.metrics.PriorityAction;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.reporting.Wording;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * What the brief decides, exported: the priority actions and the plan's status in the brief's own
 * words, {@code list} as CSV and JSON, and JSON whose missing numbers are null with the reason
 * beside them.
 */
class ExportsTest {

  private static final String LOCAL = Path.of("local", "north-east-lincolnshire.yaml").toString();
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(E-?\\d+)?");
  private static CouncilProfile nel;

  private static String run(String... args) {
    CommandRun run = CommandRun.of(args);
    assertEquals(0, run.exitCode(), run.err());
    return run.out();
  }

  private static List<CSVRecord> csv(String text) {
    try {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(new StringReader(text)).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<JsonNode> json(String text) {
    try {
      List<JsonNode> rows = new ArrayList<>();
      new ObjectMapper().readTree(text).forEach(rows::add);
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** North East Lincolnshire's 2021 profile with its local evidence, as the command computes it. */
  private static synchronized CouncilProfile nel() {
    if (nel == null) {
      Dataset official = OfficialData.load();
      Dataset data = new LocalEvidenceReader(official.councils(), official.indicators())
          .read(Path.of(LOCAL)).applyTo(official);
      nel = BriefProfiles.of(data).profile(data.councils().require("812"), 2021);
    }
    return nel;
  }

  @Test
  void metricsExportsThePriorityActionsInTheBriefsOwnWords() {
    CouncilProfile profile = nel();
    List<PriorityAction> actions = profile.actions();
    assertFalse(actions.isEmpty());
    String[] args = {"metrics", "--la", "812", "--year", "2021", "--local", LOCAL, "--table", "actions"};
    List<CSVRecord> rows = csv(run(args));
    assertEquals(actions.size(), rows.size());
    List<String> args2 = new ArrayList<>(List.of(args));
    args2.addAll(List.of("--format", "json"));
    List<JsonNode> objects = json(run(args2.toArray(String[]::new)));
    assertEquals(actions.size(), objects.size());
    for (int i = 0; i < actions.size(); i++) {
      PriorityAction a = actions.get(i);
      CSVRecord r = rows.get(i);
      JsonNode o = objects.get(i);
      assertEquals(Integer.toString(i + 1), r.get("priority"));
      assertEquals(Wording.title(a), r.get("title"));
      assertEquals(Wording.urgency(a.urgency()), r.get("urgency"));
      assertEquals(Wording.baseline(a), r.get("baseline"));
      assertEquals(Wording.target(a), r.get("target"));
      assertEquals(a.targetDate().toString(), r.get("target_date"));
      assertEquals(Wording.owner(a.owner()), r.get("owner"));
      assertEquals(String.join(" ", Wording.evidence(a, profile)), r.get("evidence"));
      assertEquals(Wording.title(a), o.get("title").asText());
      assertEquals(Wording.owner(a.owner()), o.get("owner").asText());
      assertEquals(i + 1, o.get("priority").asInt());
      assertEquals(Wording.evidence(a, profile).size(), o.get("evidence").size(), "evidence is a list in JSON");
    }
  }

  @Test
  void metricsExportsThePlansStatusInTheBriefsOwnWords() {
    CouncilProfile profile = nel();
    List<PlanProgress> plan = profile.plan();
    assertFalse(plan.isEmpty());
    List<CSVRecord> rows = csv(run("metrics", "--la", "812", "--year", "2021", "--local", LOCAL, "--table", "plan"));
    assertEquals(plan.size(), rows.size());
    for (int i = 0; i < plan.size(); i++) {
      PlanProgress p = plan.get(i);
      CSVRecord r = rows.get(i);
      assertEquals(p.action().id(), r.get("ref"));
      assertEquals(p.action().title(), r.get("title"));
      assertEquals(Wording.planStatus(p.status()), r.get("status"));
      assertEquals(Wording.progress(p, 2021), r.get("progress"));
      assertEquals(Wording.measure(p.action()), r.get("measure"));
    }
  }

  @Test
  void jsonHasNullForAMissingNumberWithTheReasonBesideIt() {
    // 2017 is the first year: no change on the year before can be computed.
    List<JsonNode> rows = json(run("metrics", "--la", "812", "--year", "2017", "--format", "json"));
    Set<String> numeric = Set.of("value", "england", "england_difference", "rank", "out_of", "percentile",
        "change_1y", "change_3y", "slope_per_year", "interval_lower");
    int nulls = 0;
    for (JsonNode row : rows) {
      for (String field : numeric) {
        JsonNode cell = row.get(field);
        assertTrue(cell != null && (cell.isNumber() || cell.isNull()), field + " in " + row);
        if (cell.isNull()) {
          nulls++;
          assertTrue(row.path(field + "_missing").isTextual(), field + "_missing in " + row);
        } else {
          assertFalse(row.has(field + "_missing"), row.toString());
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        assertFalse(e.getValue().isTextual() && e.getValue().asText().equals("-"), e.getKey() + " in " + row);
      }
    }
    assertTrue(nulls > 0);
    JsonNode caseload = rows.stream().filter(r -> r.get("indicator").asText().equals("caseload")).findFirst().orElseThrow();
    assertTrue(caseload.get("change_1y").isNull(), caseload.toString());
    assertEquals("not_published", caseload.get("change_1y_missing").asText(), caseload.toString());
  }

  @Test
  void inCsvANegativeNumberIsANumberAndNoCellIsTakenForAFormula() {
    List<CSVRecord> rows = csv(run("metrics", "--la", "812", "--la", "Sefton", "--year", "2020"));
    boolean negative = false;
    for (CSVRecord r : rows) {
      for (String column : List.of("england_difference", "region_difference", "neighbour_mean_difference", "change_1y")) {
        String cell = r.get(column);
        assertFalse(cell.startsWith("'"), column + " " + cell);
        assertTrue(NUMBER.matcher(cell).matches() || Set.of("x", "z", "c", "low", "u", "-", "..", "\u2013").contains(cell),
            column + " " + cell);
        negative |= cell.startsWith("-") && cell.length() > 1;
      }
    }
    assertTrue(negative, "some council is better than a comparator");
  }

  @Test
  void listTakesCsvAndJson() {
    List<CSVRecord> rows = csv(run("list", "--format", "csv"));
    assertEquals(153, rows.size());
    assertEquals(List.of("la_code", "gss_code", "council", "region", "latest_judgement", "latest_judgement_date"),
        rows.get(0).getParser().getHeaderNames());
    CSVRecord nelRow = rows.stream().filter(r -> r.get("la_code").equals("812")).findFirst().orElseThrow();
    assertEquals(List.of("812", "E06000012", "North East Lincolnshire", "Yorkshire and The Humber", "Inadequate",
        "2021-10-04"), List.of(nelRow.values()));
    List<JsonNode> objects = json(run("list", "--format", "json"));
    assertEquals(153, objects.size());
    JsonNode nelObject = objects.stream().filter(o -> o.get("la_code").asText().equals("812")).findFirst().orElseThrow();
    assertEquals("North East Lincolnshire", nelObject.get("council").asText());
    assertEquals("2021-10-04", nelObject.get("latest_judgement_date").asText());
  }
}
