package io.github.cscbriefs.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken input files through the real command: each fails with exit code 1 and one line naming the
 * file and what was expected, no stack trace, and nothing written to --out.
 */
class BadInputFilesTest {

  private static final String WORKFORCE_HEADER = "time_period,geographic_level,old_la_code,la_name,caseload_fte,agency_rate_fte";
  private static final String INSPECTIONS_HEADER = "Web link,Local authority area code,Local authority name,Region,"
      + "Inspection/Visit date,Publication date,Inspection/Visit type,Overall effectiveness,"
      + "The impact of leaders on social work practice with children and families,"
      + "The experiences and progress of children who need help and protection,"
      + "The experiences and progress of children in care,The experiences and progress of care leavers,Visit Theme";

  @TempDir Path dir;

  static Stream<Arguments> badFiles() {
    return Stream.of(
        bad("--workforce", "empty.csv", new byte[0], "whole file: value '', expected a header line followed by data rows"),
        bad("--workforce", "semicolons.csv", utf8(WORKFORCE_HEADER.replace(',', ';') + "\n2024;National;;;16;15\n"),
            "line 1: value 'time_period;geographic_level;old_la_code;la_name;caseload_fte;agency_rate_fte', "
                + "expected comma-separated values"),
        bad("--workforce", "book.csv", xlsx(), "whole file: value 'a spreadsheet (a zip archive, as .xlsx and .ods "
            + "files are)', expected CSV text: open it in Excel or LibreOffice and save or export it as CSV"),
        bad("--workforce", "utf16.csv", (WORKFORCE_HEADER + "\n").getBytes(StandardCharsets.UTF_16LE),
            "line 1: value 'a NUL character', expected text (UTF-8, or UTF-16 with a byte-order mark)"),
        bad("--workforce", "future.csv", utf8(WORKFORCE_HEADER + "\n2024,National,,,16,15\n2099,National,,,16,15\n"),
            "line 3, column time_period: value '2099', expected a reporting year no later than"),
        bad("--workforce", "rates.csv", utf8(WORKFORCE_HEADER + "\n2024,Local authority,343,Sefton,16,140\n"),
            "line 2, column agency_rate_fte: value '140', expected agency_rate_fte between 0 and 100"),
        bad("--inspections", "inspections.csv", new byte[0], "whole file: value '', expected a header line"),
        bad("--inspections", "inspections_semicolons.csv", utf8(INSPECTIONS_HEADER.replace(',', ';') + "\n"),
            "expected comma-separated values; the header line has no commas and is separated by semicolons (;)"),
        bad("--local", "local.yaml", utf8("council: Sefton\ninterventions:\n  - type: commissioner\n"
            + "    start: 2022-01-10\n    end: 2021-01-01\n"), "line 5, column interventions[0].end: value "
            + "'2021-01-01', expected a date on or after start (2022-01-10)"),
        bad("--local", "local.json", utf8("{\"council\": \"Sefton\", \"workforce\": [{\"year\": 2024, "
            + "\"caseload_fte\": \"NaN\"}]}"), "column workforce[0].caseload_fte: value 'NaN', expected a number"),
        bad("--workforce", "missing.csv", null, "whole file: value '', expected an existing file; there is none here"));
  }

  private static Arguments bad(String option, String name, byte[] content, String expected) {
    return Arguments.of(option, name, content, expected);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("badFiles")
  void failsWithOneLineNamingTheFileAndWritesNothing(String option, String name, byte[] content, String expected)
      throws IOException {
    Path file = dir.resolve(name);
    if (content != null) {
      Files.write(file, content);
    }
    Path out = dir.resolve("briefs");
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code = CscBriefsCommand.execute(new PrintWriter(stdout, true), new PrintWriter(stderr, true),
        "brief", "--la", "Sefton", option, file.toString(), "--out", out.toString());
    String err = stderr.toString();
    assertEquals(1, code, err);
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.startsWith("csc-briefs: " + (name.equals("missing.csv") ? file.toString() : name) + ", "), err);
    assertTrue(err.contains(expected), "missing <" + expected + "> in\n" + err);
    assertFalse(err.contains("\tat ") || err.contains("Exception:"), err);
    assertFalse(Files.exists(out) && isNotEmpty(out), "nothing written to --out");
  }

  private static boolean isNotEmpty(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.findAny().isPresent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] xlsx() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
