package io.github.cscbriefs.data.internal;

import io.github.cscbriefs.data.DataFileException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;

/**
 * A CSV file read whole (with {@link CsvRows}): its header and its rows, each with the line it
 * starts on. Tolerates a byte-order mark, CRLF or LF line ends, quoted cells and repeated header
 * names (looked up by position or by the first match). An empty file, one with a header but no
 * rows, or one separated by semicolons or tabs fails with a {@link DataFileException}. For large
 * files, read the rows one at a time with {@link CsvRows} instead.
 *
 * @param file the file name, for problems
 * @param header the header cells, trimmed, byte-order mark removed
 * @param rows the data rows
 */
public record CsvTable(String file, List<String> header, List<Row> rows) {

  /**
   * One data row.
   *
   * @param line the 1-based line the row starts on
   * @param cells the cells, untrimmed
   */
  public record Row(long line, List<String> cells) {
    /** The trimmed cell at {@code index}, or empty text when the row is short. */
    public String get(int index) {
      return index < cells.size() ? cells.get(index).trim() : "";
    }

    /** The trimmed cell of an optional column, or empty text. */
    public String get(Optional<Integer> index) {
      return index.map(this::get).orElse("");
    }

    /** True when every cell is blank (separator lines). */
    public boolean isBlank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }

  public CsvTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** Reads the whole of {@code reader}; the header is the first record. */
  public static CsvTable read(String file, Reader reader) {
    return read(file, reader, CSVFormat.DEFAULT);
  }

  /** Reads a file of the project's own making, where lines starting with '#' are comments. */
  public static CsvTable readCommented(String file, Reader reader) {
    return read(file, reader, CSVFormat.DEFAULT.builder().setCommentMarker('#').get());
  }

  private static CsvTable read(String file, Reader reader, CSVFormat format) {
    try (CsvRows csv = CsvRows.open(file, reader, format)) {
      List<Row> rows = new ArrayList<>();
      csv.forEach(rows::add);
      return new CsvTable(file, csv.header().header(), rows);
    }
  }

  /** The index of the first column named any of {@code names} (ignoring case), if present. */
  public Optional<Integer> column(List<String> names) {
    for (String name : names) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).equalsIgnoreCase(name)) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  /** The index of the column named {@code name} (ignoring case), if present. */
  public Optional<Integer> column(String name) {
    return column(List.of(name));
  }

  /** The heading of a column, for messages. */
  public String heading(int index) {
    return index < header.size() ? header.get(index) : "column " + (index + 1);
  }
}
