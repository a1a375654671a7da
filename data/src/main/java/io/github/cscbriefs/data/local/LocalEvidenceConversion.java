package io.github.cscbriefs.data.local;

import io.github.cscbriefs.data.internal.EesCells;
import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.CombinedReturn;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.IndicatorCatalogue;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.InspectionType;
import io.github.cscbriefs.model.Intervention;
import io.github.cscbriefs.model.InterventionType;
import io.github.cscbriefs.model.Judgement;
import io.github.cscbriefs.model.JudgementArea;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.Milestone;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.ModelViolationException;
import io.github.cscbriefs.model.PartialDate;
import io.github.cscbriefs.model.PlanAction;
import io.github.cscbriefs.model.SuccessMeasure;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.Workforce;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns the entries of a local evidence file into domain records, recording a {@link Problem}
 * (file, line, key path, value, expectation) for every bad value instead of stopping at the first.
 */
final class LocalEvidenceConversion {

  private final String file;
  private final Map<String, Long> lines;
  private final java.util.Set<String> reported;
  private final CouncilDirectory councils;
  private final IndicatorCatalogue indicators;
  private final int latestYear;
  private final List<Problem> problems;

  /**
   * @param lines the line of each key path, e.g. {@code plan[0].measure}
   * @param reported key paths already reported while binding: not reported again (e.g. as missing)
   */
  LocalEvidenceConversion(String file, Map<String, Long> lines, java.util.Set<String> reported,
      CouncilDirectory councils, IndicatorCatalogue indicators, int latestYear, List<Problem> problems) {
    this.file = file;
    this.lines = lines;
    this.reported = reported;
    this.councils = councils;
    this.indicators = indicators;
    this.latestYear = latestYear;
    this.problems = problems;
  }

  Council council(String nameOrCode) {
    if (nameOrCode == null || nameOrCode.isBlank()) {
      problem("council", "", "the council's name or LA code");
      return null;
    }
    Optional<Council> council = councils.find(nameOrCode);
    if (council.isEmpty()) {
      problem("council", nameOrCode, Expected.inTheLaCodeList("a council name or code"));
    }
    return council.orElse(null);
  }

  /** A stand-in for a council the directory lacks, so that the rest of its file is still checked. */
  static Council placeholder() {
    return new Council("000", List.of(), "(unknown council)", io.github.cscbriefs.model.Region.LONDON,
        io.github.cscbriefs.model.CouncilType.UNITARY_AUTHORITY, true);
  }

  List<Inspection> inspections(Council council, List<LocalFileModel.InspectionEntry> entries) {
    List<Inspection> result = new ArrayList<>();
    each(entries, "inspections", (e, at) -> {
      InspectionType type = enumValue(InspectionType.class, e.type(), at + ".type");
      PartialDate start = partialDate(e.start(), at + ".start", true);
      PartialDate published = partialDate(e.published(), at + ".published", true);
      LocalDate end = date(e.end(), at + ".end", false);
      Map<JudgementArea, Judgement> judgements = judgements(e.judgements(), at + ".judgements");
      Optional<URI> link = link(e.link(), at + ".link");
      Map<JudgementArea, List<String>> findings = findings(e.findings(), at + ".findings");
      boolean fit = type == null || judgements == null
          || judgementsFit(type, judgements, e.judgements(), at + ".judgements");
      if (type == null || start == null || published == null || judgements == null || link == null
          || findings == null || !fit) {
        return;
      }
      addIfPresent(result, validated(at, () -> new Inspection(council.laCode(), type, start,
          Optional.ofNullable(end), published, judgements, Optional.ofNullable(e.theme()),
          orEmpty(e.priorityActions()), orEmpty(e.recommendations()), findings, link, file,
          Optional.ofNullable(e.source()))));
    });
    return result;
  }

  List<Intervention> interventions(Council council, List<LocalFileModel.InterventionEntry> entries) {
    List<Intervention> result = new ArrayList<>();
    each(entries, "interventions", (e, at) -> {
      InterventionType type = enumValue(InterventionType.class, e.type(), at + ".type");
      PartialDate start = partialDate(e.start(), at + ".start", true);
      PartialDate end = partialDate(e.end(), at + ".end", false);
      if (type == null || start == null || e.end() != null && !e.end().isBlank() && end == null) {
        return;
      }
      addIfPresent(result, validated(at, () -> new Intervention(council.laCode(), type, start,
          Optional.ofNullable(end), e.description() == null ? type.label() : e.description(), file,
          Optional.ofNullable(e.source()))));
    });
    return result;
  }

  List<AreaFigures> workforce(Council council, List<Map<String, String>> entries) {
    List<AreaFigures> result = new ArrayList<>();
    each(entries, "workforce", (e, at) -> {
      Integer year = null;
      Map<Measure, Value> values = new LinkedHashMap<>();
      for (Map.Entry<String, String> cell : e.entrySet()) {
        String key = at + "." + cell.getKey();
        if (cell.getKey().equals("year")) {
          year = integer(cell.getValue(), key);
          continue;
        }
        Optional<Measure> measure = Workforce.byId(cell.getKey());
        if (measure.isEmpty()) {
          List<String> ids = new ArrayList<>(List.of("year"));
          Workforce.measures().forEach(m -> ids.add(m.id()));
          problem(key, cell.getKey(), "'year' or a measure id: " + String.join(", ", ids.subList(1, ids.size()))
              + NearestKey.suggestion(cell.getKey(), ids));
          continue;
        }
        Value value = value(cell.getValue(), key);
        if (value != null) {
          values.put(measure.get(), value);
        }
      }
      if (year == null) {
        problem(at + ".year", "", "the reporting year of these figures, e.g. 2026");
        return;
      }
      if (year > latestYear) {
        problem(at + ".year", String.valueOf(year), "a reporting year no later than " + latestYear
            + " (the current year): figures are as at 30 September of their year");
        return;
      }
      int y = year;
      Area area = councils.combinedReturn(council.laCode(), y).map(CombinedReturn::area).orElse(Area.of(council));
      addIfPresent(result, validated(at, () -> Workforce.figures(y, area, Optional.of(council.region()), values)));
    });
    return result;
  }

  List<PlanAction> plan(Council council, List<LocalFileModel.PlanEntry> entries) {
    List<PlanAction> result = new ArrayList<>();
    each(entries, "plan", (e, at) -> {
      List<Milestone> milestones = new ArrayList<>();
      each(e.milestones(), at + ".milestones", (m, mAt) -> {
        LocalDate due = date(m.due(), mAt + ".due", true);
        if (due != null) {
          addIfPresent(milestones, validated(mAt, () -> new Milestone(m.description(), due)));
        }
      });
      SuccessMeasure measure = e.measure() == null ? null : measure(e.measure(), at + ".measure");
      if (e.measure() != null && measure == null) {
        return;
      }
      addIfPresent(result, validated(at, () -> new PlanAction(e.id(), council.laCode(), e.title(),
          e.owner(), Optional.ofNullable(e.how()), milestones, Optional.ofNullable(measure),
          Optional.ofNullable(e.answers()), file)));
    });
    return result;
  }

  private SuccessMeasure measure(LocalFileModel.MeasureEntry m, String at) {
    if (m.indicator() == null || indicators.byId(m.indicator()).isEmpty()) {
      List<String> ids = indicators.indicators().stream().map(i -> i.id()).toList();
      problem(at + ".indicator", m.indicator() == null ? "" : m.indicator(), "an indicator id: "
          + String.join(", ", ids) + NearestKey.suggestion(m.indicator(), ids));
      return null;
    }
    boolean complete = required(m.baseline(), at + ".baseline", "the value at the start, a number");
    complete &= required(m.baselineYear(), at + ".baseline-year", "the reporting year of the baseline, e.g. 2021");
    complete &= required(m.target(), at + ".target", "the value aimed for, a number");
    complete &= required(m.targetYear(), at + ".target-year", "the reporting year of the target, e.g. 2024");
    if (!complete) {
      return null;
    }
    if (m.targetYear() <= m.baselineYear()) {
      problem(at + ".target-year", String.valueOf(m.targetYear()),
          "a target year after the baseline-year (" + m.baselineYear() + ")");
      return null;
    }
    return validated(at, () -> new SuccessMeasure(indicators.require(m.indicator()), m.baseline(), m.baselineYear(),
        m.target(), m.targetYear()));
  }

  /**
   * Whether the grades fit the kind of inspection, as a council would check it: visits give no
   * grades, and a graded inspection has an overall-effectiveness grade. (The domain checks the same
   * rule, but under the name of its validator method; this says it in the file's own keys.)
   */
  private boolean judgementsFit(InspectionType type, Map<JudgementArea, Judgement> judgements,
      Map<String, String> raw, String at) {
    String given = raw == null ? "" : raw.entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
    if (!type.isGraded() && judgements.values().stream().anyMatch(Judgement::isGraded)) {
      List<String> graded = Arrays.stream(InspectionType.values()).filter(InspectionType::isGraded)
          .map(LocalEvidenceConversion::key).toList();
      problem(at, given, "no judgements: " + withArticle(key(type)) + " gives no grades (only "
          + String.join(", ", graded.subList(0, graded.size() - 1)) + " and " + graded.get(graded.size() - 1)
          + " do)");
      return false;
    }
    if (type.isGraded() && !judgements.getOrDefault(JudgementArea.OVERALL_EFFECTIVENESS,
        Judgement.NOT_JUDGED).isGraded()) {
      problem(at, given, "an overall-effectiveness grade: " + withArticle(key(type))
          + " inspection is graded");
      return false;
    }
    return true;
  }

  /** An enumeration constant as the file spells it, e.g. {@code focused-visit}. */
  static String key(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String withArticle(String word) {
    return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  private boolean required(Object value, String at, String expected) {
    if (value == null) {
      problem(at, "", expected);
    }
    return value != null;
  }

  private Map<JudgementArea, Judgement> judgements(Map<String, String> raw, String at) {
    Map<JudgementArea, Judgement> result = new EnumMap<>(JudgementArea.class);
    if (raw == null) {
      return result;
    }
    boolean ok = true;
    for (Map.Entry<String, String> e : raw.entrySet()) {
      JudgementArea area = enumValue(JudgementArea.class, e.getKey(), at + "." + e.getKey());
      Judgement judgement = enumValue(Judgement.class, e.getValue(), at + "." + e.getKey());
      if (area == null || judgement == null) {
        ok = false;
      } else {
        result.put(area, judgement);
      }
    }
    return ok ? result : null;
  }

  /**
   * An inspection's findings by area, in the file's order; null when an entry is wrong (each
   * problem recorded). Overall effectiveness has no findings: the brief shows them in each area's
   * section.
   */
  private Map<JudgementArea, List<String>> findings(List<LocalFileModel.FindingEntry> entries, String at) {
    Map<JudgementArea, List<String>> result = new EnumMap<>(JudgementArea.class);
    boolean[] ok = {true};
    each(entries, at, (f, fAt) -> {
      JudgementArea area = required(f.area(), fAt + ".area", "the judgement area the finding is about: "
          + areasWithFindings()) ? enumValue(JudgementArea.class, f.area(), fAt + ".area") : null;
      if (area == JudgementArea.OVERALL_EFFECTIVENESS) {
        problem(fAt + ".area", f.area(), areasWithFindings()
            + " (a finding belongs to the area it is about; overall effectiveness is their sum)");
        area = null;
      }
      boolean text = f.text() != null && !f.text().isBlank();
      if (!text) {
        problem(fAt + ".text", f.text() == null ? "" : f.text(), "what the report said of the area, as text");
      }
      if (area == null || !text) {
        ok[0] = false;
      } else {
        result.computeIfAbsent(area, a -> new ArrayList<>()).add(f.text().strip());
      }
    });
    return ok[0] ? result : null;
  }

  private static String areasWithFindings() {
    return Expected.oneOf(Arrays.stream(JudgementArea.values())
        .filter(a -> a != JudgementArea.OVERALL_EFFECTIVENESS).map(LocalEvidenceConversion::key).toList());
  }

  private Value value(String raw, String at) {
    if (raw == null) {
      problem(at, "", Expected.aNumberOrSymbol());
      return null;
    }
    Optional<MissingReason> reason = MissingReason.fromSymbol(raw);
    if (reason.isPresent() && !raw.isBlank()) {
      return Value.missing(reason.get());
    }
    if (EesCells.underflows(raw)) { // 1e-999 would read as 0, which the file did not say
      problem(at, raw, EesCells.expected(raw));
      return null;
    }
    try {
      double number = Double.parseDouble(raw.trim());
      if (Double.isFinite(number)) { // "NaN", "Infinity" and 1e999 parse, but no measure can hold them
        return Value.of(number);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(at, raw, Expected.aNumberOrSymbol());
    return null;
  }

  private Integer integer(String raw, String at) {
    try {
      return Integer.valueOf(raw.trim());
    } catch (RuntimeException e) {
      problem(at, String.valueOf(raw), "a whole number");
      return null;
    }
  }

  private LocalDate date(String raw, String at, boolean required) {
    if (raw == null || raw.isBlank()) {
      if (required) {
        problem(at, "", Expected.aDateAs("YYYY-MM-DD"));
      }
      return null;
    }
    try {
      return LocalDate.parse(raw.trim());
    } catch (DateTimeParseException e) {
      problem(at, raw, Expected.aDateAs("YYYY-MM-DD"));
      return null;
    }
  }

  /**
   * A date to the precision written: {@code 2021-05-04}, or {@code 2021-05} where the source gives
   * only the month, or {@code 2021} where it gives only the year.
   */
  private PartialDate partialDate(String raw, String at, boolean required) {
    String expected = Expected.aDateAs("YYYY-MM-DD") + ", or YYYY-MM or YYYY where only the month or year is known";
    if (raw == null || raw.isBlank()) {
      if (required) {
        problem(at, "", expected);
      }
      return null;
    }
    Optional<PartialDate> date = PartialDate.parse(raw);
    if (date.isEmpty()) {
      problem(at, raw, expected);
    }
    return date.orElse(null);
  }

  private Optional<URI> link(String raw, String at) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(raw.trim());
      if ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) {
        return Optional.of(uri);
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    problem(at, raw, "an http or https address");
    return null;
  }

  /** Parses "focused-visit", "Focused visit" or "FOCUSED_VISIT" alike. */
  private <E extends Enum<E>> E enumValue(Class<E> type, String raw, String at) {
    String wanted = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(wanted)) {
        return constant;
      }
    }
    List<String> keys = Arrays.stream(type.getEnumConstants()).map(LocalEvidenceConversion::key).toList();
    problem(at, raw == null ? "" : raw, Expected.oneOf(keys) + NearestKey.suggestion(raw, keys));
    return null;
  }

  /** The created record, or null after recording each violation as a problem. */
  private <T> T validated(String at, Supplier<T> create) {
    try {
      return create.get();
    } catch (ModelViolationException e) {
      for (Problem v : e.violations()) {
        problem(userPath(at, v.where().location()), v.value(), v.expected());
      }
      return null;
    }
  }

  /** The domain's names for what the file calls otherwise; the domain's own names never reach a reader. */
  private static final Map<String, String> FILE_KEYS = Map.of(
      "priorityActions", "priority-actions",
      "reportLink", "link",
      "baselineYear", "baseline-year",
      "targetYear", "target-year",
      "targetAfterBaseline", "target-year",
      "judgementsFitType", "judgements");

  /** The keys a file can hold, in any entry. */
  private static final java.util.Set<String> KNOWN_KEYS = java.util.Set.of("type", "start", "end",
      "published", "theme", "judgements", "priority-actions", "recommendations", "link", "description",
      "id", "title", "owner", "how", "answers", "milestones", "due", "measure", "indicator", "baseline",
      "baseline-year", "target", "target-year");

  /**
   * A domain violation's field path (e.g. {@code priorityActions[0].<list element>}) as the key
   * path of the entry at {@code at} (e.g. {@code inspections[1].priority-actions[0]}). A field the
   * file does not hold (the LA code, the source, a validator's name) is reported at the entry.
   */
  static String userPath(String at, String modelPath) {
    StringBuilder path = new StringBuilder(at);
    for (String part : modelPath.split("\\.")) {
      if (part.startsWith("<")) {
        continue; // <list element>, <iterable element>, <map value>: the index is already on the field
      }
      String name = part.replaceAll("\\[.*", "");
      String key = FILE_KEYS.getOrDefault(name, name);
      if (!KNOWN_KEYS.contains(key)) {
        break;
      }
      path.append('.').append(key).append(part.substring(name.length()));
    }
    return path.toString();
  }

  private static <T> void addIfPresent(List<T> list, T item) {
    if (item != null) {
      list.add(item);
    }
  }

  private interface Entry<T> {
    void accept(T entry, String path);
  }

  private <T> void each(List<T> entries, String base, Entry<T> action) {
    if (entries == null) {
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      action.accept(entries.get(i), base + "[" + i + "]");
    }
  }

  /** Records a problem at a key path, unless binding has already reported that key. */
  private void problem(String path, String value, String expected) {
    if (!reported.contains(path)) {
      problems.add(Problem.at(file, lineOf(path), path, value, expected));
    }
  }

  /** The line of the key path, or of the nearest enclosing one the file has (a missing key: its entry). */
  private long lineOf(String path) {
    for (String at = path; !at.isEmpty(); at = parent(at)) {
      Long line = lines.get(at);
      if (line != null) {
        return line;
      }
    }
    return 0;
  }

  /** {@code plan[0].measure} for {@code plan[0].measure.target}, {@code plan} for {@code plan[0]}. */
  static String parent(String path) {
    return path.substring(0, Math.max(0, Math.max(path.lastIndexOf('.'), path.lastIndexOf('['))));
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }
}
