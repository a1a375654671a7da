package io.github.cscbriefs.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real profile (North East Lincolnshire 2021) written as JSON through {@link ProfileJson}. */
class ProfileJsonTest {

  private static CouncilProfile profile;
  private static JsonNode json;

  @BeforeAll
  static void write() throws Exception {
    Dataset dataset = OfficialData.load();
    profile = BriefProfiles.of(dataset).profile(dataset.councils().require("812"), 2021);
    String text = ProfileJson.write(profile);
    json = new ObjectMapper().readTree(text);
  }

  private static JsonNode comparison(String id) {
    for (JsonNode c : json.get("comparisons")) {
      if (c.get("indicator").get("id").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no comparison " + id);
  }

  @Test
  void theCouncilYearAndDatesAreThere() {
    assertEquals("812", json.get("council").get("laCode").asText());
    assertEquals("North East Lincolnshire", json.get("council").get("name").asText());
    assertEquals(2021, json.get("year").asInt());
    assertEquals("2022-03-31", json.get("asAt").asText());
  }

  @Test
  void everyIndicatorIsThereByIdWithItsValueAndStanding() {
    List<String> ids = new ArrayList<>();
    json.get("comparisons").forEach(c -> ids.add(c.get("indicator").get("id").asText()));
    assertEquals(profile.comparisons().stream().map(c -> c.indicator().id()).toList(), ids);
    JsonNode caseload = comparison("caseload");
    assertEquals(20.0, caseload.get("value").asDouble(), 1e-9);
    assertFalse(caseload.has("valueMissing"), caseload.toString());
    assertEquals("caseload_fte", caseload.get("indicator").get("measure").asText());
    IndicatorComparison c = profile.comparison(Indicators.CASELOAD).orElseThrow();
    assertEquals(c.rank().getAsInt(), caseload.get("standing").get("rank").asInt());
    assertEquals(c.outOf().getAsInt(), caseload.get("standing").get("outOf").asInt());
    assertEquals("ENGLAND", caseload.get("gaps").get(0).get("kind").asText());
    assertEquals(16.3, caseload.get("gaps").get(0).get("comparator").asDouble(), 1e-9);
  }

  @Test
  void aMissingValueIsNullWithItsReasonBesideIt() {
    // Children in care with 3+ social workers: DfE's release bundled starts in 2024.
    JsonNode stability = comparison("cla_sw_changes");
    assertTrue(stability.get("value").isNull(), stability.toString());
    assertEquals("not_published", stability.get("valueMissing").asText());
    assertTrue(stability.get("standing").isNull(), "an empty Optional is null: " + stability.get("standing"));
  }

  @Test
  void findingsOfSeveralKindsNameTheirKind() {
    JsonNode actions = json.get("actions");
    assertTrue(actions.size() > 0);
    for (JsonNode action : actions) {
      assertTrue(action.get("baseline").hasNonNull("type"), action.get("baseline").toString());
      assertTrue(action.get("target").hasNonNull("type"), action.get("target").toString());
      action.get("evidence").forEach(e -> assertTrue(e.hasNonNull("type"), e.toString()));
    }
    assertEquals("AgainstEngland", actions.get(0).get("evidence").get(0).get("type").asText());
  }

  @Test
  void noValueIsWrittenAsAnObjectOrAnEmptyObjectStandsForAFinding() {
    List<String> problems = new ArrayList<>();
    walk(json, "$", problems);
    assertEquals(List.of(), problems);
  }

  /** Jackson's defaults would write a Value as {"present":true} and an Optional as {"present":...}. */
  private static void walk(JsonNode node, String path, List<String> problems) {
    if (node.isObject()) {
      // an empty map (an inspection's findings or judgements by area) is {}; an empty bean is not
      boolean map = path.endsWith(".findings") || path.endsWith(".judgements");
      if (node.has("present") || (node.size() == 0 && !map)) {
        problems.add(path + " " + node);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        walk(e.getValue(), path + "." + e.getKey(), problems);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "[" + i + "]", problems);
      }
    }
  }

  @Test
  void theLibraryModulesDoNotNeedJackson() throws Exception {
    for (String module : List.of("core-model", "metrics", "reporting")) {
      Path root = Path.of("..", module);
      assertFalse(Files.readString(root.resolve("pom.xml")).contains("jackson"), module + "/pom.xml");
      assertFalse(Files.readString(root.resolve("src/main/java/module-info.java")).contains("jackson"),
          module + " module-info.java");
    }
  }
}
