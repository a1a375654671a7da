package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.Evidence;
import io.github.cscbriefs.metrics.Headline;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.metrics.PriorityAction;
import io.github.cscbriefs.metrics.Urgency;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.Judgement;
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
 * One page: where the council stands, what its figures show in words (the metrics' headline
 * facts), small charts of its workforce against England, and its three biggest risks and top
 * priority actions, each with the figure behind it; for a council Ofsted judged Good or Outstanding
 * with no immediate action, what to sustain and what to watch instead. Risks and actions are the
 * metrics' priority actions, most urgent first.
 */
final class ExecutiveSummary {

  static final int RISKS = 3;
  /** The most headline facts the summary leads with. */
  static final int HEADLINES = 4;

  private ExecutiveSummary() {}

  static Section section(CouncilProfile profile) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.h2("Where it stands"));
    blocks.add(new Paragraph(List.of(Span.bold("Ofsted: "), Span.plain(
        Cover.latestJudgement(profile) + ". "), Span.bold("Intervention: "),
        Span.plain(interventions(profile) + ".")), TextStyle.BODY));
    // Whose figures these are, in one paragraph: a reorganised council's earlier years are its
    // predecessor's, and a joint return covers both its councils.
    List<String> whose = new ArrayList<>();
    if (!profile.predecessors().isEmpty()) {
      whose.add(profile.council().name() + " replaced " + profile.predecessors().stream()
          .map(c -> c.name()).collect(java.util.stream.Collectors.joining(" and "))
          + ": the figures and inspections from before it existed are its predecessor's.");
    }
    Wording.jointReturnNote(profile).ifPresent(whose::add);
    if (!whose.isEmpty()) {
      blocks.add(Paragraph.of(String.join(" ", whose)));
    }
    // a long list is counted under its first three, which the summary shows
    boolean counted = !profile.shortList() && !sustains(profile);
    if (!counted) {
      blocks.add(Paragraph.of(Wording.actionSummary(profile)));
    }
    blocks.add(areas(profile));
    demand(profile).ifPresent(blocks::add);
    boolean sustain = sustains(profile);
    // each note on whose figures these are, and each judgement area's row after the first, takes the
    // room of one headline, so the summary keeps to a page
    int areas = AreaSection.byArea(profile).size();
    // the first headline stays unless notes on whose figures these are take its room
    int budget = Math.max(whose.isEmpty() ? 1 : 0, HEADLINES - whose.size() - Math.max(0, areas - 1));
    List<Headline> story = profile.headlines().stream().filter(h -> !sustain || !h.favourable())
        .limit(budget).toList();
    if (!sustain && story.size() == 1) {
      // one fact needs no heading of its own: it closes "where it stands"
      blocks.add(Paragraph.of(Wording.headline(story.get(0))));
    } else if (!sustain && !story.isEmpty()) {
      blocks.add(Heading.h2("What the figures show"));
      blocks.add(new BulletList(story.stream().map(h -> Paragraph.of(Wording.headline(h))).toList()));
    }
    figures(profile).ifPresent(blocks::add);
    List<PriorityAction> actions = profile.actions();
    if (sustain) {
      blocks.addAll(sustainAndWatch(profile, story, budget));
      return Section.onNewPage("Executive summary", blocks);
    }
    if (actions.isEmpty()) {
      blocks.add(Heading.h2("Risks and priority actions"));
      blocks.add(Paragraph.of("The data show no priority action: no figure is markedly "
          + "worse than England's and no inspection or intervention calls for one."));
      return Section.onNewPage("Executive summary", blocks);
    }
    blocks.add(Heading.h2(actions.size() >= RISKS ? "Three biggest risks and what to do first"
        : "Biggest risks and what to do first"));
    blocks.add(new BulletList(actions.stream().limit(RISKS).map(a -> riskAndAction(a, profile))
        .toList()));
    if (counted) {
      long immediate = actions.stream().filter(a -> a.urgency() == Urgency.IMMEDIATE).count();
      blocks.add(Paragraph.of(Wording.count(actions.size(), "priority action", "priority actions") + ", "
          + immediate + " immediate: the full plan, with evidence, owners and measures, is in the priority "
          + "action plan.", TextStyle.NOTE));
    }
    return Section.onNewPage("Executive summary", blocks);
  }

  /**
   * The interventions as the summary names them: all of them, as on the cover, when there are one or
   * two; otherwise the latest to start and how many earlier ones the cover lists, so the summary
   * keeps to a page.
   */
  static String interventions(CouncilProfile profile) {
    List<io.github.cscbriefs.model.Intervention> all = profile.interventions();
    if (all.size() <= 2) {
      return Cover.intervention(profile);
    }
    io.github.cscbriefs.model.Intervention latest = all.stream()
        .max(java.util.Comparator.comparing(io.github.cscbriefs.model.Intervention::start)).orElseThrow();
    return latest.type().label() + " " + Provenance.span(latest) + ", after "
        + Wording.count(all.size() - 1, "earlier intervention", "earlier interventions")
        + " listed on the cover (" + Provenance.localFile() + ")";
  }

  /**
   * True when Ofsted's latest graded judgement is Good or Outstanding and no action is immediate:
   * the brief then says what to sustain, and what to watch, rather than telling a failing story.
   */
  static boolean sustains(CouncilProfile profile) {
    boolean good = profile.latestGradedInspection().flatMap(Inspection::overall)
        .filter(j -> j == Judgement.GOOD || j == Judgement.OUTSTANDING).isPresent();
    return good && profile.actions().stream().noneMatch(a -> a.urgency() == Urgency.IMMEDIATE);
  }

  /** For a Good or Outstanding council: its strengths to keep, then what could undo them. */
  private static List<Block> sustainAndWatch(CouncilProfile profile, List<Headline> watch, int budget) {
    List<Block> blocks = new ArrayList<>();
    List<Paragraph> keep = new ArrayList<>();
    profile.latestGradedInspection().ifPresent(i -> keep.add(Paragraph.of("Ofsted's judgement: "
        + i.overall().orElseThrow().label() + " (" + i.type().label() + ", published "
        + Wording.date(i.published()) + "). Keep what earned it.")));
    List<Headline> strengths = profile.headlines().stream().filter(Headline::favourable).limit(budget).toList();
    strengths.forEach(h -> keep.add(Paragraph.of(Wording.headline(h))));
    if (strengths.isEmpty()) {
      profile.comparisons().stream()
          .filter(c -> c.indicator().polarity() != Polarity.NONE && c.value().isPresent()
              && c.england().comparator().isPresent() && !c.england().worse()
              && Sparklines.drawable(profile).contains(c))
          .limit(budget)
          .forEach(c -> keep.add(Paragraph.of(c.indicator().label() + " at or better than England's: "
              + Wording.figure(c.value(), c.indicator().unit()) + " against "
              + Wording.figure(c.england().comparator(), c.indicator().unit()) + ".")));
    }
    blocks.add(Heading.h2("What to sustain"));
    blocks.add(keep.isEmpty() ? Paragraph.of("No figure is better than England's this year.") : new BulletList(keep));
    // the biggest risks, then the other bad news about figures no risk shown is about
    List<PriorityAction> top = profile.actions().stream().limit(RISKS).toList();
    List<Paragraph> risks = new ArrayList<>(top.stream().map(a -> risk(a, profile)).toList());
    watch.stream().filter(h -> top.stream().noneMatch(a -> a.restsOn(h.indicator())))
        .limit(Math.max(0, budget - risks.size())).forEach(h -> risks.add(Paragraph.of(Wording.headline(h))));
    blocks.add(Heading.h2("What to watch"));
    blocks.add(risks.isEmpty() ? Paragraph.of("Nothing in the data calls for a priority action.")
        : new BulletList(risks));
    return blocks;
  }

  /** The small charts with their figures, or the key figures table when there is nothing to draw. */
  private static java.util.Optional<Block> figures(CouncilProfile profile) {
    java.util.Optional<Block> chart = Sparklines.figure(profile).map(Block.class::cast);
    return chart.isPresent() ? chart : keyFigures(profile).map(Block.class::cast);
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

  /** A risk with its action: the urgency, what to do, the fact behind it, and the target and owner. */
  private static Paragraph riskAndAction(PriorityAction action, CouncilProfile profile) {
    String fact = action.evidence().stream().findFirst().map(e -> Wording.statement(e, profile))
        .orElse("From " + Wording.baseline(action) + ".");
    return new Paragraph(List.of(Span.bold(Wording.urgency(action.urgency()) + ": " + Wording.title(action) + ". "),
        Span.plain(fact + " " + Wording.aim(action) + "; owner: " + Wording.owner(action.owner()) + ".")),
        TextStyle.BODY);
  }

  /**
   * One row per judgement area with indicators: Ofsted's latest judgement of it, and how its rated
   * indicators stand against England, with their statuses.
   */
  static Table areas(CouncilProfile profile) {
    Table.Builder table = Table.withColumns(Column.text("Judgement area", 1.2f),
        Column.text("Ofsted's latest", 1.95f), Column.text("Rated indicators, " + profile.year(), 3.0f));
    AreaSection.byArea(profile).forEach((area, comparisons) -> table.row(Cell.rowHeader(AreaSection.title(area)),
        AreaSection.judgementCell(profile, area), Cell.of(worseThanEngland(profile, comparisons))));
    return table.build();
  }

  /**
   * The demand the areas' figures are read against, in one line: each area's first rate per 10,000
   * children with a figure, England's in brackets ("Per 10,000 children (England's in brackets):
   * children in need 666.8 (329.6); children in care 179.5 (68.5)."). Rates are compared, never
   * rated: neither a higher nor a lower one is better.
   */
  static java.util.Optional<Paragraph> demand(CouncilProfile profile) {
    List<String> rates = new ArrayList<>();
    AreaSection.byArea(profile).values().forEach(comparisons -> comparisons.stream()
        .filter(c -> c.indicator().polarity() == Polarity.NONE
            && c.indicator().unit() == io.github.cscbriefs.model.Unit.PER_10000_CHILDREN
            && c.value().isPresent() && c.england().comparator().isPresent())
        .findFirst()
        .ifPresent(c -> rates.add(c.indicator().label().replace(" per 10,000 children", "")
            .toLowerCase(java.util.Locale.UK) + " " + Wording.figure(c.value(), c.indicator().unit()) + " ("
            + Wording.figure(c.england().comparator(), c.indicator().unit()) + ")")));
    return rates.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Paragraph.of(
        "Per 10,000 children (England's in brackets): " + String.join("; ", rates) + ".", TextStyle.NOTE));
  }

  /**
   * How many of the rated indicators {@code comparisons} are worse than England, of those with a
   * figure, and their statuses ("5 of 5 worse than England; 3 Red, 2 Amber."); the worse ones are
   * named in the small charts' table and the dashboard; the rest are named with why they have none (DfE's reason), so "1 of
   * 3" never hides two unreliable figures. An indicator whose release does not cover the year is not
   * counted.
   */
  static String worseThanEngland(CouncilProfile profile, List<IndicatorComparison> comparisons) {
    // An indicator whose release does not cover the year (children in care: one year's release)
    // has no figure to miss; one that DfE marked x, c, u or z, or left blank, is named below.
    List<IndicatorComparison> polar = comparisons.stream()
        .filter(c -> c.indicator().polarity() != Polarity.NONE)
        .filter(c -> !c.value().equals(io.github.cscbriefs.model.Value.missing(MissingReason.NOT_PUBLISHED)))
        .toList();
    if (comparisons.stream().allMatch(c -> c.indicator().polarity() == Polarity.NONE)) {
      return "None: compared with England, never rated (neither a higher nor a lower figure is better).";
    }
    List<IndicatorComparison> rated = polar.stream().filter(c -> TrendWords.hasFigure(c.value())).toList();
    if (rated.isEmpty()) {
      String missing = missingFigures(polar, profile.year());
      return missing.isEmpty() ? "No figure for " + profile.year() + "."
          : "No figure for " + profile.year() + ":" + missing.substring(" No figure:".length());
    }
    long worse = rated.stream().filter(c -> c.england().worse()).count();
    java.util.Map<io.github.cscbriefs.reporting.Rag, Long> statuses = new java.util.EnumMap<>(
        io.github.cscbriefs.reporting.Rag.class);
    rated.forEach(c -> Status.of(profile, c).ifPresent(r -> statuses.merge(r, 1L, Long::sum)));
    String status = statuses.isEmpty() ? "" : "; " + statuses.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().word()).collect(java.util.stream.Collectors.joining(", "));
    return worse + " of " + rated.size() + (rated.size() < polar.size() ? " with a figure" : "")
        + " worse than England" + status + "." + missingFigures(polar, profile.year());
  }

  /** " No figure: turnover rate and vacancy rate (u)." or "". */
  private static String missingFigures(List<IndicatorComparison> polar, int year) {
    java.util.Map<MissingReason, List<String>> byReason = new java.util.TreeMap<>();
    polar.stream().filter(c -> !TrendWords.hasFigure(c.value())).forEach(c -> byReason.computeIfAbsent(
        ((io.github.cscbriefs.model.Value.Missing) c.value()).reason(), r -> new ArrayList<>())
        .add(c.indicator().label().toLowerCase(java.util.Locale.UK)));
    if (byReason.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    // DfE's own symbols (x, z, c, u) are named, as the dashboard's note and the methodology explain
    // them; the reasons this project adds are described.
    // more than two of one reason are counted (the dashboard names each), so a row stays short
    byReason.forEach((reason, labels) -> parts.add((labels.size() > 2 ? labels.size() + " of the area's indicators"
        : and(labels)) + " (" + (reason.symbol().isEmpty()
        || MissingReason.fromSymbol(reason.symbol()).isEmpty() ? reason.description() : reason.symbol()) + ")"));
    return " No figure: " + String.join("; ", parts) + ".";
  }

  private static String and(List<String> items) {
    return items.size() == 1 ? items.get(0)
        : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
