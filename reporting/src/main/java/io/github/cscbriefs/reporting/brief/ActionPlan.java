package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.Evidence;
import io.github.cscbriefs.metrics.PriorityAction;
import io.github.cscbriefs.metrics.Urgency;
import io.github.cscbriefs.reporting.Cell;
import io.github.cscbriefs.reporting.Column;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Rag;
import io.github.cscbriefs.reporting.Section;
import io.github.cscbriefs.reporting.Table;
import io.github.cscbriefs.reporting.TextStyle;
import java.util.List;
import java.util.stream.Collectors;

/** The priority actions as a plan: rank, action, urgency, evidence, owner, target, measure. */
final class ActionPlan {

  private ActionPlan() {}

  static Section section(CouncilProfile profile) {
    if (profile.actions().isEmpty()) {
      return Section.onNewPage("Priority action plan", List.of(Paragraph.of(profile.summary())));
    }
    Table.Builder table = Table.withColumns(Column.text("Rank", 0.65f),
        Column.text("Action", 1.8f), Column.text("Urgency", 1.2f),
        Column.text("Evidence", 2.5f), Column.text("Owner", 1.1f),
        Column.text("Target and date", 1.3f), Column.text("Measure", 1.3f));
    List<PriorityAction> actions = profile.actions();
    for (int i = 0; i < actions.size(); i++) {
      PriorityAction a = actions.get(i);
      table.row(Cell.rowHeader(Integer.toString(i + 1)), Cell.of(a.title()), urgency(a.urgency()),
          Cell.of(a.evidence().stream().map(Evidence::statement)
              .collect(Collectors.joining(" "))),
          Cell.of(a.owner()),
          Cell.of(a.targetText() + " by " + Figures.date(a.targetDate())),
          Cell.of("From " + a.baselineText()));
    }
    return Section.onNewPage("Priority action plan", List.of(
        Paragraph.of(profile.summary()),
        table.build(),
        Paragraph.of("Actions are drafted from the data by the rules under Methodology and "
            + "ordered by urgency, then severity. Owners are suggested roles; a board should "
            + "confirm owners, milestones and targets. Urgency: Immediate (red square), High "
            + "(amber triangle), Medium.", TextStyle.NOTE)));
  }

  private static Cell urgency(Urgency urgency) {
    return switch (urgency) {
      case IMMEDIATE -> Cell.status(Rag.RED, urgency.label());
      case HIGH -> Cell.status(Rag.AMBER, urgency.label());
      case MEDIUM -> Cell.of(urgency.label());
    };
  }
}
