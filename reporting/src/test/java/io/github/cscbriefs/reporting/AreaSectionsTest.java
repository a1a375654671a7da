package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.JudgementArea;
import io.github.cscbriefs.data.local.LocalEvidenceReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brief is organised by Ofsted's judgement areas: after the summary and the dashboard, one
 * section per area with indicators, in Ofsted's order, each holding its indicators' charts under
 * their headings, in the catalogue's order; with indicators in all four areas too.
 */
class AreaSectionsTest {

  private static final List<String> AFTER = List.of("Inspection history", "Priority action plan", "Capacity",
      "Methodology and sources");

  @Test
  void everyAreaHasItsSectionInOfstedsOrderWithItsIndicatorsInTheCatalogueOrder() {
    Dataset data = RealBriefs.dataset();
    Council council = data.councils().require("343");
    CouncilProfile profile = BriefProfiles.of(data).profile(council, 2022);
    BriefDocument brief = BriefRenderer.withClock(RenderedSamples.CLOCK).compose(profile,
        BriefOptions.from(data, council));
    List<JudgementArea> areas = List.of(JudgementArea.IMPACT_OF_LEADERS, JudgementArea.HELP_AND_PROTECTION,
        JudgementArea.CHILDREN_IN_CARE, JudgementArea.CARE_LEAVERS);
    List<String> titles = new ArrayList<>(List.of("Executive summary", "Dashboard"));
    areas.forEach(a -> titles.add(a == JudgementArea.HELP_AND_PROTECTION ? "Help and protection" : a.shortLabel()));
    titles.addAll(AFTER);
    assertEquals(titles, brief.sections().stream().map(Section::title).toList());
    for (int i = 0; i < areas.size(); i++) {
      JudgementArea area = areas.get(i);
      Section section = brief.sections().get(2 + i);
      List<String> expected = data.indicators().indicators().stream().filter(ind -> ind.area() == area)
          .map(Indicator::label).toList();
      List<String> headings = section.blocks().stream().filter(b -> b instanceof Heading h && h.level() == 2)
          .map(b -> ((Heading) b).text()).toList();
      assertEquals(expected, headings, area.shortLabel());
      // the area's own judgement leads its section: Sefton's 2022 inspection judged care leavers with
      // children in care, as every inspection did before 2023
      String first = ((Paragraph) section.blocks().get(0)).text();
      assertTrue(first.startsWith("Ofsted's latest judgement: "), first);
      assertTrue(area == JudgementArea.CARE_LEAVERS
          ? first.contains("care leavers were not judged on their own") && first.contains("since January 2023")
          : first.contains("Inadequate for \u201C" + area.ofstedHeading() + "\u201D"), first);
      long charts = section.blocks().stream().filter(b -> b instanceof ChartFigure).count();
      // a trend, a neighbour and a distribution chart for each indicator, but a trend alone for the
      // count of social workers in post, and none for children in care with 3+ social workers, which
      // was first published for 2024
      assertEquals(List.of(19L, 24L, 9L, 12L).get(i), charts, area.shortLabel());
    }
    // the HTML edition, from the same document: a section (h2) per area, an indicator's heading (h3)
    // before each of its charts' tables
    org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(io.github.cscbriefs.reporting.html.HtmlBrief.html(brief));
    assertEquals(titles, html.select("main section > h2").eachText());
    assertEquals(brief.sections().stream().mapToLong(sec -> sec.blocks().stream()
        .filter(b -> b instanceof ChartFigure).count()).sum(), html.select("figure.chart").size());
    Section dashboard = brief.sections().get(1);
    assertEquals(titles.subList(2, 6), dashboard.blocks().stream()
        .filter(b -> b instanceof Heading h && h.level() == 2).map(b -> ((Heading) b).text()).limit(4).toList());
  }

  /**
   * What a report said of an area appears in that area's section, with its inspection, date and
   * source, in both editions; an area with no text entered says the published data holds none.
   */
  @Test
  void eachAreaShowsWhatTheReportSaidOfItOrThatTheTextIsNotInThePublishedData(@TempDir Path dir)
      throws java.io.IOException {
    Dataset official = RealBriefs.dataset();
    Path file = dir.resolve("nel.yaml");
    // Ofsted's own record of the inspection of 4 October 2021, given again with findings; the
    // texts are a test's, not the report's
    Files.writeString(file, """
        council: North East Lincolnshire
        inspections:
          - type: ilacs-standard
            start: 2021-10-04
            published: 2021-11-26
            judgements:
              overall-effectiveness: inadequate
              impact-of-leaders: inadequate
              help-and-protection: inadequate
              children-in-care: inadequate
            source: "Test source, 2021"
            findings:
              - area: help-and-protection
                text: First finding on help and protection.
              - area: help-and-protection
                text: Second finding on help and protection.
        """);
    Dataset data = new LocalEvidenceReader(official.councils(), official.indicators()).read(file)
        .applyTo(official);
    Council council = data.councils().require("812");
    BriefDocument brief = BriefRenderer.withClock(RenderedSamples.CLOCK).compose(
        BriefProfiles.of(data).profile(council, 2022), BriefOptions.from(data, council));
    Section help = section(brief, "Help and protection");
    assertEquals("What the report said: ILACS standard inspection, published 26 November 2021 (source: "
        + "Test source, 2021):", ((Paragraph) help.blocks().get(1)).text());
    assertEquals(List.of("First finding on help and protection.", "Second finding on help and protection."),
        ((BulletList) help.blocks().get(2)).items().stream().map(Paragraph::text).toList());
    String none = ((Paragraph) section(brief, "Children in care").blocks().get(1)).text();
    assertTrue(none.startsWith("What Ofsted's reports said of this area is not in its published data"), none);
    org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(io.github.cscbriefs.reporting.html.HtmlBrief.html(brief));
    assertEquals(List.of("First finding on help and protection.", "Second finding on help and protection."),
        html.select("section:has(> h2:containsOwn(Help and protection)) li").eachText().subList(0, 2));
  }

  private static Section section(BriefDocument brief, String title) {
    return brief.sections().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
  }

  @Test
  void theSummaryHasARowForEachAreaAndSmallChartsFromTheWorstRatedAreas() {
    Dataset data = RealBriefs.dataset();
    Council council = data.councils().require("812");
    CouncilProfile profile = BriefProfiles.of(data).profile(council, 2021);
    Section summary = BriefRenderer.withClock(RenderedSamples.CLOCK).compose(profile,
        BriefOptions.from(data, council)).sections().get(0);
    Table areas = (Table) summary.blocks().stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
    assertEquals(List.of("Impact of leaders", "Help and protection", "Children in care",
        "Care leavers"), areas.rows().stream().map(r -> r.get(0).text()).toList());
    assertEquals("With children in care", areas.rows().get(3).get(1).text());
    ChartFigure small = (ChartFigure) summary.blocks().stream().filter(b -> b instanceof ChartFigure).findFirst()
        .orElseThrow();
    List<String> drawn = small.data().rows().stream().map(r -> r.get(0).text()).toList();
    // three small charts from four areas (the table of areas takes the room of two): North East
    // Lincolnshire's 2021 Red figures, the impact of leaders' caseload and agency rate and help and
    // protection's re-referrals (children in care and care leavers have no Red)
    assertEquals(3, drawn.size(), drawn.toString());
    assertEquals(2, data.indicators().indicators().stream()
        .filter(i -> drawn.contains(i.label() + (i.unit() == io.github.cscbriefs.model.Unit.PERCENT ? " (%)" : "")))
        .map(Indicator::area).distinct().count(), drawn.toString());
    // the rendered briefs, kept in target/rendered for a look
    RealBriefs.pdf("812", 2021);
    RealBriefs.pdf("343", 2022);
  }
}
