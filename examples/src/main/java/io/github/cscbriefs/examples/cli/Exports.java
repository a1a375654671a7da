package io.github.cscbriefs.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cscbriefs.metrics.ComparatorKind;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.Gap;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.metrics.PlanProgress;
import io.github.cscbriefs.metrics.PriorityAction;
import io.github.cscbriefs.metrics.RateInterval;
import io.github.cscbriefs.metrics.SlopeFit;
import io.github.cscbriefs.metrics.Standing;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.SuccessMeasure;
import io.github.cscbriefs.model.Unit;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.reporting.CsvExport;
import io.github.cscbriefs.reporting.Wording;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The tables the command line exports (each council's indicators, its priority actions, its plan's
 * progress, the list of councils) and how a table is written as CSV or JSON. Every word in them
 * (action titles, baselines, targets, owners, evidence, plan status) is {@link Wording}'s, the
 * same as in the PDF; every CSV goes through {@link CsvExport}.
 *
 * <p>A cell is a {@link String}, an {@link Integer} or {@link Double} (a number), a {@link Value}
 * (a number, or missing with its reason), a list of strings, or {@code null} (no text). A number
 * that is missing is a {@code Value.Missing} whatever its column, so it always keeps a reason: in
 * CSV it is written as DfE's symbol (x, z, c, low, u, "-", ".."); in JSON it is {@code null} and
 * the reason follows in a sibling field named after it, {@code <column>_missing}, holding the
 * reason's code ({@code not_available}, {@code not_applicable}, {@code suppressed}, {@code low},
 * {@code low_reliability}, {@code not_published}, {@code blank}, {@code not_computable}). A list is
 * a JSON array, and in CSV its items joined by a space.
 */
final class Exports {

  /** The columns and rows of one export. */
  record Table(List<String> columns, List<List<Object>> rows) {
    Table {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }
  }

  private Exports() {}

  // ---- the tables ----

  /** One row per council and indicator: the comparisons behind the dashboard and charts. */
  static Table indicators(List<CouncilProfile> profiles) {
    List<String> columns = new ArrayList<>(List.of("la_code", "council", "year", "indicator", "label", "unit",
        "polarity", "value"));
    for (ComparatorKind kind : ComparatorKind.values()) {
      String key = code(kind);
      columns.addAll(List.of(key, key + "_difference", key + "_ratio"));
    }
    columns.addAll(List.of("rank", "out_of", "percentile", "quartile_band", "change_1y", "change_3y", "change_5y",
        "slope_per_year", "slope_standard_error", "direction", "years_worse_than_england", "gap_to_england",
        "interval_lower", "interval_upper", "significance", "rating"));
    List<List<Object>> rows = new ArrayList<>();
    for (CouncilProfile profile : profiles) {
      Council council = profile.council();
      for (IndicatorComparison c : profile.comparisons()) {
        List<Object> row = new ArrayList<>(List.of(council.laCode(), council.name(), c.year(), c.indicator().id(),
            c.indicator().label(), code(c.indicator().unit()), code(c.indicator().polarity()), rounded(c.value())));
        for (ComparatorKind kind : ComparatorKind.values()) {
          Gap gap = c.gap(kind);
          row.addAll(List.of(rounded(gap.comparator()), rounded(gap.difference()), rounded(gap.ratio())));
        }
        MissingReason unranked = reason(c.value(), MissingReason.NOT_APPLICABLE);
        Optional<Standing> standing = c.standing();
        row.add(whole(standing.map(Standing::rank), unranked));
        row.add(whole(standing.map(Standing::outOf), unranked));
        row.add(number(standing.map(Standing::percentile), unranked));
        row.add(standing.map(s -> s.band().name()).orElse(null));
        row.add(rounded(c.trend().changeOnLastYear()));
        row.add(rounded(c.trend().changeOver3Years()));
        row.add(rounded(c.trend().changeOver5Years()));
        Optional<SlopeFit> slope = c.trend().slope();
        row.add(number(slope.map(SlopeFit::slope), MissingReason.NOT_COMPUTABLE));
        row.add(number(slope.map(SlopeFit::standardError), MissingReason.NOT_COMPUTABLE));
        row.add(code(c.trend().direction()));
        row.add(c.trend().yearsWorseThanEngland());
        row.add(Wording.closure(c.trend().gapClosure()));
        MissingReason noInterval = reason(c.value(),
            c.indicator().unit() == Unit.PERCENT ? MissingReason.NOT_COMPUTABLE : MissingReason.NOT_APPLICABLE);
        Optional<RateInterval> interval = c.interval();
        row.add(number(interval.map(RateInterval::lower), noInterval));
        row.add(number(interval.map(RateInterval::upper), noInterval));
        row.add(interval.map(i -> code(i.significance())).orElse(null));
        row.add(profile.rating(c).map(Exports::code).orElse(null));
        rows.add(row);
      }
    }
    return new Table(columns, rows);
  }

  /** One row per priority action, in the brief's order and words. */
  static Table actions(List<CouncilProfile> profiles) {
    List<String> columns = List.of("la_code", "council", "year", "priority", "urgency", "kind", "indicator", "area",
        "title", "baseline", "baseline_value", "target", "target_value", "target_date", "owner", "evidence");
    List<List<Object>> rows = new ArrayList<>();
    for (CouncilProfile profile : profiles) {
      List<PriorityAction> actions = profile.actions();
      for (int i = 0; i < actions.size(); i++) {
        PriorityAction a = actions.get(i);
        rows.add(Arrays.asList(profile.council().laCode(), profile.council().name(), profile.year(), i + 1,
            Wording.urgency(a.urgency()), code(a.kind()), a.indicator().map(Indicator::id).orElse(null),
            a.area().map(Exports::code).orElse(null), Wording.title(a), Wording.baseline(a),
            rounded(a.baseline().value()), Wording.target(a), rounded(a.target().value()),
            a.targetDate().toString(), Wording.owner(a.owner()), Wording.evidence(a, profile)));
      }
    }
    return new Table(columns, rows);
  }

  /** One row per action of the council's own improvement plan, with its status computed from the data. */
  static Table plan(List<CouncilProfile> profiles) {
    List<String> columns = List.of("la_code", "council", "year", "ref", "title", "owner", "measure", "indicator",
        "baseline", "baseline_year", "target", "target_year", "status", "latest_year", "latest", "expected",
        "progress");
    List<List<Object>> rows = new ArrayList<>();
    for (CouncilProfile profile : profiles) {
      for (PlanProgress p : profile.plan()) {
        Optional<SuccessMeasure> m = p.action().measure();
        MissingReason none = MissingReason.NOT_APPLICABLE;
        rows.add(Arrays.asList(profile.council().laCode(), profile.council().name(), profile.year(),
            p.action().id(), p.action().title(), p.action().owner(), Wording.measure(p.action()),
            m.map(x -> x.indicator().id()).orElse(null),
            number(m.map(SuccessMeasure::baseline), none), whole(m.map(SuccessMeasure::baselineYear), none),
            number(m.map(SuccessMeasure::target), none), whole(m.map(SuccessMeasure::targetYear), none),
            Wording.planStatus(p.status()), whole(p.latestYear(), reason(p.latest(), none)),
            rounded(p.latest()), rounded(p.expected()), Wording.progress(p, profile.year())));
      }
    }
    return new Table(columns, rows);
  }

  /** One row per current council: codes, region and the latest Ofsted judgement with its inspection's start. */
  static Table councils(Dataset dataset) {
    List<String> columns = List.of("la_code", "gss_code", "council", "region", "latest_judgement",
        "latest_judgement_date");
    List<List<Object>> rows = new ArrayList<>();
    for (Council council : dataset.councils().current()) {
      Optional<Inspection> latest = latestJudged(dataset, council);
      rows.add(Arrays.asList(council.laCode(), council.gssCode().orElse(null), council.name(),
          council.region().label(), latest.map(i -> i.overall().orElseThrow().label()).orElse(null),
          latest.map(i -> i.start().toString()).orElse(null)));
    }
    return new Table(columns, rows);
  }

  /** The council's latest inspection with an overall judgement, if any. */
  static Optional<Inspection> latestJudged(Dataset dataset, Council council) {
    return dataset.inspectionsOf(council.laCode()).stream()
        .filter(i -> i.overall().isPresent())
        .max(Comparator.comparing(Inspection::start));
  }

  // ---- writing ----

  /** The table as CSV: a header of its columns, then its rows. */
  static void csv(Table table, Appendable out) throws IOException {
    try (CsvExport csv = CsvExport.to(out, table.columns())) {
      for (List<Object> row : table.rows()) {
        csv.row(row.stream().map(cell -> cell instanceof Collection<?> items
            ? String.join(" ", items.stream().map(String::valueOf).toList()) : cell).toList());
      }
    }
  }

  /** The table as a JSON array of objects, one per row, keyed by column (see the class comment). */
  static void json(Table table, Writer out) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode array = mapper.createArrayNode();
    for (List<Object> row : table.rows()) {
      ObjectNode object = array.addObject();
      for (int i = 0; i < row.size(); i++) {
        put(object, table.columns().get(i), row.get(i));
      }
    }
    mapper.writeValue(new NotClosing(out), array);
    out.write("\n");
  }

  private static void put(ObjectNode object, String key, Object cell) {
    if (cell == null) {
      object.putNull(key);
    } else if (cell instanceof Value.Missing missing) {
      object.putNull(key);
      object.put(key + "_missing", code(missing.reason()));
    } else if (cell instanceof Value.Present present) {
      object.put(key, present.number());
    } else if (cell instanceof Integer n) {
      object.put(key, n);
    } else if (cell instanceof Double d) {
      object.put(key, d);
    } else if (cell instanceof Collection<?> items) {
      ArrayNode array = object.putArray(key);
      items.forEach(item -> array.add(String.valueOf(item)));
    } else {
      object.put(key, cell.toString());
    }
  }

  // ---- cells ----

  /**
   * Computed figures to four decimals, as the exports have always printed them, rounded half up on
   * the number's decimal as the brief rounds ({@link Wording#decimal(double, int)}): 0.12345 is
   * 0.1235, though the double nearest it lies just below.
   */
  private static Value rounded(Value value) {
    return value.map(Exports::round);
  }

  private static double round(double x) {
    return Wording.decimal(x, 4).doubleValue();
  }

  /** The number, rounded, or missing for {@code reason}. */
  private static Value number(Optional<Double> number, MissingReason reason) {
    return number.map(x -> Value.of(round(x))).orElse(Value.missing(reason));
  }

  /** A whole number (a year, a rank), or missing for {@code reason}. */
  private static Object whole(Optional<Integer> number, MissingReason reason) {
    return number.<Object>map(Function.identity()).orElse(Value.missing(reason));
  }

  /** The reason {@code value} is missing, or {@code otherwise} when it is present. */
  private static MissingReason reason(Value value, MissingReason otherwise) {
    return value instanceof Value.Missing missing ? missing.reason() : otherwise;
  }

  /** An enum constant as a lower-case code: {@code NOT_PUBLISHED} → {@code not_published}. */
  private static String code(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** Jackson closes what it writes to; standard output must stay open. */
  private static final class NotClosing extends java.io.FilterWriter {
    NotClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
