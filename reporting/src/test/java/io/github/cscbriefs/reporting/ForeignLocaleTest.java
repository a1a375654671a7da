package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A brief reads the same, in en-GB numbers and dates, whatever the machine's locale: JFreeChart's
 * axes take the JVM default unless told, and German or Turkish machines printed "0,0 0,5" and
 * "Dez.-2021".
 */
class ForeignLocaleTest {

  private Locale locale;
  private TimeZone zone;

  @BeforeEach
  void remember() {
    locale = Locale.getDefault();
    zone = TimeZone.getDefault();
  }

  @AfterEach
  void restore() {
    Locale.setDefault(locale);
    TimeZone.setDefault(zone);
  }

  /** North East Lincolnshire's 2021 brief (with its timeline of inspections) under {@code locale}. */
  private static byte[] brief(Locale locale, String zone) {
    Locale.setDefault(locale);
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    Dataset data = RealBriefs.withLocalEvidence();
    Council nel = data.councils().require("812");
    return BriefRenderer.withClock(RenderedSamples.CLOCK).render(
        BriefProfiles.of(data).profile(nel, 2021), BriefOptions.from(data, nel));
  }

  @Test
  void aBriefUnderAGermanOrTurkishLocaleReadsAsUnderABritishOne() {
    String british = String.join("\f", PdfPages.text(brief(Locale.UK, "Europe/London")));
    assertTrue(Pattern.compile("\\b(Jan|Apr|Jul|Oct|Dec)-20\\d\\d\\b|\\b20\\d\\d\\b").matcher(british).find());
    for (Locale foreign : List.of(Locale.GERMANY, Locale.forLanguageTag("tr-TR"))) {
      byte[] pdf = brief(foreign, "Pacific/Kiritimati");
      String text = String.join("\f", PdfPages.text(pdf));
      assertFalse(Pattern.compile("\\d,\\d\\b(?!\\d)|Dez\\.|Okt\\.|Ara\\b|Eki\\b").matcher(text).find(),
          () -> foreign + ": " + firstDifference(british, text));
      assertEquals(british, text, () -> foreign + ": " + firstDifference(british, text));
    }
  }

  private static String firstDifference(String expected, String actual) {
    int i = 0;
    while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 60);
    return "expected …" + expected.substring(from, Math.min(expected.length(), i + 60)).replace('\n', '|')
        + "… but was …" + actual.substring(from, Math.min(actual.length(), i + 60)).replace('\n', '|') + "…";
  }
}
