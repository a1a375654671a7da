package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.DataVintage;
import io.github.cscbriefs.model.SourceRelease;
import io.github.cscbriefs.reporting.BriefDocument;
import io.github.cscbriefs.reporting.BriefOptions;
import io.github.cscbriefs.reporting.DocumentInfo;
import io.github.cscbriefs.reporting.Section;
import io.github.cscbriefs.reporting.Wording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Turns a council's profile into the brief's content, section by section. */
public final class BriefComposer {

  private BriefComposer() {}

  /** The brief of {@code profile}, dated {@code today}. */
  public static BriefDocument compose(CouncilProfile profile, BriefOptions options,
      LocalDate today) {
    String council = profile.council().name();
    DocumentInfo info = new DocumentInfo(
        council + ": children's social care improvement brief, " + profile.year(),
        "Where " + council + "'s children's social care stands against England, its "
            + "region and its statistical neighbours, and what to do first",
        options.publisher(),
        council + " \u00B7 Children's social care improvement brief",
        vintage(profile));
    // one section per judgement area with indicators, between the overview and the inspections
    List<Section> sections = new ArrayList<>(List.of(
        ExecutiveSummary.section(profile),
        Dashboard.section(profile)));
    sections.addAll(AreaSection.sections(profile, options));
    sections.addAll(List.of(
        InspectionHistory.section(profile),
        ActionPlan.section(profile),
        CapacitySection.section(profile),
        Methodology.section(profile, options)));
    return new BriefDocument(info, council, Cover.blocks(profile, info, releases(options.sources()),
        options.sources().stream().anyMatch(s -> s.laCode().isPresent()), today), "Contents",
        sections, List.of(FiguresCsv.attachment(profile)));
  }

  /**
   * The short data vintage of every footer: the dates the figures describe — the workforce year and
   * the date the Ofsted outcomes were taken at, or, when their release does not say, the date the
   * inspection history runs to; and the date of any of the council's own newer figures.
   */
  static String vintage(CouncilProfile profile) {
    DataVintage v = profile.vintage();
    String ofsted = v.inspectionsAsAt().map(d -> "Ofsted outcomes as at " + Wording.date(d))
        .orElse("Ofsted inspections read to " + Wording.date(v.coveredTo(
            io.github.cscbriefs.model.SourceCoverage.Kind.GRADED_INSPECTIONS).orElse(v.historyAsAt())));
    // a local file's newer figures are named as the council's own, never as DfE's
    String own = profile.ownFigures().stream().map(f -> "; council's own figures at " + Wording.date(f.period().end()))
        .distinct().collect(Collectors.joining());
    // a local file's figures that replace DfE's for the year are the council's own, never DfE's
    String figures = v.ownFiguresOfYear().isPresent()
        ? "Council's own workforce figures at " + Wording.date(v.figures().end()) + " (replacing DfE's)"
        : "DfE workforce figures at " + Wording.date(v.figures().end());
    return figures + service(profile) + own + "; " + ofsted;
  }

  /**
   * The children in need and children looked after figures' period, when the brief shows any of
   * them for its year: "; children in need and in care: year to 31 March 2021".
   */
  private static String service(CouncilProfile profile) {
    boolean any = profile.comparisons().stream()
        .filter(c -> !c.indicator().publication().equals(io.github.cscbriefs.model.Workforce.PUBLICATION))
        .anyMatch(c -> c.series().stream().anyMatch(p -> p.year() == profile.year() && p.england().isPresent()));
    return any ? "; children in need and in care: year to 31 March " + profile.year() : "";
  }

  /** Every release the brief draws on, for the cover. */
  static String releases(List<SourceRelease> sources) {
    if (sources.isEmpty()) {
      return "Not listed";
    }
    return sources.stream().map(s -> s.publisher() + ", " + s.title() + ": " + s.release())
        .distinct().collect(Collectors.joining("; "));
  }
}
