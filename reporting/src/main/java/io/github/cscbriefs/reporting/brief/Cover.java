package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.SourceCoverage;
import io.github.cscbriefs.model.SourceCoverage.Kind;
import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.Column;
import io.github.cscbriefs.reporting.DocumentInfo;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Table;
import io.github.cscbriefs.reporting.TextStyle;
import io.github.cscbriefs.reporting.Wording;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The cover: council, region, date, data vintage, latest judgement, interventions, each with its source. */
final class Cover {

  private Cover() {}

  static List<Block> blocks(CouncilProfile profile, DocumentInfo info, String releases,
      boolean localFile, LocalDate today) {
    Table facts = Table.withColumns(Column.text("About this brief", 1), Column.text("Detail", 2.2f))
        .row("Region", profile.council().region().label())
        .row("Date of brief", Wording.date(today))
        .row("Workforce figures", "As at 30 September " + profile.year()
            + (profile.vintage().ownFiguresOfYear().isPresent()
                ? ": the council's own, from its local evidence file, replacing DfE's" : ""))
        .row("Children in need and in care figures", "For the year to 31 March " + profile.year()
            + " (children looked after and care leavers published from 2021)")
        .row("Data vintage", info.dataVintage())
        .row("Data releases", releases)
        .row("Latest Ofsted judgement", latestJudgementWithSource(profile))
        .row("DfE interventions", intervention(profile))
        .build();
    return List.of(
        Paragraph.of("Children's social care: improvement brief", TextStyle.LEAD),
        Paragraph.of(Wording.actionSummary(profile)),
        facts,
        Paragraph.of("Prepared by " + info.author() + " from official DfE, Ofsted and ONS data"
            + (localFile ? " and a local evidence file" : "") + ". Contains public sector "
            + "information licensed under the Open Government Licence v3.0.", TextStyle.NOTE));
  }

  /** The latest judgement with its date ("Inadequate (ILACS standard inspection, published ...)"). */
  static String latestJudgement(CouncilProfile profile) {
    return profile.latestGradedInspection().map(i -> judgement(profile, i, false))
        .orElseGet(() -> noGradedInspection(profile));
  }

  /** The latest judgement with its date and source, for the cover's table. */
  static String latestJudgementWithSource(CouncilProfile profile) {
    return profile.latestGradedInspection().map(i -> judgement(profile, i, true))
        .orElseGet(() -> noGradedInspection(profile));
  }

  /** No graded inspection: said only of the period Ofsted's data covers, and how to add earlier ones. */
  static String noGradedInspection(CouncilProfile profile) {
    Optional<String> period = Provenance.period(profile, Kind.GRADED_INSPECTIONS);
    if (period.isEmpty()) {
      return "Not in the data read (no Ofsted outcomes were read); " + Provenance.ADD_LOCALLY;
    }
    SourceCoverage c = profile.vintage().coverage(Kind.GRADED_INSPECTIONS).orElseThrow();
    if (Provenance.startsAfterHistory(profile, Kind.GRADED_INSPECTIONS)) {
      return "Not in the official data: " + Provenance.sourceName(c) + " covers inspections from "
          + Wording.date(c.from().orElseThrow()) + "; " + Provenance.ADD_LOCALLY.replace("them", "earlier ones");
    }
    return "No graded inspection in " + Provenance.sourceName(c) + ", which cover inspections "
        + period.get() + "; " + Provenance.ADD_LOCALLY.replace("them", "earlier ones");
  }

  private static String judgement(CouncilProfile profile, Inspection inspection, boolean withSource) {
    String overall = inspection.overall().map(j -> j.label()).orElse("Not judged");
    String source = Provenance.isLocal(inspection) ? Provenance.localFile()
        : profile.vintage().inspectionsAsAt().map(d -> "Ofsted's outcomes as at " + Wording.date(d))
            .orElse("Ofsted's outcomes");
    return overall + " (" + kindAndPublished(profile, inspection) + (withSource ? "; " + source : "") + ")";
  }

  /** "ILACS standard inspection, published 26 November 2021": the inspection's kind and date. */
  static String kindAndPublished(CouncilProfile profile, Inspection inspection) {
    return kindOf(profile, inspection) + ", published " + Wording.date(inspection.published());
  }

  /** The inspection's type, naming the predecessor council when it was of one. */
  static String kindOf(CouncilProfile profile, Inspection inspection) {
    return inspection.type().label() + (profile.isPredecessor(inspection.laCode())
        ? " of " + profile.councilOf(inspection.laCode()).name() : "");
  }

  /**
   * The interventions in force, named with their source; "none" only where a local evidence file
   * lists the council's interventions; otherwise that the official data holds none and how to add
   * them.
   */
  static String intervention(CouncilProfile profile) {
    if (!profile.interventions().isEmpty()) {
      return profile.interventions().stream().map(i -> i.type().label() + " " + Provenance.span(i))
          .collect(Collectors.joining("; ")) + " (" + profile.interventions().stream()
          .map(i -> Provenance.localFile()).distinct().collect(Collectors.joining(", ")) + ")";
    }
    return profile.vintage().coverage(Kind.INTERVENTIONS)
        .map(c -> "None in force on " + Wording.date(profile.asAt()) + " according to "
            + Provenance.sourceName(c))
        .orElse(NOT_IN_OFFICIAL_DATA);
  }

  /** What the brief says where no source covers interventions. */
  static final String NOT_IN_OFFICIAL_DATA = "Not in the official data (DfE publishes no dataset of "
      + "them); " + Provenance.ADD_LOCALLY;
}
