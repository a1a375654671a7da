package io.github.cscbriefs.reporting;

import io.github.cscbriefs.model.Value;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of every export: the figures attached to each brief, {@code csc-briefs
 * metrics} and {@code list}, and the example programs. Apache Commons CSV quotes cells as RFC 4180
 * says (a comma, quote or line break inside a cell is quoted, a quote doubled); records end with
 * LF, which spreadsheets and Commons CSV read as readily as CRLF and which shell tools do not
 * trip on.
 *
 * <p><b>Spreadsheet formulas.</b> A text cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return would be run as a formula by Excel, LibreOffice or Google
 * Sheets; following OWASP's advice on CSV injection, such a cell is written with a single quote
 * before it ({@code '=HYPERLINK(...)}), which spreadsheets show as text. The rule goes by the
 * cell's type, not its look:
 *
 * <ul>
 *   <li>a {@link Number} is written as a number ({@code -1.5}, {@code -3}) and never neutralised: a
 *       spreadsheet reads it as a number, so a negative figure stays a figure one can sum. Doubles
 *       are written as the decimal they stand for ({@link Wording#decimal(double)}: the shortest
 *       decimal, without the noise of floating-point arithmetic, so 18.060000000000002 is written
 *       18.06; a whole number keeps one place, 20.0), never in the machine's locale nor in
 *       scientific notation; NaN and infinities are refused. A {@link BigDecimal} is written as it
 *       is, so a caller who rounds to a precision keeps it;
 *   <li>a {@link Value} is its number as above, or when missing DfE's symbol ({@link
 *       Wording#symbol}: x, z, c, low, u, "-", "..", or an en dash for a blank cell). The symbols
 *       are a fixed set, none a formula (a lone "-" has nothing to evaluate), so they are written
 *       as they are;
 *   <li>{@code null} is an empty cell;
 *   <li>anything else is text ({@link String#valueOf(Object)}) and is neutralised as above, even
 *       when it looks like a negative number: a caller who means a number passes a number.
 * </ul>
 */
public final class CsvExport implements Closeable, Flushable {

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private final CSVPrinter printer;
  private final int width;

  private CsvExport(CSVPrinter printer, int width) {
    this.printer = printer;
    this.width = width;
  }

  /** A CSV written to {@code out}, its header row written at once. */
  public static CsvExport to(Appendable out, List<String> header) throws IOException {
    CsvExport csv = new CsvExport(new CSVPrinter(out, FORMAT), header.size());
    csv.row(header);
    return csv;
  }

  /** Writes one record; it must have as many cells as the header. */
  public CsvExport row(List<?> cells) throws IOException {
    if (cells.size() != width) {
      throw new IllegalArgumentException("a row of " + cells.size() + " cells under a header of " + width);
    }
    Object[] written = new Object[cells.size()];
    for (int i = 0; i < written.length; i++) {
      written[i] = cell(cells.get(i));
    }
    printer.printRecord(Arrays.asList(written));
    return this;
  }

  /** Writes one record of {@code cells}. */
  public CsvExport row(Object... cells) throws IOException {
    return row(Arrays.asList(cells));
  }

  /** The text a cell is written as, before CSV quoting (see the class comment for the rules). */
  public static String cell(Object cell) {
    if (cell == null) {
      return "";
    } else if (cell instanceof Value value) {
      return value instanceof Value.Missing missing ? Wording.symbol(missing.reason())
          : number(value.asDouble().orElseThrow());
    } else if (cell instanceof Double || cell instanceof Float) {
      return number(((Number) cell).doubleValue());
    } else if (cell instanceof Integer || cell instanceof Long || cell instanceof Short
        || cell instanceof Byte || cell instanceof BigInteger) {
      return cell.toString();
    } else if (cell instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    return neutralised(String.valueOf(cell));
  }

  /** {@code text}, with a single quote before it when a spreadsheet would take it for a formula. */
  public static String neutralised(String text) {
    if (text.isEmpty()) {
      return text;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
      default -> text;
    };
  }

  private static String number(double number) {
    if (!Double.isFinite(number)) {
      throw new IllegalArgumentException("a CSV number must be finite, not " + number);
    }
    BigDecimal d = Wording.decimal(number).stripTrailingZeros();
    return (d.scale() < 1 ? d.setScale(1) : d).toPlainString();
  }

  @Override
  public void flush() throws IOException {
    printer.flush();
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
