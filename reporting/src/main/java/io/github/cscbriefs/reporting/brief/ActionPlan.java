package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.PlanProgress;
import io.github.cscbriefs.metrics.PlanStatus;
import io.github.cscbriefs.metrics.PriorityAction;
import io.github.cscbriefs.metrics.Urgency;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.PlanAction;
import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.BulletList;
import io.github.cscbriefs.reporting.Cell;
import io.github.cscbriefs.reporting.Column;
import io.github.cscbriefs.reporting.Heading;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Rag;
import io.github.cscbriefs.reporting.Section;
import io.github.cscbriefs.reporting.Table;
import io.github.cscbriefs.reporting.TextStyle;
import io.github.cscbriefs.reporting.Wording;
import java.util.ArrayList;
import java.util.List;

/**
 * The priority actions as a plan (rank, action, urgency, evidence, owner, target, measure); the
 * progress of the council's own improvement plan when it supplied one, with what each of its
 * actions involves (how, what it answers, milestones) and a flag on a baseline that is not the
 * official figure; and the recommendations and report links of inspections in its own file.
 */
final class ActionPlan {

  private ActionPlan() {}

  static Section section(CouncilProfile profile) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Paragraph.of(Wording.actionSummary(profile)));
    if (!profile.actions().isEmpty()) {
      blocks.add(priorities(profile));
      blocks.add(Paragraph.of("Actions follow from the data by the rules under Methodology "
          + "and ordered by urgency, then severity. Owners are suggested roles; a board should "
          + "confirm owners, milestones and targets. Urgency: Immediate (red square), High "
          + "(amber triangle), Medium.", TextStyle.NOTE));
    }
    if (!profile.plan().isEmpty()) {
      blocks.add(Heading.h2("Progress on the council's improvement plan"));
      blocks.add(progress(profile));
      blocks.add(Paragraph.of("The council's own plan actions, each judged from the published "
          + "figures against a straight line from its baseline to its target: Met or On track "
          + "(green circle), Off track (red square).", TextStyle.NOTE));
      details(profile).ifPresent(list -> {
        blocks.add(Heading.h3("What each plan action involves"));
        blocks.add(list);
      });
    }
    recommendations(profile).ifPresent(list -> {
      blocks.add(Heading.h2("What Ofsted asked for"));
      blocks.add(Paragraph.of("Recommendations and reports of inspections in the council's own "
          + "file, oldest first."));
      blocks.add(list);
    });
    return Section.onNewPage("Priority action plan", blocks);
  }

  private static Table priorities(CouncilProfile profile) {
    List<PriorityAction> actions = profile.actions();
    Table.Builder table = Table.withColumns(Column.text("Rank", 0.65f),
        Column.text("Action", 1.8f), Column.text("Urgency", 1.2f),
        Column.text("Evidence", 2.5f), Column.text("Owner", 1.1f),
        Column.text("Target and date", 1.3f), Column.text("Measure", 1.3f));
    for (int i = 0; i < actions.size(); i++) {
      PriorityAction a = actions.get(i);
      table.row(Cell.rowHeader(Integer.toString(i + 1)), Cell.of(Wording.title(a)), urgency(a.urgency()),
          Cell.of(String.join(" ", Wording.evidence(a, profile))),
          Cell.of(Wording.owner(a.owner())),
          Cell.of(Wording.target(a) + " by " + Wording.date(a.targetDate())),
          Cell.of("From " + Wording.baseline(a)));
    }
    return table.build();
  }

  private static Table progress(CouncilProfile profile) {
    Table.Builder table = Table.withColumns(Column.text("Ref", 0.5f),
        Column.text("Action", 2.2f), Column.text("Owner", 1.3f),
        Column.text("Measure", 1.6f), Column.text("Status", 1.1f),
        Column.text("Latest figure against the line", 2.6f));
    for (PlanProgress p : profile.plan()) {
      PlanAction action = p.action();
      String measure = Wording.measure(action);
      table.row(Cell.rowHeader(action.id()), Cell.of(action.title()), Cell.of(action.owner()),
          Cell.of(measure), status(p.status()), Cell.of(Wording.progress(p, profile.year())
              + p.baselineMismatch().map(m -> " " + Wording.baselineMismatch(m,
                  action.measure().orElseThrow().indicator().unit())).orElse("")));
    }
    return table.build();
  }

  /** Each plan action's how, answers and milestones, when the plan gives any. */
  private static java.util.Optional<BulletList> details(CouncilProfile profile) {
    List<Paragraph> items = new ArrayList<>();
    for (PlanProgress p : profile.plan()) {
      String details = Wording.planDetails(p.action());
      if (!details.isEmpty()) {
        items.add(Paragraph.lead(p.action().id() + ". " + p.action().title().strip() + ". ",
            details));
      }
    }
    return items.isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(new BulletList(items));
  }

  /** The recommendations and report links of the inspections on record, when any has them. */
  private static java.util.Optional<BulletList> recommendations(CouncilProfile profile) {
    List<Paragraph> items = new ArrayList<>();
    for (Inspection i : profile.inspections()) {
      String text = Wording.recommendations(i);
      if (!text.isEmpty()) {
        items.add(Paragraph.lead(Cover.kindOf(profile, i) + ", published "
            + Wording.date(i.published()) + ". ", text));
      }
    }
    return items.isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(new BulletList(items));
  }

  /** Met and on track green, off track red, each with its word; no figure, no colour. */
  private static Cell status(PlanStatus status) {
    return switch (status) {
      case MET, ON_TRACK -> Cell.status(Rag.GREEN, Wording.planStatus(status));
      case OFF_TRACK -> Cell.status(Rag.RED, Wording.planStatus(status));
      case NO_DATA, NO_MEASURE -> Cell.of(Wording.planStatus(status));
    };
  }

  private static Cell urgency(Urgency urgency) {
    return switch (urgency) {
      case IMMEDIATE -> Cell.status(Rag.RED, Wording.urgency(urgency));
      case HIGH -> Cell.status(Rag.AMBER, Wording.urgency(urgency));
      case MEDIUM -> Cell.of(Wording.urgency(urgency));
    };
  }
}
