package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.metrics.OwnFigures;
import io.github.cscbriefs.model.Unit;
import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.Cell;
import io.github.cscbriefs.reporting.Column;
import io.github.cscbriefs.reporting.Heading;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Table;
import io.github.cscbriefs.reporting.TextStyle;
import io.github.cscbriefs.reporting.Wording;
import java.util.ArrayList;
import java.util.List;

/**
 * The council's own figures for a year DfE has not published (from its local evidence file),
 * labelled as the council's, beside the latest published figures: its own and England's of the
 * reporting year. They are not ranked, banded or rated, since no other council has figures for
 * that year.
 */
final class OwnFiguresNote {

  private OwnFiguresNote() {}

  /** A heading, a sentence naming the source and a table per year of own figures; none without any. */
  static List<Block> blocks(CouncilProfile profile) {
    List<Block> blocks = new ArrayList<>();
    for (OwnFigures own : profile.ownFigures()) {
      String period = Wording.date(own.period().end());
      blocks.add(Heading.h2("The council's own figures at " + period));
      blocks.add(Paragraph.of("These figures are the council's own, from its local evidence file; "
          + "DfE has not published figures for " + own.year() + ". DfE's figures run to "
          + Wording.asAt(profile.year()) + ", so the ranks, bands, trends and status above are those of "
          + profile.year() + "; these figures are not ranked or compared with England, which has none for "
          + own.year() + "."));
      Table.Builder table = Table.withColumns(Column.text("Indicator", 2.2f),
          Column.number("Council's own " + own.year(), 1.2f),
          Column.number("DfE " + profile.year(), 1f), Column.number("England " + profile.year(), 1f));
      for (OwnFigures.Figure f : own.figures()) {
        Unit unit = f.indicator().unit();
        IndicatorComparison published = profile.comparison(f.indicator()).orElse(null);
        table.row(Cell.rowHeader(f.indicator().label()), Cell.of(Wording.figure(f.value(), unit)),
            Cell.of(published == null ? "\u2013" : Wording.figure(published.value(), unit)),
            Cell.of(published == null ? "\u2013" : Wording.figure(published.england().comparator(), unit)));
      }
      blocks.add(table.build());
      blocks.add(Paragraph.of("Source: " + own.source().publisher() + ", " + own.source().title() + " ("
          + own.source().release() + ").", TextStyle.NOTE));
    }
    return blocks;
  }
}
