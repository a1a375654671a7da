package io.github.cscbriefs.data;

import io.github.cscbriefs.data.internal.CsvTable;
import io.github.cscbriefs.data.internal.Inputs;
import io.github.cscbriefs.data.internal.ProblemLog;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.DataQualityNote;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.InspectionType;
import io.github.cscbriefs.model.Judgement;
import io.github.cscbriefs.model.JudgementArea;
import io.github.cscbriefs.model.ModelViolationException;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Ofsted's local authority inspection outcomes: the official spreadsheet ({@code .ods}, sheets
 * {@code Inspections_as_at_31_March}, {@code In-year_inspections}, {@code ILACS_inspection_history},
 * title rows above each header) with SODS, or the CSV form of any of those sheets. Columns are found
 * by heading. An inspection appearing in several sheets (same council, type and start date) is
 * returned once.
 *
 * <ul>
 *   <li>council: by "Local authority area code" (GSS), else "Local authority name", else the LA code
 *       at the end of the "Web link" ({@code .../provider/44/812});</li>
 *   <li>type: "Inspection type" or "Inspection/Visit type": ILACS Standard Inspection, ILACS Short
 *       Inspection, ILACS Focused Visit, LA Monitoring visit (also Joint targeted area inspection).
 *       The latest-judgements sheet has no type: it is taken from the same inspection in another
 *       sheet, else assumed to be a standard inspection with a data-quality note;</li>
 *   <li>dates: dd/mm/yyyy; "Inspection date" (or "Inspection/Visit date") is the first day on site;
 *       "Publication date" is required;</li>
 *   <li>judgements: one column per {@link JudgementArea} under Ofsted's heading; a blank cell is
 *       {@link Judgement#NOT_JUDGED} (care leavers before 2023); visits must have none;</li>
 *   <li>"Visit Theme" and "Web link" (the report page) are optional.</li>
 * </ul>
 */
public final class OfstedReader {

  static final String CODE = "Local authority area code";
  static final String NAME = "Local authority name";
  static final List<String> START = List.of("Inspection date", "Inspection/Visit date");
  static final String PUBLISHED = "Publication date";
  static final List<String> TYPE = List.of("Inspection type", "Inspection/Visit type");
  static final String THEME = "Visit Theme";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
      .withResolverStyle(ResolverStyle.STRICT);
  private static final String GRADES = Expected.anyOf("Outstanding", "Good",
      "Requires improvement to be good", "Inadequate", "blank");

  private OfstedReader() {}

  /** Reads the official .ods file. */
  public static InspectionOutcomes readOds(Path file, CouncilDirectory councils, ReadMode mode) {
    return readOds(file.getFileName().toString(), Inputs.stream(file), councils, mode);
  }

  /**
   * Reads the official .ods from a stream (closed here). The archive is checked first (see {@link
   * io.github.cscbriefs.data.internal.OdsArchive}): at most 50 MB, decompressing to at most 50 MB, no
   * DOCTYPE or ENTITY declarations.
   */
  public static InspectionOutcomes readOds(String fileName, InputStream in, CouncilDirectory councils, ReadMode mode) {
    OfstedTables.Workbook workbook = OfstedTables.read(fileName, in);
    InspectionOutcomes read = read(workbook.tables(), councils, mode);
    return new InspectionOutcomes(read.inspections(), read.gssCodes(),
        workbook.asAt().or(() -> OfstedTables.asAt(fileName)), read.notes());
  }

  /** Reads CSV forms of the sheets (any of the three, in any order), de-duplicating across them. */
  public static InspectionOutcomes readCsv(List<Path> files, CouncilDirectory councils, ReadMode mode) {
    List<CsvTable> tables = new ArrayList<>();
    for (Path file : files) {
      try (Reader reader = Inputs.reader(file)) {
        tables.add(CsvTable.read(file.getFileName().toString(), reader));
      } catch (IOException e) {
        throw DataFileException.of(Problem.inFile(file.toString(), "", "", Expected.aReadableFile()));
      }
    }
    InspectionOutcomes read = read(sorted(tables), councils, mode);
    Optional<LocalDate> asAt = files.stream().map(f -> OfstedTables.asAt(f.getFileName().toString()))
        .flatMap(Optional::stream).findFirst();
    return new InspectionOutcomes(read.inspections(), read.gssCodes(), asAt, read.notes());
  }

  /** Reads the CSV form of one sheet; {@code fileName} names it in problems. */
  public static InspectionOutcomes readCsv(String fileName, Reader reader, CouncilDirectory councils, ReadMode mode) {
    InspectionOutcomes read = read(List.of(CsvTable.read(fileName, reader)), councils, mode);
    return new InspectionOutcomes(read.inspections(), read.gssCodes(), OfstedTables.asAt(fileName), read.notes());
  }

  /** Typed sheets first, so that the latest-judgements sheet can borrow their types. */
  private static List<CsvTable> sorted(List<CsvTable> tables) {
    return tables.stream().sorted(Comparator.comparing(t -> t.column(TYPE).isEmpty())).toList();
  }

  private static InspectionOutcomes read(List<CsvTable> tables, CouncilDirectory councils, ReadMode mode) {
    ProblemLog log = new ProblemLog(mode);
    Map<String, Row> byKey = new LinkedHashMap<>();
    List<GssAssignment> gss = new ArrayList<>();
    for (CsvTable table : tables) {
      OfstedColumns columns = OfstedColumns.of(table);
      for (CsvTable.Row raw : table.rows()) {
        if (raw.isBlank()) {
          continue;
        }
        List<Problem> problems = new ArrayList<>();
        Optional<Row> row = parse(table, columns, raw, councils, byKey, log, problems);
        row.ifPresent(r -> checkConsistent(table, raw, r, byKey, problems));
        if (log.accept(problems) && row.isPresent()) {
          byKey.putIfAbsent(row.get().key(), row.get());
          row.get().gssCode().ifPresent(code -> gss.add(new GssAssignment(row.get().inspection().laCode(), code,
              row.get().inspection().start().year())));
        }
      }
    }
    log.finish();
    List<Inspection> inspections = byKey.values().stream().map(Row::inspection)
        .sorted(Comparator.comparing(Inspection::start).thenComparing(Inspection::laCode)).toList();
    return new InspectionOutcomes(inspections, gss, Optional.empty(), log.notes());
  }

  /** One parsed row and where it came from. */
  private record Row(Inspection inspection, Optional<String> gssCode, String source, long line) {
    String key() {
      return key(inspection.laCode(), inspection.type(), inspection.start().earliest());
    }

    static String key(String laCode, InspectionType type, LocalDate start) {
      return laCode + " " + type + " " + start;
    }
  }

  private static Optional<Row> parse(CsvTable table, OfstedColumns c, CsvTable.Row row, CouncilDirectory councils,
      Map<String, Row> seen, ProblemLog log, List<Problem> problems) {
    Optional<Council> council = council(table, c, row, councils, problems);
    Optional<LocalDate> start = date(table, row, c.start(), problems);
    Optional<LocalDate> published = date(table, row, c.published(), problems);
    Optional<InspectionType> type = c.type().isPresent() ? type(table, row, c.type().get(), problems) : Optional.empty();
    Map<JudgementArea, Judgement> judgements = judgements(table, c, row, problems);
    if (!problems.isEmpty() || council.isEmpty() || start.isEmpty() || published.isEmpty()) {
      return Optional.empty();
    }
    InspectionType resolved = type.orElseGet(() -> borrowedType(table, row, council.get(), start.get(), seen, log));
    if (!resolved.isGraded() && judgements.values().stream().anyMatch(Judgement::isGraded)) {
      problems.add(Problem.at(table.file(), row.line(), JudgementArea.OVERALL_EFFECTIVENESS.ofstedHeading(),
          row.get(c.judgements().get(JudgementArea.OVERALL_EFFECTIVENESS)), "blank judgements for a " + resolved.label()));
      return Optional.empty();
    }
    try {
      Inspection inspection = new Inspection(council.get().laCode(), resolved, start.get(), Optional.empty(),
          published.get(), resolved.isGraded() ? judgements : Map.of(),
          Optional.of(row.get(c.theme())).filter(s -> !s.isEmpty()), List.of(), List.of(),
          link(row.get(c.link())), table.file());
      Optional<String> gss = Optional.of(row.get(c.code())).filter(s -> EesAreas.GSS_CODE.matcher(s).matches());
      return Optional.of(new Row(inspection, gss, table.file(), row.line()));
    } catch (ModelViolationException e) {
      e.violations().forEach(v -> problems.add(Problem.at(table.file(), row.line(), heading(v.where().location(), c, table),
          v.value(), v.expected())));
      return Optional.empty();
    }
  }

  private static String heading(String path, OfstedColumns c, CsvTable table) {
    if (path.startsWith("judgements") || path.equals("(whole value)")) {
      return JudgementArea.OVERALL_EFFECTIVENESS.ofstedHeading();
    }
    if (path.startsWith("published")) {
      return PUBLISHED;
    }
    if (path.startsWith("start")) {
      return table.heading(c.start());
    }
    return path;
  }

  private static Optional<Council> council(CsvTable table, OfstedColumns c, CsvTable.Row row,
      CouncilDirectory councils, List<Problem> problems) {
    Optional<Council> found = Optional.of(row.get(c.code())).filter(s -> !s.isEmpty()).flatMap(councils::byCode)
        .or(() -> Optional.of(row.get(c.name())).filter(s -> !s.isEmpty()).flatMap(councils::byName))
        .or(() -> linkCode(row.get(c.link())).flatMap(councils::byCode));
    if (found.isEmpty()) {
      int column = c.code().or(c::name).orElseThrow();
      problems.add(Problem.at(table.file(), row.line(), table.heading(column), row.get(column),
          Expected.inTheLaCodeList("the GSS code or name of a council")
              + (c.name().isPresent() ? " (name given: '" + row.get(c.name()) + "')" : "")));
    }
    return found;
  }

  /** The LA code at the end of an Ofsted provider link, e.g. {@code .../provider/44/812}. */
  private static Optional<String> linkCode(String link) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("/(\\d{3})/?$").matcher(link.trim());
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Optional<LocalDate> date(CsvTable table, CsvTable.Row row, int column, List<Problem> problems) {
    try {
      return Optional.of(LocalDate.parse(row.get(column), DATE));
    } catch (DateTimeParseException e) {
      problems.add(Problem.at(table.file(), row.line(), table.heading(column), row.get(column),
          Expected.aDateAs("dd/mm/yyyy, such as 04/10/2021")));
      return Optional.empty();
    }
  }

  private static Optional<InspectionType> type(CsvTable table, CsvTable.Row row, int column, List<Problem> problems) {
    Optional<InspectionType> type = switch (row.get(column).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
      case "ilacs standard inspection", "standard inspection" -> Optional.of(InspectionType.ILACS_STANDARD);
      case "ilacs short inspection", "short inspection" -> Optional.of(InspectionType.ILACS_SHORT);
      case "ilacs focused visit", "focused visit" -> Optional.of(InspectionType.FOCUSED_VISIT);
      case "la monitoring visit", "monitoring visit" -> Optional.of(InspectionType.MONITORING_VISIT);
      case "joint targeted area inspection", "jtai" -> Optional.of(InspectionType.JTAI);
      default -> Optional.empty();
    };
    if (type.isEmpty()) {
      problems.add(Problem.at(table.file(), row.line(), table.heading(column), row.get(column),
          Expected.anyOf("ILACS Standard Inspection", "ILACS Short Inspection", "ILACS Focused Visit",
              "LA Monitoring visit")));
    }
    return type;
  }

  private static Map<JudgementArea, Judgement> judgements(CsvTable table, OfstedColumns c, CsvTable.Row row,
      List<Problem> problems) {
    Map<JudgementArea, Judgement> judgements = new EnumMap<>(JudgementArea.class);
    c.judgements().forEach((area, column) -> {
      String text = row.get(column);
      Optional<Judgement> grade = text.isEmpty() ? Optional.of(Judgement.NOT_JUDGED)
          : Judgement.parse(text).filter(Judgement::isGraded);
      grade.ifPresentOrElse(g -> judgements.put(area, g), () -> problems.add(
          Problem.at(table.file(), row.line(), table.heading(column), text, GRADES)));
    });
    return judgements;
  }

  /** The latest-judgements sheet has no type column: borrow it from the same inspection elsewhere. */
  private static InspectionType borrowedType(CsvTable table, CsvTable.Row row, Council council, LocalDate start,
      Map<String, Row> seen, ProblemLog log) {
    for (InspectionType type : List.of(InspectionType.ILACS_STANDARD, InspectionType.ILACS_SHORT)) {
      if (seen.containsKey(Row.key(council.laCode(), type, start))) {
        return type;
      }
    }
    log.note(new DataQualityNote(table.file(), "line " + row.line(),
        "inspection type not given for " + council.name() + " (" + start.format(DATE)
            + ") and not found in another sheet; taken as an ILACS standard inspection"));
    return InspectionType.ILACS_STANDARD;
  }

  private static Optional<URI> link(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(text);
      return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** The same inspection in two sheets must agree. */
  private static void checkConsistent(CsvTable table, CsvTable.Row raw, Row row, Map<String, Row> seen,
      List<Problem> problems) {
    Row earlier = seen.get(row.key());
    if (earlier != null && (!earlier.inspection().judgements().equals(row.inspection().judgements())
        || !earlier.inspection().published().equals(row.inspection().published()))) {
      problems.add(Problem.at(table.file(), raw.line(), PUBLISHED, row.inspection().published().earliest().format(DATE),
          "the same judgements and publication date as " + earlier.source() + " line " + earlier.line()
              + " for this inspection"));
    }
  }

  /** Where an Ofsted table keeps each field. */
  private record OfstedColumns(Optional<Integer> link, Optional<Integer> code, Optional<Integer> name, int start,
      int published, Optional<Integer> type, Optional<Integer> theme, Map<JudgementArea, Integer> judgements) {

    static OfstedColumns of(CsvTable table) {
      List<List<String>> required = new ArrayList<>(List.of(List.of(CODE, NAME), START, List.of(PUBLISHED)));
      List.of(JudgementArea.OVERALL_EFFECTIVENESS, JudgementArea.IMPACT_OF_LEADERS, JudgementArea.HELP_AND_PROTECTION,
          JudgementArea.CHILDREN_IN_CARE).forEach(a -> required.add(List.of(a.ofstedHeading())));
      Columns.require(table, required);
      Map<JudgementArea, Integer> judgements = new EnumMap<>(JudgementArea.class);
      for (JudgementArea area : JudgementArea.values()) {
        table.column(area.ofstedHeading()).ifPresent(i -> judgements.put(area, i));
      }
      return new OfstedColumns(table.column(OfstedTables.WEB_LINK), table.column(CODE), table.column(NAME),
          table.column(START).orElseThrow(), table.column(PUBLISHED).orElseThrow(), table.column(TYPE),
          table.column(THEME), judgements);
    }
  }
}
