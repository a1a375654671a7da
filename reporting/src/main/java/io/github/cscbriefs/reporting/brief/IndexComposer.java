package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.reporting.Align;
import io.github.cscbriefs.reporting.BriefIndex;
import io.github.cscbriefs.reporting.BriefIndex.Entry;
import io.github.cscbriefs.reporting.BriefIndex.IndexCell;
import io.github.cscbriefs.reporting.BriefIndex.IndexColumn;
import io.github.cscbriefs.reporting.Rag;
import io.github.cscbriefs.reporting.Wording;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The index of a batch of briefs, in the briefs' own words: the cover's latest judgement, the
 * dashboard's figures and statuses, and the executive summary's first priority action.
 */
public final class IndexComposer {

  private static final String NOT_RATED = "Not rated";

  private IndexComposer() {}

  /** The index of {@code entries}, one row each, in their order. */
  public static BriefIndex compose(List<Entry> entries) {
    Set<Indicator> indicators = new LinkedHashSet<>();
    entries.forEach(e -> e.profile().comparisons().forEach(c -> indicators.add(c.indicator())));
    List<IndexColumn> columns = new ArrayList<>(List.of(
        column("Council", Align.LEFT),
        column("LA code", Align.LEFT),
        column("Year", Align.RIGHT),
        column("Latest Ofsted judgement", Align.LEFT)));
    for (Indicator indicator : indicators) {
      columns.add(new IndexColumn(indicator.label(), Align.RIGHT,
          List.of(indicator.label(), indicator.label() + " status")));
    }
    columns.add(column("Top priority action", Align.LEFT));
    columns.add(column("PDF brief", Align.LEFT));
    columns.add(column("HTML brief", Align.LEFT));
    List<List<IndexCell>> rows = new ArrayList<>();
    for (Entry entry : entries) {
      rows.add(row(entry, indicators));
    }
    return new BriefIndex("Children's social care improvement briefs: index",
        notes(entries), columns, rows);
  }

  private static IndexColumn column(String header, Align align) {
    return new IndexColumn(header, align, List.of(header));
  }

  private static List<IndexCell> row(Entry entry, Set<Indicator> indicators) {
    CouncilProfile profile = entry.profile();
    List<IndexCell> row = new ArrayList<>();
    String council = profile.council().name();
    row.add(new IndexCell(council, Optional.empty(), Optional.empty(), true, List.of(council)));
    row.add(text(profile.council().laCode()));
    row.add(new IndexCell(String.valueOf(profile.year()), Optional.empty(), Optional.empty(), false,
        List.of(profile.year())));
    row.add(text(Cover.latestJudgement(profile)));
    for (Indicator indicator : indicators) {
      row.add(profile.comparison(indicator).map(c -> figure(profile, c))
          .orElse(new IndexCell("\u2013", Optional.empty(), Optional.empty(), false,
              Arrays.asList(null, NOT_RATED))));
    }
    row.add(text(profile.actions().stream().findFirst()
        .map(a -> Wording.urgency(a.urgency()) + ": " + Wording.title(a))
        .orElse("None: the data show no priority action")));
    row.add(link(entry.pdfFile(), "PDF"));
    row.add(link(entry.htmlFile(), "HTML"));
    return row;
  }

  private static IndexCell figure(CouncilProfile profile, IndicatorComparison c) {
    Optional<Rag> status = Status.of(profile, c);
    return new IndexCell(Wording.figure(c.value(), c.indicator().unit()), status, Optional.empty(),
        false, List.of(c.value(), status.map(Rag::word).orElse(NOT_RATED)));
  }

  private static IndexCell text(String text) {
    return new IndexCell(text, Optional.empty(), Optional.empty(), false, List.of(text));
  }

  private static IndexCell link(Optional<String> file, String format) {
    return file.map(f -> new IndexCell(format, Optional.empty(), Optional.of(f), false, List.of(f)))
        .orElse(new IndexCell("Not written", Optional.empty(), Optional.empty(), false,
            Arrays.asList((Object) null)));
  }

  private static List<String> notes(List<Entry> entries) {
    List<String> notes = new ArrayList<>();
    notes.add("One row for each council and reporting year, in the words and figures of its "
        + "brief: " + Wording.count(entries.size(), "brief", "briefs") + ". Workforce figures are at 30 "
        + "September of the year; children in need, children in care and care leavers figures are for "
        + "the year to 31 March of the year; the status follows each figure.");
    notes.add(Status.RULE);
    entries.stream().map(e -> BriefComposer.vintage(e.profile())).distinct()
        .forEach(v -> notes.add("Data vintage: " + v + "."));
    notes.add("Symbols such as x, c, u and .. mark missing values and are explained under "
        + "Methodology in each brief.");
    return notes;
  }
}
