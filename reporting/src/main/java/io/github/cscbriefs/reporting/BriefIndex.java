package io.github.cscbriefs.reporting;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.reporting.brief.IndexComposer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The index of a batch of briefs: one row per council and year with its latest judgement, each
 * indicator's value and status, its top priority action and links to its brief's files. Composed
 * from the same findings and the same words as the briefs ({@link #of}); written as HTML by
 * {@link io.github.cscbriefs.reporting.html.HtmlIndex} and as CSV by {@link #csv()}. Immutable.
 *
 * <pre>{@code
 * BriefIndex index = BriefIndex.of(List.of(
 *     new BriefIndex.Entry(profile, Optional.of("sefton-2025.pdf"), Optional.of("sefton-2025.html"))));
 * byte[] csv = index.csv();   // UTF-8 with a byte-order mark, as Excel expects
 * }</pre>
 *
 * @param title the index's title
 * @param notes what the columns mean, in reading order
 * @param columns the table's columns, the first naming the council
 * @param rows the rows, one cell per column
 */
public record BriefIndex(String title, List<String> notes, List<IndexColumn> columns,
    List<List<IndexCell>> rows) {

  /** Validates and copies the parts; every row has one cell per column. */
  public BriefIndex {
    title = Texts.requireText("index.title", title);
    notes = Texts.requireList("index.notes", notes, false);
    columns = Texts.requireList("index.columns", columns, true);
    rows = Texts.requireList("index.rows", rows, false);
    List<List<IndexCell>> copied = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<IndexCell> row = Texts.requireList("index.rows[" + i + "]", rows.get(i), true);
      if (row.size() != columns.size()) {
        throw ReportingException.of("index.rows[" + i + "]", row.size(),
            columns.size() + " cells, one per column");
      }
      for (int j = 0; j < row.size(); j++) {
        if (row.get(j).csv().size() != columns.get(j).csvHeaders().size()) {
          throw ReportingException.of("index.rows[" + i + "][" + j + "].csv", row.get(j).csv().size(),
              columns.get(j).csvHeaders().size() + " values, one per CSV column of '"
                  + columns.get(j).header() + "'");
        }
      }
      copied.add(row);
    }
    rows = List.copyOf(copied);
  }

  /**
   * One brief in the batch: the profile it was made from and the names of the files written for it
   * (relative to the index; empty when that format was not written).
   *
   * @param profile the council's profile for the year
   * @param pdfFile the PDF's file name, e.g. {@code sefton-2025.pdf}
   * @param htmlFile the HTML edition's file name, e.g. {@code sefton-2025.html}
   */
  public record Entry(CouncilProfile profile, Optional<String> pdfFile, Optional<String> htmlFile) {
    /** Validates the parts. */
    public Entry {
      if (profile == null || pdfFile == null || htmlFile == null) {
        throw ReportingException.of("index.entry", profile, "a profile and both file names (or empty)");
      }
    }
  }

  /**
   * A column: its header in the HTML table and the CSV columns it is written as (an indicator's
   * column is its value and its status in CSV).
   *
   * @param header the header shown
   * @param align how its cells are aligned
   * @param csvHeaders the CSV header cells it is written as (at least one)
   */
  public record IndexColumn(String header, Align align, List<String> csvHeaders) {
    /** Validates and copies the parts. */
    public IndexColumn {
      header = Texts.requireText("index.column.header", header);
      if (align == null) {
        throw ReportingException.of("index.column.align", null, Expected.instanceOf(Align.class));
      }
      csvHeaders = Texts.requireList("index.column.csvHeaders", csvHeaders, true);
    }
  }

  /**
   * A cell.
   *
   * @param text the text shown (may be empty)
   * @param status a red/amber/green status, shown as its word, shape and colour after the text
   * @param link where the cell links to, relative to the index, e.g. {@code sefton-2025.pdf}
   * @param rowHeader whether it heads its row
   * @param csv the cell's CSV values, one per CSV column of its column, as {@link CsvExport} writes
   *     them: a {@link io.github.cscbriefs.model.Value} stays a number or DfE's symbol
   */
  public record IndexCell(String text, Optional<Rag> status, Optional<String> link, boolean rowHeader,
      List<Object> csv) {
    /** Validates and copies the parts. */
    public IndexCell {
      if (text == null || status == null || link == null || csv == null) {
        throw ReportingException.of("index.cell", text, "text, status, link and CSV values");
      }
      csv = java.util.Collections.unmodifiableList(new ArrayList<>(csv));
    }
  }

  /** The index of the briefs of {@code entries}, in their order. */
  public static BriefIndex of(List<Entry> entries) {
    if (entries == null || entries.stream().anyMatch(java.util.Objects::isNull)) {
      throw ReportingException.of("index.entries", entries, "a list of entries without nulls");
    }
    return IndexComposer.compose(entries);
  }

  /**
   * The index as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the accents and
   * dashes right), through {@link CsvExport}, which neutralises cells that start like a formula.
   */
  public byte[] csv() {
    StringBuilder out = new StringBuilder("\uFEFF");
    List<String> header = columns.stream().flatMap(c -> c.csvHeaders().stream()).toList();
    try (CsvExport csv = CsvExport.to(out, header)) {
      for (List<IndexCell> row : rows) {
        csv.row(row.stream().flatMap(c -> c.csv().stream()).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
