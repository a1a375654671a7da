package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.local.LocalEvidenceReader;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.Milestone;
import io.github.cscbriefs.model.PlanAction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The priority action plan shows what a local file's plan says (each action's how, what it
 * answers, its milestones) and its inspections' recommendations and report links: they were read
 * and validated, then dropped. A plan baseline that is not the official figure for its year is
 * flagged beside the action's progress.
 */
class PlanSectionTest {

  @Test
  void northEastLincolnshiresPlanShowsHowAnswersAndMilestones() {
    Dataset data = RealBriefs.withLocalEvidence();
    Council nel = data.councils().require("812");
    String text = planText(data, nel, 2021);
    List<PlanAction> plan = data.planActionsOf("812");
    assertFalse(plan.isEmpty());
    for (PlanAction a : plan) {
      a.how().ifPresent(how -> assertTrue(text.contains(how.strip()), how));
      a.answers().ifPresent(answers -> assertTrue(text.contains(answers.strip()), answers));
      for (Milestone m : a.milestones()) {
        assertTrue(text.contains(m.description().strip() + ", due " + Wording.date(m.due())),
            m.toString());
      }
    }
    for (Inspection i : BriefProfiles.of(data).profile(nel, 2021).inspections()) {
      i.recommendations().forEach(r -> assertTrue(text.contains(r.strip()), r));
      i.reportLink().ifPresent(link -> assertTrue(text.contains(link.toString()), link::toString));
    }
    // The example file's baselines are the official figures: nothing to flag.
    assertFalse(text.contains("is not the official figure"), text);
  }

  @Test
  void aPlanBaselineThatIsNotTheOfficialFigureIsFlagged(@TempDir Path dir) throws IOException {
    Dataset official = RealBriefs.dataset();
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, String.join("\n",
        "council: North East Lincolnshire",
        "plan:",
        "  - id: \"1\"",
        "    title: \"Bring caseloads down\"",
        "    owner: \"Director of children's services\"",
        "    measure:",
        "      indicator: caseload",
        "      baseline: 25.0",
        "      baseline-year: 2021",
        "      target: 16.0",
        "      target-year: 2024",
        ""));
    Dataset data = new LocalEvidenceReader(official.councils(), official.indicators()).read(file)
        .applyTo(official);
    Council nel = data.councils().require("812");
    CouncilProfile profile = BriefProfiles.of(data).profile(nel, 2022);
    var officialFigure = profile.comparisons().stream()
        .filter(c -> c.indicator().equals(Indicators.CASELOAD)).findFirst().orElseThrow()
        .series().stream().filter(p -> p.year() == 2021).findFirst().orElseThrow().council();
    String expected = "The plan's baseline, 25.0 in 2021, is not the official figure for 2021: "
        + Wording.withUnit(officialFigure, Indicators.CASELOAD.unit()) + ".";
    assertTrue(planText(data, nel, 2022).contains(expected), expected);
  }

  private static String planText(Dataset data, Council council, int year) {
    BriefDocument document = BriefRenderer.withClock(RenderedSamples.CLOCK).compose(
        BriefProfiles.of(data).profile(council, year), BriefOptions.from(data, council));
    Section plan = document.sections().stream()
        .filter(s -> s.title().equals("Priority action plan")).findFirst().orElseThrow();
    List<String> texts = new ArrayList<>();
    for (Block b : plan.blocks()) {
      if (b instanceof Paragraph p) {
        texts.add(p.text());
      } else if (b instanceof BulletList l) {
        l.items().forEach(i -> texts.add(i.text()));
      } else if (b instanceof Table t) {
        t.rows().forEach(r -> r.forEach(c -> texts.add(c.text())));
      }
    }
    return String.join("\n", texts);
  }
}
