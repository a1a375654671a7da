package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Briefs of the three acceptance-story councils (domain.md) tell their stories on the first pages,
 * and each figure, judgement and action lands in its own section.
 */
class BriefRendererTest {

  @Test
  void northEastLincolnshire2021LeadsWithItsInadequateJudgementAndAgencyReliance() {
    List<String> pages = PdfPages.text(RealBriefs.pdf("812", 2021));
    assertTrue(pages.get(0).contains("North East Lincolnshire"));
    assertTrue(pages.get(0).replaceAll("\\s+", " ").contains("Inadequate (ILACS standard "
        + "inspection, published 26 November 2021; Ofsted's outcomes as at 31 March 2025)"), pages.get(0));
    String summary = section(pages, "Executive summary");
    // the summary's row for the impact of leaders, the area of the workforce indicators
    assertTrue(summary.contains("Impact of leaders \u25A0 Inadequate 5 of 5 worse than England; 3 Red, 2 Amber."),
        summary);
    assertTrue(summary.contains("Agency worker rate was 36.9% at 30 September 2021, against 15.5% "
        + "for England"), summary);
    assertTrue(summary.contains("Reduce reliance on agency social workers."), summary);
    // the caseload was no longer the highest in England in 2021, but had been in the three years before
    assertTrue(summary.replaceAll("\\s+", " ").contains("Average caseload was the highest in England in 2018, "
        + "2019 and 2020: 26.8 in 2018, 32.7 in 2019 and 24.9 in 2020"), summary);
    assertTrue(pages.get(2).replaceAll("\\s+", " ").contains("Data: DfE workforce figures at 30 September "
        + "2021; children in need and in care: year to 31 March 2021; Ofsted outcomes as at 31 March 2025"), "footer vintage: " + pages.get(2));
    String dashboard = section(pages, "Dashboard");
    assertTrue(dashboard.contains("Average caseload 20.0 16.3"), dashboard);
    assertTrue(dashboard.contains("Agency worker rate 36.9% 15.5%"), dashboard);
    assertTrue(dashboard.contains("\u25A0 Red"), dashboard);
    assertTrue(section(pages, "Inspection history").contains("ILACS standard inspection"));
    String plan = section(pages, "Priority action plan");
    // the Red figures deepest in the worst quarter lead: second or subsequent plans (144 of 148),
    // re-referrals (143 of 149), then the agency rate (142 of 149)
    assertTrue(plan.contains("1 Improve second or subsequent child protection plans"), plan);
    String planOn = String.join(" ", pages.subList(pageOf(pages, "Priority action plan"), pages.size()))
        .replaceAll("\\s+", " ");
    assertTrue(planOn.contains("3 Reduce reliance on agency social workers"), planOn);
    String methodology = String.join(" ", pages.subList(pageOf(pages, "Methodology and sources"),
        pages.size())).replaceAll("\\s+", " ");
    assertTrue(methodology.contains("Contains public sector information licensed under the Open "
        + "Government Licence v3.0."), methodology);
  }

  @Test
  void northEastLincolnshireWithItsLocalEvidenceShowsInterventionVisitsAndPlanProgress() {
    List<String> pages = PdfPages.text(RealBriefs.pdfWithLocalEvidence(2021));
    String cover = pages.get(0).replaceAll("\\s+", " ");
    assertTrue(cover.contains("Commissioner appointed from January 2022"), cover);
    // A local file adds evidence; the Ofsted release's date stays the vintage of the outcomes.
    assertTrue(pages.get(2).replaceAll("\\s+", " ").contains("Data: DfE workforce figures at 30 September "
        + "2021; children in need and in care: year to 31 March 2021; Ofsted outcomes as at 31 March 2025"), "footer vintage: " + pages.get(2));
    String history = section(pages, "Inspection history");
    assertTrue(history.contains("Focused visit"), history);
    assertTrue(history.contains("Commissioner appointed"), history);
    String plan = String.join(" ", pages.subList(pageOf(pages, "Priority action plan"),
        pageOf(pages, "Methodology and sources"))).replaceAll("\\s+", " ");
    assertTrue(plan.contains("Progress on the council's improvement plan"), plan);
    assertTrue(plan.contains("Bring average caseloads down"), plan);
  }

  @Test
  void sefton2022ShowsItsVacanciesAndInadequateJudgement() {
    List<String> pages = PdfPages.text(RealBriefs.pdf("343", 2022));
    assertTrue(pages.get(0).replaceAll("\\s+", " ").contains("Inadequate (ILACS standard "
        + "inspection, published 9 May 2022; Ofsted's outcomes as at 31 March 2025)"), pages.get(0));
    String summary = section(pages, "Executive summary");
    assertTrue(summary.contains("Vacancy rate was 43.1% at 30 September 2022"), summary);
    assertTrue(section(pages, "Dashboard").contains("Vacancy rate 43.1%"));
  }

  @Test
  void northamptonshire2019ShowsAgencyRelianceBeforeItWasReplaced() {
    List<String> pages = PdfPages.text(RealBriefs.pdf("928", 2019));
    assertTrue(pages.get(0).contains("Northamptonshire"));
    String summary = section(pages, "Executive summary");
    assertTrue(summary.contains("Agency worker rate was 31.1% at 30 September 2019, against "
        + "15.8% for England"), summary);
    assertTrue(section(pages, "Dashboard").contains("Vacancy rate 28.3% 16.4%"));
  }

  @Test
  void contentsPageNumbersPointAtTheSections() {
    List<String> pages = PdfPages.text(RealBriefs.pdf("812", 2021));
    String contents = pages.get(1);
    for (String title : List.of("Executive summary", "Dashboard", "Impact of leaders", "Children in care",
        "Inspection history", "Priority action plan", "Capacity", "Methodology and sources")) {
      // an area's name is also a heading in the dashboard: the contents point at the page its own
      // section opens
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + java.util.regex.Pattern.quote(title)
          + " (\\d+)$").matcher(contents);
      assertTrue(m.find(), title + " in " + contents);
      String page = pages.get(Integer.parseInt(m.group(1)) - 1);
      // (capacity follows on from the action plan, mid-page)
      assertTrue(page.startsWith(title + "\n") || page.contains("\n" + title + "\n"), title + " on " + m.group(1)
          + ":\n" + page);
    }
  }

  @Test
  void executiveSummaryFitsOnOnePage() {
    for (byte[] pdf : List.of(RealBriefs.pdf("812", 2021), RealBriefs.pdf("343", 2022))) {
      List<String> pages = PdfPages.text(pdf);
      String next = pages.get(pageOf(pages, "Executive summary") + 1);
      assertTrue(next.startsWith("Dashboard"), next);
    }
  }

  /** The text of the page on which the section starts, its line breaks as spaces. */
  static String section(List<String> pages, String title) {
    return pages.get(pageOf(pages, title)).replaceAll("\\s+", " ");
  }

  static int pageOf(List<String> pages, String title) {
    for (int i = 1; i < pages.size(); i++) {
      if (pages.get(i).startsWith(title + "\n") || pages.get(i).contains("\n" + title + "\n")
          && !pages.get(i).startsWith("Contents")) {
        return i;
      }
    }
    throw new AssertionError("no page starts section " + title);
  }
}
