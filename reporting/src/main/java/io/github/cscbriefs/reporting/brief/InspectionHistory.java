package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.Intervention;
import io.github.cscbriefs.model.Judgement;
import io.github.cscbriefs.model.JudgementArea;
import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.Cell;
import io.github.cscbriefs.reporting.Column;
import io.github.cscbriefs.reporting.Heading;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Rag;
import io.github.cscbriefs.reporting.Section;
import io.github.cscbriefs.reporting.Table;
import io.github.cscbriefs.reporting.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The inspections and visits on record, oldest first, their judgements, and interventions. */
final class InspectionHistory {

  private InspectionHistory() {}

  static Section section(CouncilProfile profile) {
    List<Block> blocks = new ArrayList<>();
    if (profile.inspections().isEmpty()) {
      blocks.add(Paragraph.of("No Ofsted inspection or visit of " + profile.council().name()
          + " is on record by " + Wording.date(profile.asAt()) + "."));
    } else {
      blocks.add(Paragraph.of("Ofsted inspections and visits published by "
          + Wording.date(profile.asAt()) + ", oldest first. Graded inspections give a "
          + "judgement; visits give none but can name priority actions."));
      blocks.add(InspectionTimeline.chart(profile, timeline(profile, profile.inspections())));
    }
    profile.latestGradedInspection().ifPresent(latest -> {
      blocks.add(Heading.h2("Judgements at the latest graded inspection"));
      blocks.add(judgements(latest));
    });
    blocks.add(Heading.h2("Interventions"));
    blocks.add(interventions(profile));
    return Section.onNewPage("Inspection history", blocks);
  }

  private static Table timeline(CouncilProfile profile, List<Inspection> inspections) {
    Table.Builder table = Table.withColumns(Column.text("Published", 1.1f),
        Column.text("Inspection or visit", 1.5f), Column.text("Judgement or theme", 1.5f),
        Column.text("Priority actions named", 3.2f));
    for (Inspection i : inspections) {
      String outcome = i.type().isGraded()
          ? i.overall().map(Judgement::label).orElse("Not judged")
          : i.theme().orElse("\u2013");
      String actions = i.priorityActions().isEmpty() ? "None"
          : i.priorityActions().size() + ": " + String.join("; ", i.priorityActions());
      table.row(Cell.rowHeader(Wording.date(i.published())), Cell.of(Cover.kindOf(profile, i)),
          judgementCell(i.type().isGraded() ? i.overall() : Optional.empty(), outcome),
          Cell.of(actions));
    }
    return table.build();
  }

  private static Table judgements(Inspection latest) {
    Table.Builder table = Table.withColumns(Column.text("Area", 3f),
        Column.text("Judgement", 1.6f));
    for (Map.Entry<JudgementArea, Judgement> e : latest.judgements().entrySet()) {
      table.row(Cell.rowHeader(e.getKey().ofstedHeading()),
          judgementCell(Optional.of(e.getValue()), e.getValue().label()));
    }
    return table.build();
  }

  /** Inadequate red, requires improvement amber, good or better green: always with the word. */
  private static Cell judgementCell(Optional<Judgement> judgement, String text) {
    return judgement.flatMap(InspectionHistory::rag).map(r -> Cell.status(r, text))
        .orElse(Cell.of(text));
  }

  private static Optional<Rag> rag(Judgement judgement) {
    return switch (judgement) {
      case INADEQUATE -> Optional.of(Rag.RED);
      case REQUIRES_IMPROVEMENT -> Optional.of(Rag.AMBER);
      case GOOD, OUTSTANDING -> Optional.of(Rag.GREEN);
      case NOT_JUDGED -> Optional.empty();
    };
  }

  private static Block interventions(CouncilProfile profile) {
    if (profile.interventions().isEmpty()) {
      return Paragraph.of("No DfE intervention was in force on " + Wording.date(profile.asAt())
          + ".");
    }
    Table.Builder table = Table.withColumns(Column.text("Intervention", 1.6f),
        Column.text("Since", 1f), Column.text("What was decided", 3.4f));
    for (Intervention i : profile.interventions()) {
      table.row(Cell.rowHeader(i.type().label()), Cell.of(Wording.date(i.start())),
          Cell.of(i.description()));
    }
    return table.build();
  }
}
