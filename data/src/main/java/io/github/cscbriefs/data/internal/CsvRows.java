package io.github.cscbriefs.data.internal;

import io.github.cscbriefs.data.DataFileException;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read one row at a time with Apache Commons CSV, so that a large file is never held
 * whole: its header (as a {@link CsvTable} without rows), then each row once. Fails with a {@link
 * DataFileException} on an empty file, a header separated by semicolons, tabs or bars instead of
 * commas, malformed quoting, and (once the rows run out) a file with a header only.
 */
public final class CsvRows implements Iterable<CsvTable.Row>, Closeable {

  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final Pattern OTHER_DELIMITER = Pattern.compile("[;\t|]");
  /** Commons CSV's words for a quoted cell the file ends inside, with the line the cell opened on. */
  private static final Pattern UNCLOSED_QUOTE =
      Pattern.compile("\\(startline ([\\d,]+)\\) EOF reached before encapsulated token finished");

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final CsvTable header;
  private boolean iterated;

  private CsvRows(String file, CSVParser parser) {
    this.parser = parser;
    this.records = parser.iterator();
    List<String> cells = nextRecord(file).map(CSVRecord::toList).orElse(List.of());
    List<String> headings = cells.stream().map(CsvRows::cleanHeading).toList();
    if (headings.stream().allMatch(String::isEmpty)) {
      throw DataFileException.of(Problem.inFile(file, "", "", "a header line followed by data rows; the file is empty"));
    }
    checkDelimiter(file, headings);
    List<Problem> limits = TextLimits.line(file, 1, cells, i -> String.valueOf(i + 1));
    if (!limits.isEmpty()) {
      throw new DataFileException(limits);
    }
    this.header = new CsvTable(file, headings, List.of());
  }

  /** Opens {@code reader} (closed with this); the header is the first record. */
  public static CsvRows open(String file, Reader reader) {
    return open(file, reader, CSVFormat.DEFAULT);
  }

  static CsvRows open(String file, Reader reader, CSVFormat format) {
    CSVParser parser;
    try {
      parser = format.parse(reader);
    } catch (IOException | UncheckedIOException e) {
      throw malformed(file, 0, e);
    }
    try {
      return new CsvRows(file, parser);
    } catch (RuntimeException e) {
      closeQuietly(parser);
      throw e;
    }
  }

  /** The file name and header, as a table without rows. */
  public CsvTable header() {
    return header;
  }

  /** The data rows; iterable once. The last call to {@code hasNext} fails if no row had data. */
  @Override
  public Iterator<CsvTable.Row> iterator() {
    if (iterated) {
      throw new IllegalStateException("the rows of " + header.file() + " can be read only once");
    }
    iterated = true;
    return new Iterator<>() {
      private long nextLine = parser.getCurrentLineNumber() + 1;
      private CsvTable.Row pending;
      private boolean anyData;
      private long rows;
      /** Cells and lines beyond the limits: such a row is not given out, and the file fails at its end. */
      private final List<Problem> overLimits = new java.util.ArrayList<>();

      @Override
      public boolean hasNext() {
        while (pending == null) {
          Optional<CSVRecord> record = nextRecord(header.file());
          if (record.isPresent() && ++rows > TextLimits.MAX_ROWS) {
            overLimits.add(Problem.at(header.file(), nextLine, "", "more than " + TextLimits.MAX_ROWS + " rows",
                Expected.ofAtMost("a file", TextLimits.MAX_ROWS + " data rows")));
            throw new DataFileException(overLimits);
          }
          if (record.isPresent()) {
            List<Problem> problems = TextLimits.line(header.file(), nextLine, record.get().toList(),
                i -> i < header.header().size() ? header.header().get(i) : String.valueOf(i + 1));
            if (!problems.isEmpty()) {
              overLimits.addAll(problems);
              if (overLimits.size() >= ProblemLog.MAX_LISTED) {
                throw new DataFileException(overLimits);
              }
              nextLine = parser.getCurrentLineNumber() + 1;
              continue;
            }
          }
          if (record.isEmpty() && !overLimits.isEmpty()) {
            throw new DataFileException(overLimits);
          }
          if (record.isEmpty()) {
            if (!anyData) {
              throw DataFileException.of(Problem.inFile(header.file(), "", "",
                  "data rows below the header; the file has a header only"));
            }
            return false;
          }
          pending = new CsvTable.Row(nextLine, record.get().toList());
          anyData |= !pending.isBlank();
          nextLine = parser.getCurrentLineNumber() + 1;
        }
        return true;
      }

      @Override
      public CsvTable.Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        CsvTable.Row row = pending;
        pending = null;
        return row;
      }
    };
  }

  private Optional<CSVRecord> nextRecord(String file) {
    try {
      return records.hasNext() ? Optional.of(records.next()) : Optional.empty();
    } catch (UncheckedIOException e) {
      throw malformed(file, parser.getCurrentLineNumber(), e.getCause());
    }
  }

  @Override
  public void close() {
    closeQuietly(parser);
  }

  /** A header of one heading holding another delimiter: the file was saved with the wrong separator. */
  private static void checkDelimiter(String file, List<String> headings) {
    if (headings.size() == 1 && OTHER_DELIMITER.matcher(headings.get(0)).find()) {
      String heading = headings.get(0);
      String found = heading.contains(";") ? "semicolons (;)" : heading.contains("\t") ? "tabs" : "bars (|)";
      throw DataFileException.of(Problem.inHeader(file, "", abbreviate(heading),
          "comma-separated values; the header line has no commas and is separated by " + found
              + ": save or export the file as CSV (comma delimited)"));
    }
  }

  private static String abbreviate(String text) {
    String visible = text.replace("\t", "\\t");
    return visible.length() <= 80 ? visible : visible.substring(0, 77) + "...";
  }

  private static String cleanHeading(String cell) {
    String c = cell.trim();
    return !c.isEmpty() && c.charAt(0) == BYTE_ORDER_MARK ? c.substring(1).trim() : c;
  }

  private static DataFileException malformed(String file, long line, Throwable e) {
    if (e instanceof DataFileException d) {
      return d;
    }
    // Commons CSV reads to the end of the file looking for the closing quote and says where the
    // quoted cell began ("(startline 3) EOF reached before encapsulated token finished"): the
    // problem is reported there, where the quote opened, not at the end of the file.
    java.util.regex.Matcher unclosed = UNCLOSED_QUOTE.matcher(String.valueOf(e.getMessage()));
    if (unclosed.find()) {
      long opened = Long.parseLong(unclosed.group(1).replace(",", ""));
      return DataFileException.of(Problem.at(file, opened, "", "a quote (\") that opens a cell on line " + opened
          + " and is never closed", Expected.wellFormed("CSV: a quoted cell ends with a closing quote; the file "
              + "ends inside this one")));
    }
    return DataFileException.of(Problem.at(file, line, "", "",
        Expected.wellFormed("CSV (" + e.getMessage() + ")")));
  }

  private static void closeQuietly(Closeable c) {
    try {
      c.close();
    } catch (IOException | UncheckedIOException ignored) {
      // already failing with a clearer problem, or done
    }
  }
}
