package io.github.cscbriefs.data.internal;

import io.github.cscbriefs.data.DataFileException;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An OpenDocument spreadsheet checked before a spreadsheet library sees it.
 *
 * <p>Why: an .ods is a zip of XML files, so a hostile one can be a zip bomb (a small file that
 * decompresses to gigabytes), carry XML entity tricks (external entities reading local files,
 * "billion laughs" expansion), or declare a grid of billions of cells in a few bytes (a cell
 * repeated 9,999 times in a row repeated 9,999 times), which kept SODS busy for minutes before any
 * limit of the reader was checked. SODS 1.6.8 turns off DTD support in its StAX parser; this
 * class does not rely on that alone. It
 * <ul>
 *   <li>requires the zip signature;</li>
 *   <li>reads at most {@link #MAX_FILE_BYTES} of file and decompresses at most {@link
 *       #MAX_DECOMPRESSED_BYTES} in total over at most {@link #MAX_ENTRIES} entries, counting the
 *       bytes actually inflated (entry headers can lie);</li>
 *   <li>refuses two entries of the same name: SODS reads every {@code .xml} entry and keeps the
 *       first sheet of a name, so a second {@code content.xml} would let one copy be checked and
 *       the other read;</li>
 *   <li>parses every XML entry with a StAX parser (DTDs and external entities off), which finds a
 *       document type declaration whatever the entry's encoding (UTF-16 included), and refuses
 *       any: OpenDocument files never need them;</li>
 *   <li>refuses sheets ({@code table:table}) outside {@code content.xml}, and two sheets of one name;</li>
 *   <li>measures each sheet's declared grid in the same streaming pass, multiplying {@code
 *       number-rows-repeated} by {@code number-columns-repeated} (and spans), and refuses a sheet
 *       of more than {@link #MAX_ROWS} rows, {@link #MAX_COLUMNS} columns or {@link #MAX_CELLS}
 *       cells, or a workbook of more than {@link #MAX_TOTAL_CELLS} cells. Trailing empty rows and cells, which spreadsheet programs declare to fill the grid
 *       to 1,048,576 × 16,384, are not counted: only rows and columns up to the last cell holding
 *       a value, text or formula.</li>
 * </ul>
 * The scan is linear in the decompressed size (at most 50 MB) and takes well under a second for
 * Ofsted's file. It also reads the web links of {@code HYPERLINK} formulas from {@code content.xml},
 * because SODS 1.6.8 removes every '.' from formulas (Cell.convertFormula), string literals
 * included, which breaks the URLs.
 */
public final class OdsArchive {

  /** Largest .ods file accepted: 50 MB (Ofsted's is about 0.1 MB). */
  public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
  /** Largest total decompressed size accepted: 50 MB (Ofsted's is about 1.2 MB). */
  public static final long MAX_DECOMPRESSED_BYTES = 50L * 1024 * 1024;
  /** Most zip entries accepted (Ofsted's file has 6). */
  public static final int MAX_ENTRIES = 1_000;
  /** Most rows in a sheet, repeats counted, up to the last row holding anything (Ofsted's: about 300). */
  public static final long MAX_ROWS = 100_000;
  /** Most columns in a sheet, repeats counted, up to the last cell holding anything (Ofsted's: 13). */
  public static final long MAX_COLUMNS = 200;
  /**
   * Most cells in a sheet's grid (rows × columns as above): 200,000, some 50 times Ofsted's largest
   * sheet (about 300 × 13). SODS 1.6.8's time grows faster than the grid: measured on Ofsted's
   * file with a grid added, 200,000 cells take about 2 s, 1,000,000 cells 100 s, 100,000,000 over
   * 5 minutes.
   */
  public static final long MAX_CELLS = 200_000;
  /** Most cells in all sheets together: 400,000. */
  public static final long MAX_TOTAL_CELLS = 400_000;

  private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
  private static final Pattern HYPERLINK = Pattern.compile("HYPERLINK\\(\\s*\"((?:[^\"]|\"\")*)\"",
      Pattern.CASE_INSENSITIVE);
  private static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String CONTENT = "content.xml";
  /** Repeat counts are clamped here: far above every limit, and safe to multiply in a long. */
  private static final long MAX_REPEAT = Integer.MAX_VALUE;

  private final byte[] bytes;
  private final Map<String, Map<Integer, String>> links;

  private OdsArchive(byte[] bytes, Map<String, Map<Integer, String>> links) {
    this.bytes = bytes;
    this.links = links;
  }

  /**
   * Reads and checks an .ods file.
   *
   * @throws DataFileException listing why the file is refused
   */
  public static OdsArchive read(String fileName, InputStream in) {
    byte[] bytes = readBounded(fileName, in);
    if (!startsWithZipSignature(bytes)) {
      throw refuse(fileName, "", "an OpenDocument spreadsheet (a zip archive); the file does not start with a zip signature");
    }
    List<Problem> problems = new ArrayList<>();
    Map<String, byte[]> xml = xmlEntries(fileName, bytes, problems);
    if (!xml.containsKey(CONTENT)) {
      problems.add(Problem.inFile(fileName, CONTENT, "", "an OpenDocument spreadsheet with a content.xml entry"));
    }
    Map<String, Map<Integer, String>> links = new HashMap<>();
    long[] cells = {0};
    xml.forEach((name, content) -> scan(fileName, name, content, links, cells, problems));
    if (cells[0] > MAX_TOTAL_CELLS && problems.isEmpty()) {
      problems.add(Problem.inFile(fileName, CONTENT, cells[0] + " cells in all sheets",
          Expected.atMost(MAX_TOTAL_CELLS + " cells in all sheets together, counted as for each sheet")));
    }
    if (!problems.isEmpty()) {
      throw new DataFileException(problems);
    }
    return new OdsArchive(bytes, links);
  }

  /** The file's bytes, checked, for the spreadsheet library. */
  public InputStream content() {
    return new ByteArrayInputStream(bytes);
  }

  /** The URL of the first HYPERLINK formula in the 0-based row {@code row} of {@code sheet}, if any. */
  public Optional<String> link(String sheet, int row) {
    return Optional.ofNullable(links.getOrDefault(sheet, Map.of()).get(row));
  }

  private static byte[] readBounded(String fileName, InputStream in) {
    try (in) {
      byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
      if (bytes.length > MAX_FILE_BYTES) {
        throw refuse(fileName, "", Expected.ofAtMost("a file", MAX_FILE_BYTES / (1024 * 1024) + " MB"));
      }
      return bytes;
    } catch (IOException e) {
      throw refuse(fileName, "", Expected.aReadableFile(e.getMessage()));
    }
  }

  private static boolean startsWithZipSignature(byte[] bytes) {
    if (bytes.length < ZIP_SIGNATURE.length) {
      return false;
    }
    for (int i = 0; i < ZIP_SIGNATURE.length; i++) {
      if (bytes[i] != ZIP_SIGNATURE[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every entry's decompressed bytes kept for the XML ones (named as SODS reads them, {@code
   * *.xml}, and in any case), within the limits; repeated names are problems.
   */
  private static Map<String, byte[]> xmlEntries(String fileName, byte[] bytes, List<Problem> problems) {
    Map<String, byte[]> xml = new LinkedHashMap<>();
    Set<String> names = new HashSet<>();
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          throw refuse(fileName, entry.getName(), Expected.atMost(MAX_ENTRIES + " entries in the archive"));
        }
        if (!names.add(entry.getName())) {
          problems.add(Problem.inFile(fileName, entry.getName(), entry.getName(), Expected.eachOnce("entry name")
              + " in the archive (a second entry of the same name is refused: readers would disagree on which is read)"));
        }
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        boolean keep = entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml");
        for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
          total += n;
          if (total > MAX_DECOMPRESSED_BYTES) {
            throw refuse(fileName, entry.getName(), Expected.atMost(MAX_DECOMPRESSED_BYTES / (1024 * 1024)
                + " MB decompressed in total (refused as a possible zip bomb)"));
          }
          if (keep) {
            kept.write(buffer, 0, n);
          }
        }
        if (keep) {
          xml.putIfAbsent(entry.getName(), kept.toByteArray());
        }
      }
    } catch (ZipException e) {
      throw refuse(fileName, "", "a valid zip archive (" + e.getMessage() + ")");
    } catch (IllegalArgumentException e) {
      // ZipInputStream's way of saying an entry name is not valid UTF-8 (found by ReaderFuzzProperties)
      throw refuse(fileName, "", "a valid zip archive (an entry name is not valid UTF-8: " + e.getMessage() + ")");
    } catch (IOException e) {
      throw refuse(fileName, "", "a readable zip archive (" + e.getMessage() + ")");
    }
    if (entries == 0) {
      throw refuse(fileName, "", "a zip archive with entries");
    }
    return xml;
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }

  /**
   * One streaming pass over an XML entry: refuses a DTD, sheets outside content.xml, sheets of a
   * repeated name and grids over the limits; collects content.xml's hyperlinks.
   */
  private static void scan(String fileName, String entry, byte[] content, Map<String, Map<Integer, String>> links,
      long[] cells, List<Problem> problems) {
    boolean isContent = entry.equals(CONTENT);
    Set<String> sheets = new HashSet<>();
    Grid grid = null;
    try {
      XMLStreamReader xml = factory().createXMLStreamReader(new ByteArrayInputStream(content));
      try {
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.DTD) {
            problems.add(Problem.inFile(fileName, entry, "<!DOCTYPE",
                "XML without document type or entity declarations (refused: they can read local files or expand "
                    + "without bound)"));
            if (String.valueOf(xml.getText()).toUpperCase(Locale.ROOT).contains("<!ENTITY")) {
              problems.add(Problem.inFile(fileName, entry, "<!ENTITY",
                  "XML without document type or entity declarations (refused: they can read local files or expand "
                      + "without bound)"));
            }
            return;
          }
          if (event == XMLStreamConstants.START_ELEMENT) {
            boolean table = TABLE_NS.equals(xml.getNamespaceURI());
            if (table && xml.getLocalName().equals("table")) {
              if (!isContent) {
                problems.add(Problem.inFile(fileName, entry, "table:table",
                    "sheets in content.xml only (a sheet in another entry is refused)"));
                return;
              }
              if (grid != null) {
                problems.add(Problem.inFile(fileName, entry, "table:table", "sheets not nested in sheets"));
                return;
              }
              String name = String.valueOf(xml.getAttributeValue(TABLE_NS, "name"));
              if (!sheets.add(name)) {
                problems.add(Problem.inFile(fileName + " (sheet " + name + ")", "", name, Expected.eachOnce("sheet name")));
              }
              grid = new Grid(name);
            } else if (grid != null) {
              grid.start(xml, table);
            }
          } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
            if (grid != null && !xml.isWhiteSpace()) {
              grid.text();
            }
          } else if (event == XMLStreamConstants.END_ELEMENT && grid != null) {
            if (TABLE_NS.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("table")) {
              cells[0] += grid.check(fileName, problems);
              links.put(grid.name, grid.links);
              grid = null;
            } else {
              grid.end(xml);
            }
          }
        }
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      problems.add(Problem.inFile(fileName, entry, "", Expected.wellFormed("XML (" + e.getMessage() + ")")));
    }
  }

  /** One sheet's declared size as the scan finds it, and its hyperlinks by 0-based row. */
  private static final class Grid {
    final String name;
    final Map<Integer, String> links = new HashMap<>();
    long row;               // rows declared before the current one
    long rowRepeat = 1;
    long column;            // cells declared before the current one in this row
    long usedRows;          // rows up to the last holding anything
    long usedColumns;       // columns up to the last cell holding anything, in any row
    long rowUsedColumns;
    long rowUsedRows;       // this row's extent downwards (repeats and row spans)
    long cellStart;
    long cellRepeat;
    long cellColumns;       // columns the cell covers: repeats, plus its span beyond the first
    long cellRows;          // rows it covers below: row span
    boolean cellUsed;
    boolean inCell;
    int depth;              // elements open inside the current cell

    Grid(String name) {
      this.name = name;
    }

    void start(XMLStreamReader xml, boolean table) {
      if (inCell) {
        depth++;
        cellUsed = true; // a paragraph, annotation, frame…: content
        return;
      }
      if (!table) {
        return;
      }
      switch (xml.getLocalName()) {
        case "table-row" -> {
          rowRepeat = count(xml, "number-rows-repeated");
          column = 0;
          rowUsedColumns = 0;
          rowUsedRows = 0;
        }
        case "table-cell", "covered-table-cell" -> {
          inCell = true;
          depth = 0;
          cellStart = column;
          cellRepeat = count(xml, "number-columns-repeated");
          cellColumns = cellRepeat + count(xml, "number-columns-spanned") - 1;
          cellRows = count(xml, "number-rows-spanned");
          cellUsed = xml.getAttributeValue(OFFICE_NS, "value-type") != null
              || xml.getAttributeValue(TABLE_NS, "formula") != null;
          String formula = xml.getAttributeValue(TABLE_NS, "formula");
          Matcher m = formula == null ? null : HYPERLINK.matcher(formula);
          if (m != null && m.find() && row < Integer.MAX_VALUE) {
            links.putIfAbsent((int) row, m.group(1).replace("\"\"", "\""));
          }
        }
        default -> { }
      }
    }

    void text() {
      if (inCell) {
        cellUsed = true;
      }
    }

    void end(XMLStreamReader xml) {
      if (inCell && depth > 0) {
        depth--;
        return;
      }
      if (!TABLE_NS.equals(xml.getNamespaceURI())) {
        return;
      }
      switch (xml.getLocalName()) {
        case "table-cell", "covered-table-cell" -> {
          inCell = false;
          if (cellUsed) {
            rowUsedColumns = Math.max(rowUsedColumns, cellStart + cellColumns);
            rowUsedRows = Math.max(rowUsedRows, rowRepeat + cellRows - 1);
          }
          column += cellRepeat;
        }
        case "table-row" -> {
          if (rowUsedColumns > 0) {
            usedColumns = Math.max(usedColumns, rowUsedColumns);
            usedRows = Math.max(usedRows, row + rowUsedRows);
          }
          row += rowRepeat;
          rowRepeat = 1;
        }
        default -> { }
      }
    }

    /** Adds a problem if the grid is over the limits; returns its cells. */
    long check(String fileName, List<Problem> problems) {
      long cells = usedRows * usedColumns;
      if (usedRows > MAX_ROWS || usedColumns > MAX_COLUMNS || cells > MAX_CELLS) {
        problems.add(Problem.inFile(fileName + " (sheet " + name + ")", "",
            usedRows + " rows x " + usedColumns + " columns (" + cells + " cells, repeated rows and cells counted)",
            Expected.ofAtMost("a sheet", MAX_ROWS + " rows, " + MAX_COLUMNS + " columns and " + MAX_CELLS
                + " cells up to its last cell holding anything (refused before reading: a small file can declare "
                + "a grid of billions of cells)")));
      }
      return cells;
    }

    /** A repeat or span attribute: at least 1, clamped at {@link #MAX_REPEAT}; unreadable counts as 1. */
    private static long count(XMLStreamReader xml, String attribute) {
      String text = xml.getAttributeValue(TABLE_NS, attribute);
      if (text == null) {
        return 1;
      }
      try {
        return Math.max(1, Math.min(MAX_REPEAT, Long.parseLong(text.trim())));
      } catch (NumberFormatException e) {
        return text.trim().matches("\\d+") ? MAX_REPEAT : 1;
      }
    }
  }

  private static DataFileException refuse(String fileName, String column, String expected) {
    return DataFileException.of(Problem.inFile(fileName, column, "", expected));
  }
}
