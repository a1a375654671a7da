package io.github.cscbriefs.reporting.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The markup of every sample page passes the Nu HTML checker (the W3C's) with no error. */
class HtmlValidityTest {

  static Stream<String> pages() {
    return HtmlBrowserTest.pages();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void isValidHtml(String stem) throws Exception {
    Path file = stem.equals("index") ? HtmlSamples.indexHtml()
        : HtmlSamples.html(HtmlSamples.SAMPLES.stream().filter(s -> s.stem().equals(stem))
            .findFirst().orElseThrow());
    assertEquals(List.of(), errors(Files.readString(file)), stem);
  }

  /** The checker's error lines (GNU format) for a page. */
  static List<String> errors(String html) throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    String out = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    return out.lines().filter(l -> l.contains("error:") || l.contains("fatal"))
        .map(l -> l.length() > 300 ? l.substring(0, 300) + "…" : l).toList();
  }
}
