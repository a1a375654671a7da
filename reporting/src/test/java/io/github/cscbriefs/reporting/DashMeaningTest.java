package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each dash in a brief has one meaning ({@link Wording#shownSymbol}): an en dash (U+2013) is "no
 * figure" and stands alone; a range is written in words ("2017 to 2021", not "2017–2021"); a
 * negative takes the minus sign (U+2212, not "-0.15"); a hyphen-minus joins words only (not "-"
 * for a figure DfE did not publish). Read from every text of composed real briefs, alternative
 * texts included; web addresses are left out.
 */
class DashMeaningTest {

  private static final Pattern EN_DASH_JOINING = Pattern.compile("\\S\u2013|\u2013\\S");
  private static final Pattern HYPHEN_NOT_IN_A_WORD =
      Pattern.compile("(?<!\\p{L})-|-(?!\\p{L})");

  @Test
  void everyDashInRealBriefsHasItsOneMeaning() {
    Dataset data = RealBriefs.withLocalEvidence();
    BriefRenderer renderer = BriefRenderer.withClock(RenderedSamples.CLOCK);
    List<String> texts = new ArrayList<>();
    for (String la : List.of("812", "343", "940", "928")) {
      Council council = data.councils().require(la);
      for (int year : List.of(2019, 2021, data.latestYear())) {
        if (la.equals("940") && year < 2021) {
          continue;
        }
        texts.addAll(texts(renderer.compose(BriefProfiles.of(data).profile(council, year),
            BriefOptions.from(data, council))));
      }
    }
    TreeSet<String> wrong = new TreeSet<>();
    for (String text : texts) {
      for (String token : text.split("\\s+")) {
        if (token.startsWith("http")) {
          continue;
        }
        if (EN_DASH_JOINING.matcher(token).find()) {
          wrong.add("en dash joining: " + token);
        }
        Matcher hyphen = HYPHEN_NOT_IN_A_WORD.matcher(token);
        if (hyphen.find()) {
          wrong.add("hyphen not in a word: " + token);
        }
      }
    }
    assertTrue(texts.size() > 1000, "texts read: " + texts.size());
    assertEquals(new TreeSet<String>(), wrong);
  }

  private static List<String> texts(BriefDocument document) {
    return ReaderText.of(document);
  }
}
