package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.model.DataQualityNote;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.SourceRelease;
import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.BriefOptions;
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

/** Formulas, comparators, symbols, data-quality notes, sources and the licence. */
final class Methodology {

  static final String OGL = "Contains public sector information licensed under the Open "
      + "Government Licence v3.0.";
  private static final int MAX_NOTES = 25;

  private Methodology() {}

  static Section section(CouncilProfile profile, BriefOptions options) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.h2("Indicators and formulas"));
    blocks.add(indicators(profile));
    blocks.add(Heading.h2("Comparators"));
    blocks.add(Paragraph.of("England and regional rates are DfE's published rates of summed "
        + "components, not means of council rates. Statistical neighbours are the council's "
        + "most similar councils in DfE's model; the brief shows the mean of those with a "
        + "value (LAIT's convention). Rank 1 is the best by each indicator's better direction; "
        + "tied councils share a rank. Quartile bands A to D divide the ranked councils into "
        + "quarters, A the best."));
    blocks.add(Paragraph.of("Rates per 10,000 children (children in need, referrals, section 47 "
        + "enquiries, child protection plans, children in care) are worked out from DfE's published "
        + "counts and the population DfE uses for that release: the ONS estimate of children aged 0 "
        + "to 17 at 30 June of the year before (for the year to 31 March 2025, the estimate at 30 June 2024). They show "
        + "how much need a council meets, not how well it meets it, so they are compared with England, "
        + "the region and the neighbours but never ranked as better or worse and never given a status. "
        + "The share of initial child protection conferences held within 15 working days is the "
        + "conferences held within 0 to 10 and 11 to 15 working days of the strategy discussion over "
        + "all initial conferences. A brief's year is a workforce year (30 September); the children in "
        + "need and children in care figures beside it are for the year to 31 March of the same year."));
    blocks.add(Heading.h2("Trends, status and priority actions"));
    blocks.add(Paragraph.of("Direction: a straight line is fitted through the council's figures "
        + "for up to the last five years with a figure (at least three are needed). The figure is "
        + "stable when the line moves by no more than 2% of its level a year; otherwise it is "
        + "improving or worsening by the indicator's better direction. The years worse than "
        + "England are counted back from the brief's year; a gap to England is closing when the "
        + "council's line is moving towards England's, both fitted on the same years, and the "
        + "brief gives the year the two lines would meet when that is within ten years."));
    blocks.add(Paragraph.of("Worse than chance would explain: for rates, a range is worked out "
        + "that the council's true rate very likely (95%) lies in, given how many staff or "
        + "children the rate is of; the council is clearly worse than England when the whole "
        + "range is worse than England's rate. Staff are counted as full-time equivalents, so "
        + "the range is a guide, not an exact test."));
    blocks.add(Paragraph.of("Headline facts on the summary: a figure is the highest (or "
        + "lowest) in England when no council with a published figure that year had a higher "
        + "(lower) one, counted only in years when at least 20 councils published one; it "
        + "doubled (tripled) when it reached at least twice (three times) its figure in a year "
        + "of the last five, the latest such year being named, and the council is worse than "
        + "England now; a run is three years or more on the same side of England's figure. "
        + "Only years of the council's own return count."));
    blocks.add(Paragraph.of(Status.RULE + " Priority actions follow from rules: a "
        + "figure markedly worse than England's or in the worst quarter, a judgement below good, "
        + "priority actions Ofsted repeated at later visits, and any DfE intervention in force. "
        + "Actions on Red indicators come first, the one furthest into the worst quarter leading, then by "
        + "urgency and by how far the figure is from "
        + "England's and for how long; an inspection's or visit's finding weighs half as much for "
        + "every three years since its report. A figure in the worst quarter in an area Ofsted judged "
        + "inadequate is among the most urgent."));
    blocks.add(Heading.h2("Missing values"));
    blocks.add(symbols());
    blocks.add(Heading.h2("Data-quality notes"));
    blocks.addAll(notes(profile, options.notes()));
    blocks.add(Heading.h2("Sources"));
    blocks.add(sources(options.sources()));
    blocks.add(Paragraph.of("The figures behind every chart and table are attached to this PDF "
        + "as figures.csv for analysts.", TextStyle.BODY));
    blocks.add(Paragraph.of(OGL, TextStyle.BODY));
    return Section.onNewPage("Methodology and sources", blocks);
  }

  private static Table indicators(CouncilProfile profile) {
    Table.Builder table = Table.withColumns(Column.text("Indicator", 1.5f),
        Column.text("Formula", 3f), Column.text("Better", 0.8f), Column.text("Source", 1.7f));
    for (IndicatorComparison c : profile.comparisons()) {
      table.row(Cell.rowHeader(c.indicator().label()), Cell.of(c.indicator().formula()),
          Cell.of(better(c.indicator().polarity())), Cell.of(c.indicator().source()));
    }
    return table.build();
  }

  private static String better(Polarity polarity) {
    return switch (polarity) {
      case LOWER_IS_BETTER -> "Lower";
      case HIGHER_IS_BETTER -> "Higher";
      case NONE -> "Neither";
    };
  }

  private static Table symbols() {
    Table.Builder table = Table.withColumns(Column.text("Symbol", 0.8f),
        Column.text("Meaning", 4f));
    // One row per symbol as printed: an en dash stands for both not published and blank.
    java.util.Map<String, List<String>> meanings = new java.util.LinkedHashMap<>();
    for (MissingReason reason : MissingReason.values()) {
      meanings.computeIfAbsent(Wording.shownSymbol(reason), k -> new java.util.ArrayList<>())
          .add(reason == MissingReason.LOW
              ? reason.description() + ": the brief prints it as below half the last place published (below "
                  + "0.05% for a rate) and ranks it above 0 and below every other figure"
              : reason.description());
    }
    meanings.forEach((symbol, described) ->
        table.row(Cell.rowHeader(symbol), Cell.of(String.join(", or ", described))));
    return table.build();
  }

  /**
   * The figures the brief questions and those resting on small numbers (from the metrics), then the
   * notes made while reading the data.
   */
  private static List<Block> notes(CouncilProfile profile, List<DataQualityNote> notes) {
    List<Block> blocks = new ArrayList<>();
    List<Paragraph> findings = new ArrayList<>();
    profile.dataQuality().forEach(f -> findings.add(Paragraph.of(Wording.questioned(f) + ".")));
    if (!profile.smallNumbers().isEmpty()) {
      findings.add(Paragraph.of(Wording.smallNumbersNote(profile.smallNumbers())));
    }
    if (!findings.isEmpty()) {
      blocks.add(Paragraph.of("Figures of the council to check before relying on them: a value far "
          + "from both the years either side while those two agree (a third or less, or three "
          + "times or more, of their average), a rate published as exactly 0 three years or more "
          + "running, and figures resting on fewer than 10 FTE or children. None of them is rated "
          + "Red."));
      blocks.add(new BulletList(findings));
    }
    if (notes.isEmpty()) {
      blocks.add(Paragraph.of(findings.isEmpty()
          ? "No data-quality problem was recorded while reading the data, and no figure of the "
              + "council up to " + profile.year() + " is questioned by the checks for values far from "
              + "the years either side, rates of exactly 0 year after year, or small numbers."
          : "No data-quality problem was recorded while reading the data."));
      return blocks;
    }
    blocks.addAll(readNotes(notes));
    return blocks;
  }

  private static List<Block> readNotes(List<DataQualityNote> notes) {
    List<Paragraph> items = notes.stream().limit(MAX_NOTES)
        .map(n -> Paragraph.of(n.source() + ", " + n.location() + ": " + n.message())).toList();
    List<Block> blocks = new ArrayList<>(List.of(new BulletList(items)));
    if (notes.size() > MAX_NOTES) {
      blocks.add(Paragraph.of((notes.size() - MAX_NOTES) + " more notes are not shown; every "
          + "note is in the data module's read report.", TextStyle.NOTE));
    }
    return blocks;
  }

  private static Block sources(List<SourceRelease> sources) {
    if (sources.isEmpty()) {
      return Paragraph.of("DfE, Children's social work workforce; DfE, Children looked after in "
          + "England; Ofsted, children's social care inspection outcomes.");
    }
    // A published release is named with its file as published; a council's local evidence file is
    // named by what it is, not by the user's file name.
    return new BulletList(sources.stream().map(s -> Paragraph.of(s.publisher() + ", "
        + s.title() + ", " + s.release() + (s.laCode().isPresent() ? "" : " (" + s.file() + ")"))).toList());
  }
}
