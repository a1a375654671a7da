package io.github.cscbriefs.data.internal;

import io.github.cscbriefs.data.DataFileException;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * decompresses to gigabytes) or carry XML entity tricks (external entities reading local files,
 * "billion laughs" expansion). SODS 1.6.8 turns off DTD support in its StAX parser, which stops
 * both; this class does not rely on that alone. It
 * <ul>
 *   <li>requires the zip signature;</li>
 *   <li>reads at most {@link #MAX_FILE_BYTES} of file and decompresses at most {@link
 *       #MAX_DECOMPRESSED_BYTES} in total over at most {@link #MAX_ENTRIES} entries, counting the
 *       bytes actually inflated (entry headers can lie);</li>
 *   <li>rejects any XML entry containing {@code <!DOCTYPE} or {@code <!ENTITY}: OpenDocument
 *       files never need them.</li>
 * </ul>
 * It also reads the web links of {@code HYPERLINK} formulas from {@code content.xml} itself, because
 * SODS 1.6.8 removes every '.' from formulas (Cell.convertFormula), string literals included, which
 * breaks the URLs.
 */
public final class OdsArchive {

  /** Largest .ods file accepted: 50 MB (Ofsted's is about 0.2 MB). */
  public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
  /** Largest total decompressed size accepted: 50 MB (Ofsted's is about 1.2 MB). */
  public static final long MAX_DECOMPRESSED_BYTES = 50L * 1024 * 1024;
  /** Most zip entries accepted (Ofsted's file has 6). */
  public static final int MAX_ENTRIES = 1_000;

  private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
  private static final Pattern HYPERLINK = Pattern.compile("HYPERLINK\\(\\s*\"((?:[^\"]|\"\")*)\"",
      Pattern.CASE_INSENSITIVE);
  private static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

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
    Map<String, byte[]> xml = xmlEntries(fileName, bytes);
    List<Problem> problems = new ArrayList<>();
    xml.forEach((name, content) -> {
      String text = new String(content, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
      for (String declaration : List.of("<!DOCTYPE", "<!ENTITY")) {
        if (text.contains(declaration)) {
          problems.add(Problem.inFile(fileName, name, declaration,
              "XML without document type or entity declarations (refused: they can read local files or expand without bound)"));
        }
      }
    });
    if (!xml.containsKey("content.xml")) {
      problems.add(Problem.inFile(fileName, "content.xml", "", "an OpenDocument spreadsheet with a content.xml entry"));
    }
    if (!problems.isEmpty()) {
      throw new DataFileException(problems);
    }
    return new OdsArchive(bytes, hyperlinks(fileName, xml.get("content.xml")));
  }

  /** The file's bytes, checked, for the spreadsheet library. */
  public InputStream content() {
    return new ByteArrayInputStream(bytes);
  }

  /** The URL of the first HYPERLINK formula in the 0-based row {@code row} of {@code sheet}, if any. */
  public java.util.Optional<String> link(String sheet, int row) {
    return java.util.Optional.ofNullable(links.getOrDefault(sheet, Map.of()).get(row));
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

  /** Every entry's decompressed bytes kept for the XML ones, within the limits. */
  private static Map<String, byte[]> xmlEntries(String fileName, byte[] bytes) {
    Map<String, byte[]> xml = new HashMap<>();
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          throw refuse(fileName, entry.getName(), Expected.atMost(MAX_ENTRIES + " entries in the archive"));
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
          xml.put(entry.getName(), kept.toByteArray());
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

  /** Sheet name to 0-based row index to the URL of the row's first HYPERLINK formula. */
  private static Map<String, Map<Integer, String>> hyperlinks(String fileName, byte[] content) {
    Map<String, Map<Integer, String>> links = new HashMap<>();
    try {
      XMLInputFactory factory = XMLInputFactory.newFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(content));
      String sheet = null;
      int row = 0;
      int repeat = 1;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT && TABLE_NS.equals(xml.getNamespaceURI())) {
          switch (xml.getLocalName()) {
            case "table" -> {
              sheet = xml.getAttributeValue(TABLE_NS, "name");
              row = 0;
            }
            case "table-row" -> repeat = parseRepeat(xml.getAttributeValue(TABLE_NS, "number-rows-repeated"));
            case "table-cell" -> {
              String formula = xml.getAttributeValue(TABLE_NS, "formula");
              Matcher m = formula == null ? null : HYPERLINK.matcher(formula);
              if (sheet != null && m != null && m.find()) {
                links.computeIfAbsent(sheet, k -> new HashMap<>()).putIfAbsent(row, m.group(1).replace("\"\"", "\""));
              }
            }
            default -> { }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && TABLE_NS.equals(xml.getNamespaceURI())
            && "table-row".equals(xml.getLocalName())) {
          row += repeat;
          repeat = 1;
        }
      }
      return links;
    } catch (XMLStreamException e) {
      throw refuse(fileName, "content.xml", Expected.wellFormed("XML (" + e.getMessage() + ")"));
    }
  }

  private static int parseRepeat(String text) {
    try {
      return text == null ? 1 : Math.max(1, Integer.parseInt(text.trim()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static DataFileException refuse(String fileName, String column, String expected) {
    return DataFileException.of(Problem.inFile(fileName, column, "", expected));
  }
}
