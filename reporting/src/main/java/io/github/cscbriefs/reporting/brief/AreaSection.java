package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.Judgement;
import io.github.cscbriefs.model.JudgementArea;
import io.github.cscbriefs.model.ReferencePeriod;
import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.BriefOptions;
import io.github.cscbriefs.reporting.BulletList;
import io.github.cscbriefs.reporting.Cell;
import io.github.cscbriefs.reporting.Heading;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Section;
import io.github.cscbriefs.reporting.Span;
import io.github.cscbriefs.reporting.TextStyle;
import io.github.cscbriefs.reporting.Wording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One section per Ofsted judgement area that has indicators: Ofsted's latest judgement of the
 * area, then for each of its indicators the trend chart and its figures, its headline facts, and
 * the council against its statistical neighbours and against every council. The areas follow Ofsted's order: the impact of
 * leaders (the workforce), help and protection, children in care, care leavers.
 */
final class AreaSection {

  /** The areas in the brief's order; overall effectiveness has no indicators of its own. */
  static final List<JudgementArea> ORDER = List.of(JudgementArea.IMPACT_OF_LEADERS,
      JudgementArea.HELP_AND_PROTECTION, JudgementArea.CHILDREN_IN_CARE, JudgementArea.CARE_LEAVERS,
      JudgementArea.OVERALL_EFFECTIVENESS);

  /** The day from which Ofsted judges care leavers apart from children in care. */
  static final LocalDate CARE_LEAVERS_JUDGED_FROM = LocalDate.of(2023, 1, 1);

  private AreaSection() {}

  /** The profile's comparisons by judgement area, in {@link #ORDER}, each in catalogue order. */
  static Map<JudgementArea, List<IndicatorComparison>> byArea(CouncilProfile profile) {
    Map<JudgementArea, List<IndicatorComparison>> grouped = profile.comparisons().stream()
        .collect(Collectors.groupingBy(c -> c.indicator().area(), () -> new EnumMap<>(JudgementArea.class),
            Collectors.toList()));
    Map<JudgementArea, List<IndicatorComparison>> ordered = new LinkedHashMap<>();
    ORDER.stream().filter(grouped::containsKey).forEach(a -> ordered.put(a, grouped.get(a)));
    return ordered;
  }

  /** The sections, one per area with indicators. */
  static List<Section> sections(CouncilProfile profile, BriefOptions options) {
    List<Section> sections = new ArrayList<>();
    byArea(profile).forEach((area, comparisons) -> sections.add(section(profile, options, area, comparisons)));
    return sections;
  }

  /**
   * The section's title: the area's name as Ofsted's reports shorten it, "Help and protection",
   * short enough for the summary's table.
   */
  static String title(JudgementArea area) {
    return area == JudgementArea.HELP_AND_PROTECTION ? "Help and protection" : area.shortLabel();
  }

  private static Section section(CouncilProfile profile, BriefOptions options, JudgementArea area,
      List<IndicatorComparison> comparisons) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(judgement(profile, area));
    blocks.addAll(findings(profile, area));
    blocks.add(Paragraph.of(introduction(profile, comparisons)));
    blocks.addAll(TrendSection.notes(profile, comparisons));
    if (comparisons.stream().anyMatch(BenchmarkSection::benchmarked)) {
      blocks.addAll(BenchmarkSection.notes(profile, options));
    }
    for (IndicatorComparison c : comparisons) {
      blocks.add(Heading.h2(c.indicator().label()));
      blocks.addAll(TrendSection.blocks(profile, c));
      // every headline fact about the indicator, of which the summary has room for the first few;
      // after the chart, which its heading keeps on its page
      profile.headlines(c.indicator()).forEach(h -> blocks.add(Paragraph.of(Wording.headline(h))));
      // an indicator with no figure up to the year has nothing to compare: the trend says so
      if (TrendSection.anyFigure(profile, c)) {
        blocks.addAll(BenchmarkSection.blocks(profile, options, c));
      }
    }
    return Section.onNewPage(title(area), blocks);
  }

  /** What the section's charts show, and what a year of its figures means. */
  private static String introduction(CouncilProfile profile, List<IndicatorComparison> comparisons) {
    String text = "For each indicator of this area: its trend against England, "
        + profile.council().region().label() + " and the mean of the council's statistical neighbours, for "
        + "every year with published figures up to " + profile.year() + " (a gap in a line is a year "
        + "without one)";
    if (comparisons.stream().anyMatch(BenchmarkSection::benchmarked)) {
      text += "; then, for " + profile.year() + ", the council against each statistical neighbour (DfE's "
          + "model of the most similar councils) and against every council in England, its bar blue";
    }
    return text + ". The figures follow each chart. " + periods(comparisons.stream().map(IndicatorComparison::indicator)
        .toList());
  }

  /**
   * What a year means for these indicators, from their publications: "A year's figures are at 30
   * September." or, when they differ, the most common first and the others named.
   */
  static String periods(List<Indicator> indicators) {
    Map<ReferencePeriod, List<Indicator>> byPeriod = indicators.stream().collect(Collectors.groupingBy(
        i -> i.publication().period(), LinkedHashMap::new, Collectors.toList()));
    List<ReferencePeriod> periods = new ArrayList<>(byPeriod.keySet());
    periods.sort((a, b) -> Integer.compare(byPeriod.get(b).size(), byPeriod.get(a).size()));
    String main = "A year's figures are " + period(periods.get(0));
    if (periods.size() == 1) {
      return main + ".";
    }
    List<String> others = periods.subList(1, periods.size()).stream()
        .map(p -> byPeriod.get(p).stream().map(i -> i.label().toLowerCase(Locale.UK))
            .collect(Collectors.joining(", ")) + ": " + period(p))
        .toList();
    return main + " (" + String.join("; ", others) + ").";
  }

  private static String period(ReferencePeriod period) {
    String day = Wording.dayAndMonth(period);
    return switch (period) {
      case YEAR_TO_31_MARCH -> "for the twelve months to " + day;
      default -> "at " + day + " of the year";
    };
  }

  /**
   * What the reports said of the area since its latest judgement, each report's text as a list
   * under its inspection, date and source; where none is recorded, that Ofsted's data holds no
   * report text and how to add it.
   */
  static List<Block> findings(CouncilProfile profile, JudgementArea area) {
    List<Inspection> reports = profile.findingsOn(area);
    if (reports.isEmpty()) {
      return List.of(Paragraph.of("What Ofsted's reports said of this area is not in its published data, "
          + "which holds judgements only; it can be added as findings of the inspection in a local "
          + "evidence file."));
    }
    List<Block> blocks = new ArrayList<>();
    for (Inspection i : reports) {
      blocks.add(new Paragraph(List.of(Span.bold("What the report said: "), Span.plain(
          Cover.kindAndPublished(profile, i) + " (source: "
          + i.citation().orElse("a local evidence file, which names none") + "):")), TextStyle.BODY));
      blocks.add(BulletList.of(i.findings(area).toArray(String[]::new)));
    }
    return blocks;
  }

  /**
   * The area's judgement at the latest graded inspection, for the summary's table: the grade with
   * its colour; for care leavers before 2023, "With children in care" (their section says why); "Not judged" or "No graded
   * inspection" otherwise (the summary says which inspection, or why there is none).
   */
  static Cell judgementCell(CouncilProfile profile, JudgementArea area) {
    Optional<Inspection> latest = profile.latestGradedInspection();
    if (latest.isEmpty()) {
      return Cell.of("No graded inspection");
    }
    Judgement j = latest.get().judgement(area);
    if (j.isGraded()) {
      return InspectionHistory.judgementCell(Optional.of(j), j.label());
    }
    return Cell.of(area == JudgementArea.CARE_LEAVERS
        && latest.get().start().earliest().isBefore(CARE_LEAVERS_JUDGED_FROM)
        ? "With children in care" : "Not judged");
  }

  /**
   * Ofsted's latest judgement of the area: the grade at the latest graded inspection, with when it
   * was published; for care leavers before 2023, that they were judged with children in care.
   */
  static Paragraph judgement(CouncilProfile profile, JudgementArea area) {
    Span lead = Span.bold("Ofsted's latest judgement: ");
    Optional<Inspection> latest = profile.latestGradedInspection();
    if (latest.isEmpty()) {
      return new Paragraph(List.of(lead, Span.plain(Cover.noGradedInspection(profile) + ".")), TextStyle.BODY);
    }
    Inspection i = latest.get();
    String at = Cover.kindAndPublished(profile, i);
    String heading = "\u201C" + area.ofstedHeading() + "\u201D";
    Judgement j = i.judgement(area);
    boolean beforeCareLeavers = i.start().earliest().isBefore(CARE_LEAVERS_JUDGED_FROM);
    String text;
    if (j.isGraded()) {
      text = j.label() + " for " + heading + " (" + at + ")."
          + (area == JudgementArea.CHILDREN_IN_CARE && beforeCareLeavers
              ? " Before 2023 this judgement covered care leavers too." : "");
    } else if (area == JudgementArea.CARE_LEAVERS && beforeCareLeavers) {
      Judgement inCare = i.judgement(JudgementArea.CHILDREN_IN_CARE);
      text = "care leavers were not judged on their own at the latest graded inspection (" + at + "): Ofsted "
          + "has judged them apart from children in care only since January 2023, and before then with them"
          + (inCare.isGraded() ? "; children in care were judged " + inCare.label() + "." : ".");
    } else {
      text = "the latest graded inspection (" + at + ") gave no judgement of " + heading
          + i.overall().map(o -> "; its overall judgement was " + o.label() + ".").orElse(".");
    }
    return new Paragraph(List.of(lead, Span.plain(text)), TextStyle.BODY);
  }
}
