package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.Evidence;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.metrics.PriorityAction;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.Unit;
import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.BulletList;
import io.github.cscbriefs.reporting.Cell;
import io.github.cscbriefs.reporting.Column;
import io.github.cscbriefs.reporting.Heading;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Section;
import io.github.cscbriefs.reporting.Span;
import io.github.cscbriefs.reporting.Table;
import io.github.cscbriefs.reporting.TextStyle;
import io.github.cscbriefs.reporting.Wording;
import java.util.ArrayList;
import java.util.List;

/**
 * One page: where the council stands, its three biggest risks and its top priority actions, each
 * with the figure behind it. Risks and actions are the metrics' priority actions, most urgent
 * first.
 */
final class ExecutiveSummary {

  static final int RISKS = 3;
  static final int ACTIONS = 4;

  private ExecutiveSummary() {}

  static Section section(CouncilProfile profile) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.h2("Where it stands"));
    blocks.add(new Paragraph(List.of(Span.bold("Ofsted: "), Span.plain(
        Cover.latestJudgement(profile) + ". "), Span.bold("Intervention: "),
        Span.plain(Cover.intervention(profile) + ".")), TextStyle.BODY));
    if (!profile.predecessors().isEmpty()) {
      blocks.add(Paragraph.of(profile.council().name() + " replaced " + profile.predecessors().stream()
          .map(c -> c.name()).collect(java.util.stream.Collectors.joining(" and "))
          + ": the figures and inspections from before it existed are its predecessor's."));
    }
    Wording.jointReturnNote(profile).map(Paragraph::of).ifPresent(blocks::add);
    blocks.add(Paragraph.of(Wording.actionSummary(profile)));
    blocks.add(Paragraph.of(worseThanEngland(profile)));
    history(profile).ifPresent(blocks::add);
    keyFigures(profile).ifPresent(blocks::add);
    List<PriorityAction> actions = profile.actions();
    if (actions.isEmpty()) {
      blocks.add(Heading.h2("Risks and priority actions"));
      blocks.add(Paragraph.of("The data show no priority action: no workforce figure is markedly "
          + "worse than England's and no inspection or intervention calls for one."));
      return Section.onNewPage("Executive summary", blocks);
    }
    blocks.add(Heading.h2(actions.size() >= RISKS ? "Three biggest risks" : "Biggest risks"));
    blocks.add(new BulletList(actions.stream().limit(RISKS).map(a -> risk(a, profile))
        .toList()));
    blocks.add(Heading.h2("Top priority actions"));
    blocks.add(new BulletList(actions.stream().limit(ACTIONS).map(ExecutiveSummary::action)
        .toList()));
    if (actions.size() > ACTIONS) {
      blocks.add(Paragraph.of("The full plan of " + actions.size() + " actions, with evidence, "
          + "owners and measures, is in the priority action plan.", TextStyle.NOTE));
    }
    return Section.onNewPage("Executive summary", blocks);
  }

  /** The rated indicators against England, with band and status: the dashboard in brief. */
  private static java.util.Optional<Table> keyFigures(CouncilProfile profile) {
    List<IndicatorComparison> rated = profile.comparisons().stream()
        .filter(c -> c.indicator().polarity() != Polarity.NONE && TrendWords.hasFigure(c.value()))
        .toList();
    if (rated.isEmpty()) {
      return java.util.Optional.empty();
    }
    Table.Builder table = Table.withColumns(Column.text("Indicator", 2.6f),
        Column.number("Council", 1), Column.number("England", 1), Column.text("Band", 0.7f),
        Column.text("Status", 1f));
    for (IndicatorComparison c : rated) {
      Unit unit = c.indicator().unit();
      table.row(Cell.rowHeader(c.indicator().label()), Cell.of(Wording.figure(c.value(), unit)),
          Cell.of(Wording.figure(c.england().comparator(), unit)),
          Cell.of(c.standing().map(s -> s.band().name()).orElse("\u2013")),
          Status.cell(profile, c));
    }
    return java.util.Optional.of(table.build());
  }

  private static Paragraph risk(PriorityAction action, CouncilProfile profile) {
    String fact = action.evidence().stream().findFirst().map(e -> Wording.statement(e, profile))
        .orElse(Wording.baseline(action));
    return new Paragraph(List.of(Span.bold(Wording.urgency(action.urgency()) + ": "), Span.plain(fact)),
        TextStyle.BODY);
  }

  private static Paragraph action(PriorityAction action) {
    return new Paragraph(List.of(Span.bold(Wording.title(action) + ". "),
        Span.plain("From " + Wording.baseline(action) + " to " + Wording.target(action) + " by "
            + Wording.date(action.targetDate()) + "; owner: " + Wording.owner(action.owner()) + ".")),
        TextStyle.BODY);
  }

  /**
   * How the council got here: the indicators longest worse than England (three years or more), each
   * with its worst year in the series. A gap is worth a board's time when it is large and lasting.
   */
  private static java.util.Optional<Paragraph> history(CouncilProfile profile) {
    List<String> parts = profile.comparisons().stream()
        .filter(c -> c.indicator().polarity() != Polarity.NONE && c.trend().yearsWorseThanEngland() >= 3)
        .sorted(java.util.Comparator.comparingInt((IndicatorComparison c) -> -c.trend().yearsWorseThanEngland()))
        .limit(3)
        .map(c -> lastingGap(c, profile))
        .toList();
    if (parts.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Paragraph(List.of(Span.bold("How it got here: "),
        Span.plain(String.join("; ", parts) + ".")), TextStyle.BODY));
  }

  private static String lastingGap(IndicatorComparison c, CouncilProfile profile) {
    String text = c.indicator().label().toLowerCase(java.util.Locale.UK) + " worse than England's for "
        + c.trend().yearsWorseThanEngland() + " years running"
        + Wording.includingPredecessor(c, profile.council(), c.year() - c.trend().yearsWorseThanEngland() + 1);
    return c.trend().worstOfRun().map(w -> text + ", " + Wording.atWorst(w, c.indicator().unit(),
        c.series().stream().filter(p -> p.year() == w.year()).findFirst(), profile.council())).orElse(text);
  }

  /**
   * How many rated indicators are worse than England, of those with a figure; the rest are named
   * with why they have none (DfE's reason), so "1 of 3" never hides two unreliable figures. An
   * indicator whose release does not cover the year is not counted.
   */
  static String worseThanEngland(CouncilProfile profile) {
    // An indicator whose release does not cover the year (children in care: one year's release)
    // has no figure to miss; one that DfE marked x, c, u or z, or left blank, is named below.
    List<IndicatorComparison> polar = profile.comparisons().stream()
        .filter(c -> c.indicator().polarity() != Polarity.NONE)
        .filter(c -> !c.value().equals(io.github.cscbriefs.model.Value.missing(MissingReason.NOT_PUBLISHED)))
        .toList();
    List<IndicatorComparison> rated = polar.stream().filter(c -> TrendWords.hasFigure(c.value())).toList();
    if (rated.isEmpty()) {
      return "No workforce figure was published for " + profile.year() + ".";
    }
    List<String> worse = rated.stream().filter(c -> c.england().worse())
        .map(c -> c.indicator().label().toLowerCase(java.util.Locale.UK)).toList();
    String sentence = "At 30 September " + profile.year() + " the council was worse than England on "
        + worse.size() + " of " + rated.size() + " workforce indicators"
        + (rated.size() < polar.size() ? " with a figure" : "")
        + (worse.isEmpty() ? "." : ": " + String.join(", ", worse) + ".");
    return sentence + missingFigures(polar, profile.year());
  }

  /** " No figure for 2024: turnover rate and vacancy rate (u: low reliability)." or "". */
  private static String missingFigures(List<IndicatorComparison> polar, int year) {
    java.util.Map<MissingReason, List<String>> byReason = new java.util.TreeMap<>();
    polar.stream().filter(c -> !TrendWords.hasFigure(c.value())).forEach(c -> byReason.computeIfAbsent(
        ((io.github.cscbriefs.model.Value.Missing) c.value()).reason(), r -> new ArrayList<>())
        .add(c.indicator().label().toLowerCase(java.util.Locale.UK)));
    if (byReason.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    // DfE's own symbols (x, z, c, u) are named; the reasons this project adds are only described.
    byReason.forEach((reason, labels) -> parts.add(and(labels) + " (" + (reason.symbol().isEmpty()
        || MissingReason.fromSymbol(reason.symbol()).isEmpty() ? "" : reason.symbol() + ": ")
        + reason.description() + ")"));
    return " No figure for " + year + ": " + String.join("; ", parts) + ".";
  }

  private static String and(List<String> items) {
    return items.size() == 1 ? items.get(0)
        : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
