package io.github.cscbriefs.reporting.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.FigureSource;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.SourceCoverage;
import io.github.cscbriefs.reporting.BriefDocument;
import io.github.cscbriefs.reporting.BriefOptions;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reads the text of every brief a board is most likely to be handed — every current council's
 * latest brief, and every council's brief for 2020 and 2021 (councils abolished since included,
 * for the years they existed) — and fails on any statement of a kind the data cannot support:
 * internal words, plurals left as "(s)", method jargon, placeholder dates, negatives dated past the
 * source that could support them, and joint returns claimed as a council's own. The briefs are composed from the findings, not laid out
 * (laying out 450 PDFs would make the build slow; {@link BriefComposer} makes every word the PDF
 * and the HTML edition print).
 */
class BriefStatementsTest {

  private static final Dataset DATA = OfficialData.load();
  private static final BriefProfiles PROFILES = BriefProfiles.of(DATA);
  private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

  /** Words no reader should meet: internal names, placeholders, method jargon, lazy plurals. */
  private static final List<Pattern> NEVER = List.of(
      Pattern.compile("\\(s\\)"),
      Pattern.compile("times as bad"),
      Pattern.compile("(?i)\\bprimer\\b"),
      Pattern.compile("(?i)methodology\\.md|local-file\\.md|\\.ya?ml\\b"),
      Pattern.compile("(?i)metrics drafted|\\bdrafted by\\b"),
      Pattern.compile("(?i)date approximate|placeholder|\\bTODO\\b|\\bTBC\\b"),
      Pattern.compile("(?i)supplied by the council"),
      Pattern.compile("None in force(?! on [^;]* according to)"),
      Pattern.compile("-?2147\\d{6}"),
      Pattern.compile("\\bNaN\\b|Infinity|Optional\\[|\\bnull\\b"));

  /** A sentence that says something is absent from the inspection record. */
  private static final Pattern NEGATIVE = Pattern.compile(
      "(?i)\\bno (graded )?(Ofsted )?(inspection|visit)[^.]*");
  private static final Pattern DAY_DATE = Pattern.compile("\\b(\\d{1,2} [A-Z][a-z]+ \\d{4})\\b");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private record Brief(CouncilProfile profile, List<String> texts) {

    String where() {
      return profile.council().name() + " " + profile.year();
    }
  }

  /** The briefs read: 153 current councils' latest, and every council with figures in 2020 and 2021. */
  private static List<Brief> briefs() {
    int latest = DATA.latestYear();
    List<CouncilProfile> profiles = Collections.synchronizedList(new ArrayList<>());
    DATA.councils().current().parallelStream().forEach(c -> profiles.add(PROFILES.profile(c, latest)));
    for (int year : List.of(2020, 2021)) {
      DATA.councils().all().parallelStream().filter(c -> hasFigures(c, year))
          .forEach(c -> profiles.add(PROFILES.profile(c, year)));
    }
    return profiles.parallelStream().map(p -> new Brief(p, texts(brief(p)))).toList();
  }

  private static boolean hasFigures(Council council, int year) {
    return DATA.publications().stream().anyMatch(pub -> DATA.figuresFor(pub, council, year).isPresent());
  }

  private static BriefDocument brief(CouncilProfile p) {
    return BriefComposer.compose(p, BriefOptions.from(DATA, p.council()), TODAY);
  }

  private static List<String> texts(BriefDocument document) {
    return io.github.cscbriefs.reporting.ReaderText.of(document);
  }

  // Composed on first use, not in the class's initialiser: the parallel workers call this class's
  // methods, which would wait for an initialiser that waits for them.
  private static List<Brief> briefsRead;

  private static synchronized List<Brief> read() {
    if (briefsRead == null) {
      briefsRead = briefs();
    }
    return briefsRead;
  }

  @Test
  void theBriefsReadAreTheOnesABoardIsHanded() {
    long latest = read().stream().filter(b -> b.profile().year() == DATA.latestYear()).count();
    assertEquals(DATA.councils().current().size(), latest, "every current council's latest brief");
    // Northamptonshire (abolished April 2021) has 2020 figures; Cumbria has 2021's.
    assertTrue(read().stream().anyMatch(b -> b.profile().year() == 2020
        && b.profile().council().name().equals("Northamptonshire")), "an abolished council's 2020 brief");
    assertTrue(read().size() > 153 + 2 * 140, "briefs read: " + read().size());
  }

  @Test
  void noBriefSaysAWordNoReaderShouldMeet() {
    List<String> found = new ArrayList<>();
    for (Brief b : read()) {
      for (String text : b.texts()) {
        for (Pattern never : NEVER) {
          Matcher m = never.matcher(text);
          if (m.find()) {
            found.add(b.where() + ": «" + m.group() + "» in «" + cut(text) + "»");
          }
        }
      }
    }
    assertEquals(List.of(), found.subList(0, Math.min(found.size(), 25)), found.size() + " found");
  }

  /**
   * A negative about inspections or visits is dated no later than the day its source runs to:
   * "No graded inspection … by 31 March 2026" past Ofsted's outcomes as at 31 March 2025 is a claim
   * no source supports.
   */
  @Test
  void noNegativeIsDatedPastTheSourceThatCouldSupportIt() {
    List<String> found = new ArrayList<>();
    AtomicInteger negatives = new AtomicInteger();
    for (Brief b : read()) {
      Optional<LocalDate> coveredTo = b.profile().vintage().coveredTo(SourceCoverage.Kind.GRADED_INSPECTIONS);
      LocalDate limit = coveredTo.orElse(b.profile().vintage().historyAsAt());
      for (String text : b.texts()) {
        Matcher m = NEGATIVE.matcher(text);
        while (m.find()) {
          negatives.incrementAndGet();
          Matcher d = DAY_DATE.matcher(m.group());
          while (d.find()) {
            LocalDate date = parse(d.group(1));
            if (date != null && date.isAfter(limit)) {
              found.add(b.where() + ": «" + m.group() + "» is dated past " + limit);
            }
          }
        }
      }
    }
    assertTrue(negatives.get() > 0, "no negative sentence found: the pattern no longer matches the briefs");
    assertEquals(List.of(), found.subList(0, Math.min(found.size(), 25)), found.size() + " found");
  }

  /**
   * A council whose workforce figures are one joint return with another council is told so, and
   * its partner is never one of its neighbours.
   */
  @Test
  void aJointReturnIsNeverPresentedAsTheCouncilsOwn() {
    List<String> found = new ArrayList<>();
    int joint = 0;
    for (Brief b : read()) {
      Optional<FigureSource.Joint> source = b.profile().comparisons().stream().map(IndicatorComparison::source)
          .filter(FigureSource.Joint.class::isInstance).map(FigureSource.Joint.class::cast).findFirst();
      if (source.isEmpty()) {
        continue;
      }
      joint++;
      List<String> partners = source.get().members().stream().map(Council::name)
          .filter(n -> !n.equals(b.profile().council().name())).toList();
      String all = String.join("\n", b.texts());
      for (String partner : partners) {
        if (!all.contains("joint return") || !all.contains(partner)) {
          found.add(b.where() + ": the joint return with " + partner + " is not said to be one");
        }
      }
      for (IndicatorComparison c : b.profile().comparisons()) {
        c.neighbours().stream().filter(n -> source.get().members().stream()
                .anyMatch(m -> n.area().code().equals(m.laCode()) || n.area().code().equals(source.get().area().code())))
            .forEach(n -> found.add(b.where() + ": " + n.area().name() + " is listed among the neighbours of "
                + c.indicator().label()));
      }
    }
    assertTrue(joint >= 4, "briefs on a joint return read: " + joint);
    assertEquals(List.of(), found);
  }

  private static LocalDate parse(String text) {
    try {
      return LocalDate.parse(text, DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String cut(String text) {
    return text.length() <= 160 ? text : text.substring(0, 157) + "...";
  }
}
