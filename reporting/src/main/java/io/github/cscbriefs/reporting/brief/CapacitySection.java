package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.Capacity;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.FigureSource;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Unit;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.reporting.Cell;
import io.github.cscbriefs.reporting.Column;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Section;
import io.github.cscbriefs.reporting.Table;
import io.github.cscbriefs.reporting.TextStyle;
import io.github.cscbriefs.reporting.Wording;
import java.util.List;

/** The social workers needed to reach the caseload target, and the agency and vacancy positions. */
final class CapacitySection {

  private CapacitySection() {}

  // Only the figures that could be worked out are put into words; the table shows the rest. A
  // joint return's figures are said to be of all its members, never of the council alone.
  private static String summary(Capacity c, String target, Council council) {
    List<String> parts = new java.util.ArrayList<>();
    String who = c.source().isJoint() || c.source().isPredecessor()
        ? Wording.whose(c.source(), council) : "the council";
    if (c.socialWorkersNeeded().isPresent()) {
      parts.add("To bring the average caseload to " + target + " (" + targetSource(c)
          + "), " + who + " would need " + Wording.withUnit(c.socialWorkersNeeded(), Unit.FTE)
          + " more case-holding social workers.");
    }
    String englandRate = Wording.withUnit(c.englandAgencyRate(), Unit.PERCENT);
    if (c.agencyToConvert().isPresent() && c.agencyToConvert().asDouble().getAsDouble() == 0) {
      parts.add("The agency worker rate is within England's " + englandRate
          + ": no agency work needs to move to permanent posts.");
    } else if (c.agencyToConvert().isPresent()) {
      parts.add("To reach England's agency worker rate of " + englandRate + ", "
          + Wording.withUnit(c.agencyToConvert(), Unit.FTE)
          + " of agency work would move to permanent posts.");
    } else if (c.agencyToConvert().equals(Value.missing(MissingReason.LOW))) {
      parts.add("Agency FTE rounds to 0, so what would move to permanent posts to reach England's rate of "
          + englandRate + " is under the rounding threshold (" + Wording.withUnit(c.agencyToConvert(), Unit.FTE)
          + ").");
    }
    if (c.vacanciesToFill().isPresent()) {
      parts.add(Wording.withUnit(c.vacanciesToFill(), Unit.FTE) + " of vacancies are to fill"
          + (who.equals("the council") ? "." : " across " + who + "."));
    }
    return parts.isEmpty()
        ? "The council's figures needed to work out its capacity were not published."
        : String.join(" ", parts);
  }

  /** Whose return the figures are, when not the council's own alone. */
  private static java.util.Optional<String> whoseFigures(Capacity c, CouncilProfile profile) {
    Council council = profile.council();
    if (c.source() instanceof FigureSource.Joint joint) {
      return java.util.Optional.of("These are the figures of one joint workforce return made by "
          + Wording.members(joint) + ": every figure below, the social workers needed and the vacancies "
          + "to fill included, is for " + (joint.members().size() == 2 ? "both councils" : "all of them")
          + " together, not " + council.name() + " alone.");
    } else if (c.source() instanceof FigureSource.Predecessor p) {
      return java.util.Optional.of("These are " + Wording.predecessorName(p, council) + "'s figures: "
          + council.name() + " reports its own from " + p.successorsFrom() + ".");
    }
    return java.util.Optional.empty();
  }

  private static String targetSource(Capacity c) {
    return switch (c.targetSource()) {
      case ENGLAND -> "England";
      case CALLER -> "Caller's target";
    };
  }

  static Section section(CouncilProfile profile) {
    Capacity c = profile.capacity();
    String target = Wording.figure(c.caseloadTarget(), Unit.CASES_PER_FTE);
    Table table = Table.withColumns(Column.text(c.source().isJoint()
                ? "Figure, joint return (FTE unless stated)" : "Figure (FTE unless stated)", 3f),
            Column.number("Value", 1), Column.text("Formula", 3f))
        .row(Cell.rowHeader("Cases held"), Cell.of(Wording.figure(c.cases(), Unit.COUNT)),
            Cell.of("Published, at 30 September " + profile.year()))
        .row(Cell.rowHeader("Case-holding social workers"),
            Cell.of(Wording.figure(c.caseHoldersFte(), Unit.FTE)),
            Cell.of("Published, including agency workers"))
        .row(Cell.rowHeader("Caseload target (" + targetSource(c) + ")"), Cell.of(target),
            Cell.of("Cases per case-holding FTE"))
        .row(Cell.rowHeader("Social workers needed"),
            Cell.of(Wording.figure(c.socialWorkersNeeded(), Unit.FTE)),
            Cell.of("max(0, cases \u00F7 target \u2212 case-holding FTE)"))
        .row(Cell.rowHeader("England's agency worker rate"),
            Cell.of(Wording.figure(c.englandAgencyRate(), Unit.PERCENT)),
            Cell.of("Published"))
        .row(Cell.rowHeader("Agency FTE to convert to permanent posts"),
            Cell.of(Wording.figure(c.agencyToConvert(), Unit.FTE)),
            Cell.of("max(0, agency FTE \u2212 England's rate \u00D7 (agency FTE + "
                + "LA-employed FTE))"))
        .row(Cell.rowHeader("Vacancies to fill"),
            Cell.of(Wording.figure(c.vacanciesToFill(), Unit.FTE)),
            Cell.of("Published vacancies at 30 September"))
        .build();
    List<io.github.cscbriefs.reporting.Block> blocks = new java.util.ArrayList<>();
    blocks.add(Paragraph.of(summary(c, target, profile.council())));
    whoseFigures(c, profile).map(Paragraph::of).ifPresent(blocks::add);
    blocks.add(table);
    blocks.add(Paragraph.of("All figures are full-time equivalents (FTE) and never negative; a missing "
        + "input leaves the result missing.", TextStyle.NOTE));
    return Section.continuing("Capacity", blocks);
  }
}
