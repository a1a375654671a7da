package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.Intervention;
import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.Column;
import io.github.cscbriefs.reporting.DocumentInfo;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Table;
import io.github.cscbriefs.reporting.TextStyle;
import io.github.cscbriefs.reporting.Wording;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The cover: council, region, date, data vintage, latest judgement, current intervention. */
final class Cover {

  private Cover() {}

  static List<Block> blocks(CouncilProfile profile, DocumentInfo info, String releases,
      LocalDate today) {
    Table facts = Table.withColumns(Column.text("About this brief", 1), Column.text("Detail", 2.2f))
        .row("Region", profile.council().region().label())
        .row("Date of brief", Wording.date(today))
        .row("Workforce figures", "As at 30 September " + profile.year())
        .row("Data vintage", info.dataVintage())
        .row("Data releases", releases)
        .row("Latest Ofsted judgement", latestJudgement(profile))
        .row("Current intervention", intervention(profile))
        .build();
    return List.of(
        Paragraph.of("Children's social care workforce: improvement brief", TextStyle.LEAD),
        Paragraph.of(Wording.actionSummary(profile)),
        facts,
        Paragraph.of("Prepared by " + info.author() + " from official DfE and Ofsted data. "
            + "Contains public sector information licensed under the Open Government Licence "
            + "v3.0.", TextStyle.NOTE));
  }

  static String latestJudgement(CouncilProfile profile) {
    return profile.latestGradedInspection().map(i -> judgement(profile, i))
        .orElse("No graded inspection on record by " + Wording.date(profile.asAt()));
  }

  private static String judgement(CouncilProfile profile, Inspection inspection) {
    String overall = inspection.overall().map(j -> j.label()).orElse("Not judged");
    return overall + " (" + kindOf(profile, inspection) + ", published "
        + Wording.date(inspection.published()) + ")";
  }

  /** The inspection's type, naming the predecessor council when it was of one. */
  static String kindOf(CouncilProfile profile, Inspection inspection) {
    return inspection.type().label() + (profile.isPredecessor(inspection.laCode())
        ? " of " + profile.councilOf(inspection.laCode()).name() : "");
  }

  static String intervention(CouncilProfile profile) {
    if (profile.interventions().isEmpty()) {
      return "None in force on " + Wording.date(profile.asAt());
    }
    return profile.interventions().stream().map(Cover::intervention)
        .collect(Collectors.joining("; "));
  }

  private static String intervention(Intervention intervention) {
    return intervention.type().label() + " since " + Wording.date(intervention.start());
  }
}
