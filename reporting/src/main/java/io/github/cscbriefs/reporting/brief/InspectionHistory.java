package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.Intervention;
import io.github.cscbriefs.model.Judgement;
import io.github.cscbriefs.model.JudgementArea;
import io.github.cscbriefs.model.SourceCoverage;
import io.github.cscbriefs.model.SourceCoverage.Kind;
import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.Cell;
import io.github.cscbriefs.reporting.Column;
import io.github.cscbriefs.reporting.Heading;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Rag;
import io.github.cscbriefs.reporting.Section;
import io.github.cscbriefs.reporting.Table;
import io.github.cscbriefs.reporting.TextStyle;
import io.github.cscbriefs.reporting.Wording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The inspections and visits on record, oldest first, their judgements, and interventions. */
final class InspectionHistory {

  private InspectionHistory() {}

  static Section section(CouncilProfile profile) {
    List<Block> blocks = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (profile.inspections().isEmpty()) {
      blocks.add(Paragraph.of(noneOnRecord(profile)));
    } else {
      blocks.add(Paragraph.of("Ofsted inspections and visits, oldest first, each with its source. "
          + coverage(profile) + " Graded inspections give a judgement; visits give none but can "
          + "name priority actions."));
      blocks.add(InspectionTimeline.chart(profile, timeline(profile, profile.inspections(), notes)));
    }
    profile.latestGradedInspection().ifPresent(latest -> {
      blocks.add(Heading.h2("Judgements at the latest graded inspection"));
      blocks.add(judgements(latest));
    });
    blocks.add(Heading.h2("Interventions"));
    blocks.add(interventions(profile, notes));
    if (!notes.isEmpty()) {
      blocks.add(Heading.h2("Sources of the entries from a local evidence file"));
      for (int n = 0; n < notes.size(); n++) {
        blocks.add(Paragraph.of("Source " + (n + 1) + ": " + notes.get(n), TextStyle.NOTE));
      }
    }
    return Section.onNewPage("Inspection history", blocks);
  }

  /**
   * What Ofsted's data covers, and that anything earlier comes only from a local evidence file:
   * "Ofsted's local authority inspection outcomes cover graded inspections from January 2018 to 31
   * March 2025 and visits from April 2024 to 31 March 2025; earlier ones are not in the official data:
   * add them in a local evidence file."
   */
  static String coverage(CouncilProfile profile) {
    Optional<String> graded = Provenance.period(profile, Kind.GRADED_INSPECTIONS);
    Optional<String> visits = Provenance.period(profile, Kind.VISITS);
    if (graded.isEmpty() && visits.isEmpty()) {
      return "No Ofsted outcomes were read: inspections and visits are only those of a local "
          + "evidence file.";
    }
    SourceCoverage source = profile.vintage().coverage(Kind.GRADED_INSPECTIONS)
        .or(() -> profile.vintage().coverage(Kind.VISITS)).orElseThrow();
    List<String> parts = new ArrayList<>();
    graded.ifPresent(p -> parts.add("graded inspections " + p));
    visits.ifPresent(p -> parts.add("visits " + p));
    return capitalised(Provenance.sourceName(source)) + " cover " + String.join(" and ", parts)
        + "; earlier ones are not in the official data: " + Provenance.ADD_LOCALLY + ".";
  }

  /** No record at all: said only of what Ofsted's data covers. */
  static String noneOnRecord(CouncilProfile profile) {
    Optional<LocalDate> to = profile.vintage().coveredTo(Kind.GRADED_INSPECTIONS)
        .or(() -> profile.vintage().coveredTo(Kind.VISITS));
    return to.map(d -> "No inspection or visit of " + profile.council().name() + " published by "
        + Wording.date(d) + " is in the Ofsted data read. ").orElse("") + coverage(profile);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * The source cell of a record: Ofsted's data and its vintage, or the local file with the number
   * of its citation in the list that follows the tables.
   */
  private static String sourceCell(Optional<String> citation, List<String> notes) {
    String note = citation.orElse("no source given in the file") + " (via " + Provenance.localFile() + ")";
    if (!notes.contains(note)) {
      notes.add(note);
    }
    return "Local evidence file, source " + (notes.indexOf(note) + 1);
  }

  private static Table timeline(CouncilProfile profile, List<Inspection> inspections, List<String> notes) {
    Table.Builder table = Table.withColumns(Column.text("Published", 0.9f),
        Column.text("Inspection or visit", 1.5f), Column.text("Judgement or theme", 1.3f),
        Column.text("Priority actions named", 2.8f), Column.text("Source", 1.4f));
    for (Inspection i : inspections) {
      String outcome = i.type().isGraded()
          ? i.overall().map(Judgement::label).orElse("Not judged")
          : i.theme().orElse("\u2013");
      // Neither Ofsted's outcomes nor a file without them say a visit named none: not "None".
      String actions = i.priorityActions().isEmpty() ? "Not recorded"
          : i.priorityActions().size() + ": " + String.join("; ", i.priorityActions());
      table.row(Cell.rowHeader(Wording.date(i.published())),
          Cell.of(Cover.kindOf(profile, i) + " (on site from " + Wording.date(i.start()) + ")"),
          judgementCell(i.type().isGraded() ? i.overall() : Optional.empty(), outcome),
          Cell.of(actions), Cell.of(Provenance.isLocal(i) ? sourceCell(i.citation(), notes)
              : Provenance.of(i, profile)));
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
  static Cell judgementCell(Optional<Judgement> judgement, String text) {
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

  private static Block interventions(CouncilProfile profile, List<String> notes) {
    if (profile.interventions().isEmpty()) {
      return Paragraph.of(profile.vintage().coverage(Kind.INTERVENTIONS)
          .map(c -> "No DfE intervention was in force on " + Wording.date(profile.asAt())
              + " according to " + Provenance.sourceName(c) + ".")
          .orElse("DfE interventions are not in the official data: DfE publishes no dataset of "
              + "them, so the brief cannot say whether one was in force. To show them, "
              + Provenance.ADD_LOCALLY + "."));
    }
    Table.Builder table = Table.withColumns(Column.text("Intervention", 1.4f),
        Column.text("Dates", 1.2f), Column.text("What was decided", 3f),
        Column.text("Source", 1.3f));
    for (Intervention i : profile.interventions()) {
      table.row(Cell.rowHeader(i.type().label()), Cell.of(Provenance.dates(i)),
          Cell.of(i.description()), Cell.of(sourceCell(i.citation(), notes)));
    }
    return table.build();
  }
}
