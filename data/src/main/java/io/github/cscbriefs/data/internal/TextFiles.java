package io.github.cscbriefs.data.internal;

import io.github.cscbriefs.data.DataFileException;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Opens a user's text file (a CSV download) as a stream of characters, refusing what is not text
 * before anything is parsed.
 *
 * <ul>
 *   <li>Size: a file over the limit is refused, by its size before reading and by counting while
 *       reading (so a growing file or a pipe is bounded too). Nothing is held whole.</li>
 *   <li>Spreadsheets: a zip archive (.xlsx, .ods) or an Excel 97–2003 workbook saved under a .csv name
 *       is refused with advice to export it as CSV.</li>
 *   <li>Encoding: a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE; Excel's "Unicode text" and
 *       "CSV UTF-8" carry one). Without one, the file is read as UTF-8 when every byte sequence is
 *       valid UTF-8, else as Windows-1252, which is what Excel's plain "CSV (comma delimited)" writes
 *       on a UK PC (and agrees with ISO-8859-1 on every printable Latin-1 character). Deciding this
 *       takes a first pass over the file; it costs one extra read and no memory. A file without a
 *       byte-order mark that holds NUL characters (UTF-16 without its mark, or a binary file) is
 *       refused.</li>
 * </ul>
 */
public final class TextFiles {

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};
  /** Excel's "CSV (comma delimited)" encoding on Windows in the UK. */
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String EXPORT = "CSV text: open it in Excel or LibreOffice and save or export it as "
      + "CSV (comma delimited), preferably CSV UTF-8";

  private TextFiles() {}

  /**
   * A reader of {@code file}'s text.
   *
   * @param maxBytes the largest file accepted
   * @throws DataFileException when the file is unreadable, too large, a spreadsheet or not text
   */
  public static Reader open(Path file, long maxBytes) {
    String name = file.getFileName().toString();
    checkSize(file, name, maxBytes);
    InputStream in = bounded(Inputs.stream(file), name, maxBytes);
    try {
      BufferedInputStream buffered = new BufferedInputStream(in);
      checkMagic(buffered, name);
      BOMInputStream text = BOMInputStream.builder().setInputStream(buffered)
          .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE).get();
      Charset charset = text.hasBOM() ? Charset.forName(text.getBOMCharsetName()) : sniff(file, name, maxBytes);
      return new InputStreamReader(text, charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    } catch (IOException | RuntimeException e) {
      closeQuietly(in);
      throw e instanceof DataFileException d ? d : unreadable(name, e);
    }
  }

  /** A stream that fails with a {@link DataFileException} once it has given more than {@code maxBytes}. */
  public static InputStream bounded(InputStream in, String name, long maxBytes) {
    try {
      return BoundedInputStream.builder().setInputStream(in).setMaxCount(maxBytes + 1)
          .setOnMaxCount((max, count) -> {
            throw tooLarge(name, "more than " + maxBytes + " bytes", maxBytes);
          }).get();
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  private static void checkSize(Path file, String name, long maxBytes) {
    try {
      if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
        throw tooLarge(name, Files.size(file) + " bytes", maxBytes);
      }
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  private static DataFileException tooLarge(String name, String size, long maxBytes) {
    return DataFileException.of(Problem.inFile(name, "", size, Expected.ofAtMost("a file", maxBytes
        + " bytes (the size limit; files are refused rather than read in part)")));
  }

  private static void checkMagic(BufferedInputStream in, String name) throws IOException {
    in.mark(OLE2.length);
    byte[] head = in.readNBytes(OLE2.length);
    in.reset();
    if (startsWith(head, ZIP)) {
      throw DataFileException.of(Problem.inFile(name, "",
          "a spreadsheet (a zip archive, as .xlsx and .ods files are)", EXPORT));
    }
    if (startsWith(head, OLE2)) {
      throw DataFileException.of(Problem.inFile(name, "", "an Excel 97-2003 workbook (.xls)", EXPORT));
    }
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
  }

  /** UTF-8 when the whole file decodes as UTF-8, else Windows-1252; NUL characters are refused. */
  private static Charset sniff(Path file, String name, long maxBytes) throws IOException {
    if (!Files.isRegularFile(file)) {
      return StandardCharsets.UTF_8;
    }
    try (Reader utf8 = new InputStreamReader(bounded(Files.newInputStream(file), name, maxBytes),
        StandardCharsets.UTF_8.newDecoder())) {
      char[] buffer = new char[8192];
      long line = 1;
      for (int n = utf8.read(buffer); n >= 0; n = utf8.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\0') {
            throw DataFileException.of(Problem.at(name, line, "", "a NUL character",
                "text (UTF-8, or UTF-16 with a byte-order mark); NUL characters mean UTF-16 without its mark, "
                    + "or a file that is not text"));
          }
          line += buffer[i] == '\n' ? 1 : 0;
        }
      }
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      return WINDOWS_1252;
    }
  }

  private static DataFileException unreadable(String name, Exception e) {
    return DataFileException.of(Problem.inFile(name, "", "",
        Expected.aReadableFile(e.getClass().getSimpleName() + ": " + e.getMessage())));
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // already failing with a clearer problem
    }
  }
}
