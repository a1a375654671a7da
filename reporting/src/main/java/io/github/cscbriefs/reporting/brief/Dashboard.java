package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.ComparatorKind;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.model.Unit;
import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.BulletList;
import io.github.cscbriefs.reporting.Cell;
import io.github.cscbriefs.reporting.Column;
import io.github.cscbriefs.reporting.Heading;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Section;
import io.github.cscbriefs.reporting.Table;
import io.github.cscbriefs.reporting.TextStyle;
import io.github.cscbriefs.reporting.Wording;
import java.util.ArrayList;
import java.util.List;

/**
 * Every indicator, one table per Ofsted judgement area: the council against each comparator, band,
 * trend and status.
 */
final class Dashboard {

  private Dashboard() {}

  /** One area's indicators: the council against each comparator, band, trend and status. */
  private static Table table(CouncilProfile profile, List<IndicatorComparison> comparisons) {
    Table.Builder table = Table.withColumns(Column.text("Indicator", 1.9f),
        Column.number("Latest", 0.9f), Column.number("England", 0.95f),
        Column.number("Region", 0.9f), Column.number("Neighbours", 1.2f),
        Column.number("Gap to England", 1f), Column.text("Band", 0.62f),
        Column.text("Trend", 1.3f), Column.text("Status", 0.95f));
    for (IndicatorComparison c : comparisons) {
      Unit unit = c.indicator().unit();
      table.row(Cell.rowHeader(c.indicator().label()),
          Cell.of(Wording.figure(c.value(), unit)),
          Cell.of(Wording.figure(c.england().comparator(), unit)),
          Cell.of(Wording.figure(c.gap(ComparatorKind.REGION).comparator(), unit)),
          Cell.of(Wording.figure(c.gap(ComparatorKind.NEIGHBOUR_MEAN).comparator(), unit)),
          Cell.of(isCount(unit) ? "\u2013" : Wording.signed(c.england().difference(), unit)),
          Cell.of(c.standing().map(s -> s.band().name()).orElse("\u2013")),
          Cell.of(TrendWords.arrow(c)),
          Status.cell(profile, c));
    }
    return table.build();
  }

  // A council's count of staff is not comparable with England's total: no gap is shown.
  private static boolean isCount(Unit unit) {
    return unit == Unit.FTE || unit == Unit.HEADCOUNT || unit == Unit.COUNT;
  }

  static Section section(CouncilProfile profile) {
    List<Block> blocks = new ArrayList<>(List.of(
        Paragraph.of("Figures for " + profile.year() + ", by Ofsted's judgement area. "
            + AreaSection.periods(profile.comparisons().stream().map(IndicatorComparison::indicator).toList())
            + " Region: " + profile.council().region().label() + ". Neighbours: the mean of the council's "
            + "statistical neighbours with a value." + Wording.jointReturnNote(profile).map(n -> " " + n)
            .orElse(""))));
    AreaSection.byArea(profile).forEach((area, comparisons) -> {
      blocks.add(Heading.h2(AreaSection.title(area)));
      blocks.add(table(profile, comparisons));
    });
    blocks.addAll(OwnFiguresNote.blocks(profile));
    List<String> notes = Status.notes(profile);
    if (!notes.isEmpty()) {
      blocks.add(Heading.h2("Why each status"));
      blocks.add(new BulletList(notes.stream().map(Paragraph::of).toList()));
    }
    // the key to the tables' columns closes the section: a paragraph, it can run on to the next page
    // where the list above could leave its last item alone
    blocks.add(Paragraph.of("Gap to England = council \u2212 England (percentage points for rates; "
            + "none for counts of staff). "
            + "Band: quartile among all councils, A the best quarter, D the worst, by each "
            + "indicator's better direction. Trend: the arrow shows which way the figure moved "
            + "over up to five years; the word says whether that is better or worse. "
            + Status.RULE + " Symbols such as x, c, u and .. mark missing values and are "
            + "explained under Methodology.", TextStyle.NOTE));
    return Section.onNewPage("Dashboard", blocks);
  }
}
