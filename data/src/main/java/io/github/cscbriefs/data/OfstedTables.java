package io.github.cscbriefs.data;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import io.github.cscbriefs.data.internal.CsvTable;
import io.github.cscbriefs.data.internal.OdsArchive;
import io.github.cscbriefs.data.internal.ProblemLog;
import io.github.cscbriefs.data.internal.TextLimits;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the data sheets of Ofsted's .ods into tables like their CSV forms: the header row found
 * below the title rows, each cell as text (dates as dd/mm/yyyy), the "Web link" cell holding the
 * URL of its HYPERLINK formula, each row numbered as the spreadsheet numbers it.
 */
final class OfstedTables {

  /** The data sheets read, in the order their rows take precedence when de-duplicating. */
  static final List<String> SHEETS = List.of("ILACS_inspection_history", "In-year_inspections",
      "Inspections_as_at_31_March");

  static final String WEB_LINK = "Web link";
  private static final String NAME_HEADING = "Local authority name";
  private static final int MAX_TITLE_ROWS = 10;
  /**
   * Most rows and columns read from a sheet, as {@link OdsArchive} checks before SODS reads the file
   * (checked again here on what SODS read). Ofsted's sheets have about 300 rows and 13 columns.
   */
  static final long MAX_ROWS = OdsArchive.MAX_ROWS;
  static final long MAX_COLUMNS = OdsArchive.MAX_COLUMNS;
  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final Pattern AS_AT = Pattern.compile("as[ _]at[ _]+(\\d{1,2})[ _]+([A-Za-z]+)[ _]+(\\d{4})",
      Pattern.CASE_INSENSITIVE);

  /**
   * The sheets read and the "as at" date stated in a title.
   */
  record Workbook(List<CsvTable> tables, Optional<LocalDate> asAt) {}

  private OfstedTables() {}

  static Workbook read(String fileName, InputStream in) {
    OdsArchive archive = OdsArchive.read(fileName, in);
    SpreadSheet spreadsheet;
    try {
      spreadsheet = new SpreadSheet(archive.content());
    } catch (IOException | RuntimeException e) {
      throw DataFileException.of(Problem.inFile(fileName, "", "",
          "an OpenDocument spreadsheet SODS can read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
    }
    List<Problem> missing = new ArrayList<>();
    List<Problem> tooLong = new ArrayList<>();
    List<CsvTable> tables = new ArrayList<>();
    Optional<LocalDate> asAt = Optional.empty();
    for (String name : SHEETS) {
      Sheet sheet = spreadsheet.getSheet(name);
      if (sheet == null) {
        missing.add(Problem.inFile(fileName, "", name, "a sheet named " + name + " (sheets: "
            + spreadsheet.getSheets().stream().map(Sheet::getName).toList() + ")"));
        continue;
      }
      String source = fileName + " (sheet " + name + ")";
      if (sheet.getMaxRows() > MAX_ROWS || sheet.getMaxColumns() > MAX_COLUMNS) {
        missing.add(Problem.inFile(source, "", sheet.getMaxRows() + " rows x " + sheet.getMaxColumns() + " columns",
            Expected.ofAtMost("a sheet", MAX_ROWS + " rows and " + MAX_COLUMNS + " columns")));
        continue;
      }
      Optional<CsvTable> table = table(source, sheet, archive, tooLong);
      if (table.isEmpty()) {
        missing.add(Problem.inFile(source, NAME_HEADING, "",
            "a header row with '" + NAME_HEADING + "' within the first " + MAX_TITLE_ROWS + " rows"));
      } else {
        tables.add(table.get());
        asAt = asAt.or(() -> asAt(sheet));
      }
    }
    missing.addAll(tooLong.subList(0, Math.min(tooLong.size(), ProblemLog.MAX_LISTED)));
    if (!missing.isEmpty()) {
      throw new DataFileException(missing);
    }
    return new Workbook(tables, asAt);
  }

  private static Optional<CsvTable> table(String source, Sheet sheet, OdsArchive archive, List<Problem> tooLong) {
    int rows = sheet.getMaxRows();
    int columns = sheet.getMaxColumns();
    for (int h = 0; h < Math.min(MAX_TITLE_ROWS, rows); h++) {
      List<String> header = row(sheet, h, columns);
      if (header.stream().anyMatch(c -> c.trim().equalsIgnoreCase(NAME_HEADING))) {
        int link = header.stream().map(String::trim).toList().indexOf(WEB_LINK);
        List<CsvTable.Row> data = new ArrayList<>();
        for (int r = h + 1; r < rows; r++) {
          List<String> cells = new ArrayList<>(row(sheet, r, columns));
          if (link >= 0) {
            cells.set(link, archive.link(sheet.getName(), r).orElse(cells.get(link)));
          }
          data.add(new CsvTable.Row(r + 1L, cells));
        }
        CsvTable table = new CsvTable(source, header.stream().map(String::trim).toList(), data);
        java.util.function.IntFunction<String> heading = i -> i < table.header().size() ? table.header().get(i)
            : String.valueOf(i + 1);
        tooLong.addAll(TextLimits.line(source, h + 1L, header, heading));
        data.forEach(row -> tooLong.addAll(TextLimits.line(source, row.line(), row.cells(), heading)));
        return Optional.of(table);
      }
    }
    return Optional.empty();
  }

  private static List<String> row(Sheet sheet, int row, int columns) {
    List<String> cells = new ArrayList<>(columns);
    Range range = sheet.getRange(row, 0, 1, columns);
    Object[][] values = range.getValues();
    for (int c = 0; c < columns; c++) {
      cells.add(text(values[0][c]));
    }
    return cells;
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.toLocalDate().format(DAY_MONTH_YEAR);
    }
    if (value instanceof LocalDate date) {
      return date.format(DAY_MONTH_YEAR);
    }
    if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
      return Long.toString(d.longValue());
    }
    return value.toString();
  }

  /** The "as at" date in the sheet's title rows, e.g. "… as at 31 March 2025". */
  private static Optional<LocalDate> asAt(Sheet sheet) {
    for (int r = 0; r < Math.min(2, sheet.getMaxRows()); r++) {
      for (String cell : row(sheet, r, sheet.getMaxColumns())) {
        Optional<LocalDate> date = asAt(cell);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  /** The "as at" date in a title or file name, e.g. "as at 31 March 2025" or "as_at_31_march_2025". */
  static Optional<LocalDate> asAt(String text) {
    Matcher m = AS_AT.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      String month = m.group(2).substring(0, 1).toUpperCase(Locale.ROOT) + m.group(2).substring(1).toLowerCase(Locale.ROOT);
      return Optional.of(LocalDate.parse(m.group(1) + " " + month + " " + m.group(3),
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK)));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
