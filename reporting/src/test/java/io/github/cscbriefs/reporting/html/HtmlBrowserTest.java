package io.github.cscbriefs.reporting.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML editions of the sample councils and their index in a real browser: axe-core finds no
 * violation of WCAG 2.2 A and AA, the page never scrolls sideways at 320 CSS pixels (a 1280 pixel
 * window at 400% zoom), and a screenshot of each, wide and narrow, is kept in target/screenshots
 * for looking at. Skipped, saying why, where Chromium or its driver is missing.
 */
class HtmlBrowserTest {

  private static Chromium browser;

  @BeforeAll
  static void start() {
    if (Chromium.missing().isEmpty()) {
      browser = Chromium.start();
    }
  }

  /** The browser, or each test is skipped with the reason (so each is reported as skipped). */
  private static Chromium browser() {
    return browser != null ? browser : Chromium.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  static Stream<String> pages() {
    List<String> stems = new ArrayList<>();
    HtmlSamples.SAMPLES.forEach(s -> stems.add(s.stem()));
    stems.add("index");
    return stems.stream();
  }

  private static Path page(String stem) {
    return stem.equals("index") ? HtmlSamples.indexHtml()
        : HtmlSamples.html(HtmlSamples.SAMPLES.stream().filter(s -> s.stem().equals(stem))
            .findFirst().orElseThrow());
  }

  @Test
  void axeKnowsTheWcag22Rules() {
    // axe-core added its WCAG 2.2 rules (target-size) in 4.7; an older script would pass the tag
    // by running nothing for it.
    String[] version = browser().axeVersion().split("\\.");
    assertTrue(Integer.parseInt(version[0]) > 4
        || Integer.parseInt(version[0]) == 4 && Integer.parseInt(version[1]) >= 7,
        "axe-core " + String.join(".", version));
  }

  @Test
  void axeFindsAViolationWhereThereIsOne() {
    // The harness can fail: an image without a text alternative and a page without a language.
    browser().open(HtmlSamples.keep("bad.html", "<!DOCTYPE html><html><head><title>Bad</title></head>"
        + "<body><main><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></main></body></html>"));
    List<String> violations = browser().axeViolations(Chromium.WCAG_22_AA);
    assertTrue(violations.stream().anyMatch(v -> v.startsWith("image-alt")), violations.toString());
    assertTrue(violations.stream().anyMatch(v -> v.startsWith("html-has-lang")), violations.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void hasNoAccessibilityViolationsAndReflows(String stem) {
    Chromium browser = browser();
    Path file = page(stem);
    browser.viewport(1000, 1400);
    browser.open(file);
    browser.screenshot(Path.of("target", "screenshots", stem + ".png"));
    assertEquals(List.of(), browser.axeViolations(Chromium.WCAG_22_AA), stem + ": axe-core");
    browser.viewport(320, 640);
    browser.open(file);
    browser.screenshot(Path.of("target", "screenshots", stem + "-320px.png"));
    assertEquals(0, browser.overflow(), stem + ": CSS pixels of sideways scrolling at 320 px");
  }
}
