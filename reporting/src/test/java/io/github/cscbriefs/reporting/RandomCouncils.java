package io.github.cscbriefs.reporting;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.Closeness;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.CouncilType;
import io.github.cscbriefs.model.DataQualityNote;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.InspectionType;
import io.github.cscbriefs.model.Intervention;
import io.github.cscbriefs.model.InterventionType;
import io.github.cscbriefs.model.Judgement;
import io.github.cscbriefs.model.JudgementArea;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.Milestone;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Neighbour;
import io.github.cscbriefs.model.NeighbourGroup;
import io.github.cscbriefs.model.PlanAction;
import io.github.cscbriefs.model.Region;
import io.github.cscbriefs.model.SourceRelease;
import io.github.cscbriefs.model.SuccessMeasure;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.Workforce;
import io.github.cscbriefs.testkit.Councils;
import io.github.cscbriefs.testkit.Fixtures;
import io.github.cscbriefs.testkit.MissingValues;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Random valid councils for property tests, built from core-model records (so the model's own
 * validation vouches for them) and turned into a profile by the metrics module, the same path real
 * data takes: any mix of missing values and their reasons, extreme but valid figures, one to ten
 * years, up to ten neighbours, any number of inspections and visits, an intervention or none, a
 * council improvement plan or none, and names and texts of any length in the characters councils
 * and Ofsted write (Welsh and Irish accents, curly quotes, dashes, pound signs, non-breaking
 * spaces), with some the embedded font cannot show.
 */
final class RandomCouncils {

  /** The council whose brief is rendered; neighbours and other councils follow its code. */
  static final String LA_CODE = "900";

  /** Indicators whose dashboard label fits on one line, so their row reads as one line of text. */
  static final List<String> ONE_LINE_INDICATORS =
      List.of("caseload", "turnover", "agency", "vacancy", "absence");

  /** Words and marks from council names, Ofsted reports and improvement plans. */
  private static final List<String> WORDS = List.of("Ynys", "Môn", "Rhondda", "Cynon", "Taf",
      "Pen-y-bont", "ar", "Ogwr", "Bro", "Morgannwg", "Ŵyr", "ŷd", "Caerffili", "Dún", "Laoghaire",
      "Ó", "Súilleabháin", "Seán", "Bríd", "Máire", "Kensington", "and", "Chelsea", "&",
      "Hammersmith", "Fulham", "King’s", "Lynn", "St.", "Helens", "Bournemouth,", "Christchurch",
      "Poole", "Windsor", "Maidenhead", "“Front", "door”", "‘stuck’", "children’s", "social",
      "workers’", "caseloads", "must", "reduce", "reliance", "on", "agency", "staff", "–", "—",
      "£1,250,000", "£", "café", "rôle", "naïve", "coöperate", "Zoë", "Chloé", "Œuvre", "½",
      "100%", "€", "…", "•", "(priority", "action)", "1.2", "a)", "e.g.", "n/a", "3/4", "x", "c",
      "0", "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch");

  /** Characters Liberation Sans lacks or that have no glyph at all. */
  private static final List<String> HOSTILE = List.of("😀", "中文", "𝔸", "e\u0301", "\u200B",
      "\u00AD", "\uFFFD", "\u202E", "عربي", "ﬁ", "\u0007", "\u2011", "\t", "\u2028");

  private static final List<String> SEPARATORS =
      List.of(" ", " ", " ", "\u00A0", "-", " – ", " — ", ", ", "/", " & ", "\n");

  private static final Map<String, Double> MAXIMA = Map.of("caseload", 80.0, "turnover", 100.0,
      "agency", 100.0, "vacancy", 100.0, "absence", 100.0, "cla_sw_changes", 100.0,
      "agency_cover", 100.0, "in_post", 3000.0);

  /** The workforce and social worker stability indicators, the ones the random councils have figures of. */
  private static final List<Indicator> INDICATORS = io.github.cscbriefs.testkit.Fixtures.INDICATORS;

  private RandomCouncils() {}

  /**
   * One random council and its surroundings, all valid model records.
   *
   * @param council the council the brief is about
   * @param year the reporting year of the brief
   * @param suppressed an indicator all of whose values for the council are suppressed ({@code c})
   * @param councils the council, its neighbours and other councils (for the distribution)
   * @param workforce figures of England, the region and every council, for every year
   * @param neighbours the council's neighbour group, if it has one
   * @param inspections its inspections and visits
   * @param interventions its interventions
   * @param plan its own improvement-plan actions
   * @param notes data-quality notes
   */
  record Case(Council council, int year, String suppressed, List<Council> councils,
      List<AreaFigures> workforce, Optional<NeighbourGroup> neighbours,
      List<Inspection> inspections, List<Intervention> interventions, List<PlanAction> plan,
      List<DataQualityNote> notes) {

    Dataset dataset() {
      return Dataset.builder(Councils.directory(councils))
          .figures(workforce).inspections(inspections).interventions(interventions)
          .planActions(plan).neighbours(neighbours.stream().toList())
          .sources(List.of(new SourceRelease("Department for Education",
              "Children's social work workforce", "Random release", "random.csv")))
          .notes(notes).indicators(io.github.cscbriefs.testkit.Fixtures.CATALOGUE).build();
    }

    CouncilProfile profile() {
      return BriefProfiles.of(dataset()).profile(council, year);
    }

    BriefOptions options() {
      return BriefOptions.from(dataset(), council);
    }

    /** Short enough to read in a failure report; the fixed seed reproduces the rest. */
    @Override
    public String toString() {
      return "Case[name=" + escaped(council.name()) + ", year=" + year + ", years="
          + workforce.stream().map(AreaFigures::year).distinct().count() + ", suppressed="
          + suppressed + ", neighbours=" + neighbours.map(g -> g.neighbours().size()).orElse(0)
          + ", inspections=" + inspections.size() + ", interventions=" + interventions.size()
          + ", plan=" + plan.size() + "]";
    }
  }

  static Gen<Case> cases() {
    return RandomCouncils::generate;
  }

  /** Non-ASCII as Java escapes, so a failing name can be pasted into an example test. */
  static String escaped(String text) {
    return text.codePoints().mapToObj(cp -> cp >= 0x20 && cp < 0x7F
        ? Character.toString(cp)
        : new String(Character.toChars(cp)).chars().mapToObj(c -> String.format("\\u%04X", c))
            .collect(Collectors.joining()))
        .collect(Collectors.joining());
  }

  private static Case generate(RandomnessSource in) {
    int last = draw(in, 2013, 2025);
    int first = last - draw(in, 0, 9);
    int year = draw(in, first, last);
    LocalDate asAt = BriefProfiles.defaultAsAt(year);
    Region region = pick(in, List.of(Region.NORTH_EAST, Region.NORTH_WEST,
        Region.YORKSHIRE_AND_THE_HUMBER, Region.EAST_MIDLANDS, Region.WEST_MIDLANDS,
        Region.EAST_OF_ENGLAND, Region.LONDON, Region.SOUTH_EAST, Region.SOUTH_WEST));
    Council council = council(in, LA_CODE, text(in, 1, 30), region);
    int missingShare = draw(in, 0, 10);
    String suppressed = pick(in, ONE_LINE_INDICATORS);

    List<Council> councils = new ArrayList<>(List.of(council));
    int neighbourCount = draw(in, 0, 10);
    List<Neighbour> ranked = new ArrayList<>();
    for (int i = 0; i < neighbourCount; i++) {
      String code = Integer.toString(901 + i);
      councils.add(council(in, code, text(in, 1, 8), pick(in, List.of(Region.values()))
          .topLevel()));
      ranked.add(new Neighbour(i + 1, code, pick(in, List.of(Closeness.values()))));
    }
    for (int i = 0; i < 4; i++) {
      councils.add(council(in, Integer.toString(920 + i), "Other council " + (i + 1),
          Region.SOUTH_WEST));
    }
    Optional<NeighbourGroup> neighbours = neighbourCount == 0 && draw(in, 0, 1) == 0
        ? Optional.empty() : Optional.of(new NeighbourGroup(LA_CODE, last, ranked));

    List<AreaFigures> workforce = new ArrayList<>();
    for (int y = first; y <= last; y++) {
      workforce.addAll(Fixtures.figures(y, Area.england(), Optional.empty(),
          figures(in, 0, null)));
      workforce.addAll(Fixtures.figures(y, Area.of(region), Optional.empty(),
          figures(in, 1, null)));
      for (Council c : councils) {
        boolean own = c == council;
        workforce.addAll(Fixtures.figures(y, Area.of(c), Optional.of(c.region()),
            figures(in, own ? missingShare : 2, own ? suppressed : null)));
      }
    }

    List<Inspection> inspections = new ArrayList<>();
    for (int i = draw(in, 0, 8); i > 0; i--) {
      inspections.add(inspection(in, LocalDate.of(first - 4, 1, 1), asAt));
    }
    List<Intervention> interventions = new ArrayList<>();
    if (draw(in, 0, 2) == 0) {
      LocalDate start = day(in, LocalDate.of(first, 1, 1), asAt);
      Optional<LocalDate> end = draw(in, 0, 2) == 0
          ? Optional.of(start.plusDays(draw(in, 0, 2000))) : Optional.empty();
      interventions.add(new Intervention(LA_CODE, pick(in, List.of(InterventionType.values())),
          start, end, text(in, 1, 40), "random.yaml"));
    }
    List<PlanAction> plan = new ArrayList<>();
    for (int i = draw(in, 0, 3); i > 0; i--) {
      plan.add(planAction(in, i, first, last));
    }
    List<DataQualityNote> notes = new ArrayList<>();
    for (int i = draw(in, 0, 2); i > 0; i--) {
      notes.add(new DataQualityNote("random.csv", "line " + draw(in, 2, 9999), text(in, 1, 30)));
    }
    return new Case(council, year, suppressed, councils, workforce, neighbours, inspections,
        interventions, plan, notes);
  }

  private static Council council(RandomnessSource in, String code, String name, Region region) {
    CouncilType type = region == Region.LONDON
        ? pick(in, List.of(CouncilType.INNER_LONDON_BOROUGH, CouncilType.OUTER_LONDON_BOROUGH))
        : pick(in, List.of(CouncilType.METROPOLITAN_DISTRICT, CouncilType.UNITARY_AUTHORITY,
            CouncilType.SHIRE_COUNTY));
    return Councils.council(code, name, region, type, draw(in, 0, 4) > 0);
  }

  /**
   * One area's figures for a year: every indicator's measure, missing in {@code missingShare}
   * tenths of cases with an EES reason (or not published at all), and, where the rate allows, the
   * counts behind agency, vacancy and turnover rates so that intervals are computed too.
   */
  private static Map<Measure, Value> figures(RandomnessSource in, int missingShare,
      String suppressed) {
    Map<Measure, Value> values = new LinkedHashMap<>();
    for (Indicator indicator : INDICATORS) {
      if (indicator.id().equals(suppressed)) {
        values.put(indicator.measure(), Value.missing(MissingReason.SUPPRESSED));
      } else if (draw(in, 0, 9) < missingShare) {
        if (draw(in, 0, 5) > 0) {
          values.put(indicator.measure(), Value.missing(pick(in, MissingValues.PUBLISHED_REASONS)));
        }
      } else {
        values.put(indicator.measure(), Value.of(number(in, MAXIMA.get(indicator.id()))));
      }
    }
    Value notPublished = Value.missing(MissingReason.NOT_PUBLISHED);
    values.getOrDefault(Workforce.INPOST_FTE, notPublished).asDouble().ifPresent(inPost -> {
      counts(values, Workforce.AGENCY_RATE_FTE, Workforce.AGENCY_FTE, inPost);
      counts(values, Workforce.VACANCY_RATE_FTE, Workforce.VACANCY_FTE, inPost);
      values.getOrDefault(Workforce.TURNOVER_RATE_FTE, notPublished).asDouble().ifPresent(rate ->
          values.put(Workforce.LEAVERS_FTE, Value.of(rate * inPost / 100)));
    });
    return values;
  }

  // rate = count / (count + in post) × 100, so count = rate × in post / (100 − rate).
  private static void counts(Map<Measure, Value> values, Measure rate, Measure count,
      double inPost) {
    Value r = values.getOrDefault(rate, Value.missing(MissingReason.NOT_PUBLISHED));
    r.asDouble().stream().filter(x -> x < 100).forEach(x ->
        values.put(count, Value.of(x * inPost / (100 - x))));
  }

  /** Zero, the maximum, or anything in between to one decimal place. */
  private static double number(RandomnessSource in, double max) {
    return switch (draw(in, 0, 5)) {
      case 0 -> 0;
      case 1 -> max;
      default -> draw(in, 0, (int) (max * 10)) / 10.0;
    };
  }

  private static Inspection inspection(RandomnessSource in, LocalDate from, LocalDate to) {
    InspectionType type = pick(in, List.of(InspectionType.values()));
    LocalDate start = day(in, from, to);
    Optional<LocalDate> end = draw(in, 0, 3) == 0
        ? Optional.empty() : Optional.of(start.plusDays(draw(in, 0, 14)));
    LocalDate published = end.orElse(start).plusDays(draw(in, 0, 90));
    Map<JudgementArea, Judgement> judgements = new EnumMap<>(JudgementArea.class);
    if (type.isGraded()) {
      for (JudgementArea area : JudgementArea.values()) {
        judgements.put(area, pick(in, List.of(Judgement.values())));
      }
      judgements.put(JudgementArea.OVERALL_EFFECTIVENESS, pick(in, List.of(Judgement.OUTSTANDING,
          Judgement.GOOD, Judgement.REQUIRES_IMPROVEMENT, Judgement.INADEQUATE)));
    }
    Optional<String> theme = !type.isGraded() && draw(in, 0, 2) > 0
        ? Optional.of(text(in, 1, 12)) : Optional.empty();
    return new Inspection(LA_CODE, type, start, end, published, judgements, theme,
        texts(in, 0, 4, 60), texts(in, 0, 5, 60),
        draw(in, 0, 1) == 0 ? Optional.empty()
            : Optional.of(URI.create("https://reports.ofsted.gov.uk/provider/44/" + draw(in, 1, 99999))),
        "random.csv");
  }

  private static PlanAction planAction(RandomnessSource in, int number, int first, int last) {
    List<Milestone> milestones = new ArrayList<>();
    for (int i = draw(in, 0, 3); i > 0; i--) {
      milestones.add(new Milestone(text(in, 1, 20),
          day(in, LocalDate.of(first, 1, 1), LocalDate.of(last + 2, 12, 31))));
    }
    Optional<SuccessMeasure> measure = Optional.empty();
    if (draw(in, 0, 2) > 0) {
      Indicator indicator = pick(in, INDICATORS);
      int baselineYear = draw(in, first - 1, last);
      measure = Optional.of(new SuccessMeasure(indicator,
          number(in, MAXIMA.get(indicator.id())), baselineYear,
          number(in, MAXIMA.get(indicator.id())), baselineYear + draw(in, 1, 5)));
    }
    return new PlanAction(Integer.toString(number), LA_CODE, text(in, 1, 40), text(in, 1, 6),
        draw(in, 0, 1) == 0 ? Optional.empty() : Optional.of(text(in, 1, 80)), milestones,
        measure, draw(in, 0, 1) == 0 ? Optional.empty() : Optional.of(text(in, 1, 30)),
        "random.yaml");
  }

  private static List<String> texts(RandomnessSource in, int min, int max, int words) {
    List<String> texts = new ArrayList<>();
    for (int i = draw(in, min, max); i > 0; i--) {
      texts.add(text(in, 1, words));
    }
    return texts;
  }

  /**
   * Between {@code min} and {@code max} words joined by spaces, non-breaking spaces, dashes and
   * line breaks; one word in ten the font cannot show, and some very long words. Never blank: the
   * first word is always a word from {@link #WORDS}.
   */
  static String text(RandomnessSource in, int min, int max) {
    StringBuilder sb = new StringBuilder(pick(in, WORDS));
    for (int i = draw(in, min, max) - 1; i > 0; i--) {
      sb.append(pick(in, SEPARATORS));
      int kind = draw(in, 0, 19);
      if (kind < 2) {
        sb.append(pick(in, HOSTILE));
      } else if (kind == 2) {
        sb.append(pick(in, WORDS).repeat(draw(in, 2, 6)));
      } else {
        sb.append(pick(in, WORDS));
      }
    }
    return sb.toString();
  }

  private static LocalDate day(RandomnessSource in, LocalDate from, LocalDate to) {
    return from.plusDays(draw(in, 0, (int) Math.max(0, to.toEpochDay() - from.toEpochDay())));
  }

  private static <T> T pick(RandomnessSource in, List<T> options) {
    return options.get(draw(in, 0, options.size() - 1));
  }

  private static int draw(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }
}
