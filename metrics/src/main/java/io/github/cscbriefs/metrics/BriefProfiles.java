package io.github.cscbriefs.metrics;

import com.google.common.math.Quantiles;
import com.google.common.math.Stats;
import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.Intervention;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.NeighbourGroup;
import io.github.cscbriefs.model.Publication;
import io.github.cscbriefs.model.Reorganisation;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.Workforce;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The entry point: computes councils' profiles from a dataset.
 *
 * <pre>{@code
 * BriefProfiles profiles = BriefProfiles.of(dataset);
 * CouncilProfile nel = profiles.profile(dataset.councils().require("812"), 2020);
 * }</pre>
 *
 * <p>Immutable and thread-safe; one instance can serve any number of councils and threads. What
 * does not depend on the reporting year asked for, or on the council, is computed once per instance
 * and shared: a council's series of an indicator over every year, and an indicator's distribution
 * across councils in a year. Ask many councils or years of one instance rather than making one per
 * profile.
 */
public final class BriefProfiles {

  private static final Value NOT_PUBLISHED = Value.missing(MissingReason.NOT_PUBLISHED);

  private final Dataset dataset;
  private final MetricsSettings settings;
  /** The first year each publication has figures for: an indicator's series starts there. */
  private final Map<Publication, Integer> firstYears;
  /**
   * Memoised results, each an immutable value computed from the dataset alone, so computing one
   * twice (two threads at once) gives equal values. Keyed by value (never by identity), bounded by
   * the councils asked about and by indicators × years; they live as long as this instance.
   */
  private final Map<Council, Map<Measure, History>> historyMemo = new ConcurrentHashMap<>();
  private final Map<DistributionKey, Field> fieldMemo = new ConcurrentHashMap<>();

  private record DistributionKey(Indicator indicator, int year) {
  }

  /** An indicator's distribution in a year, with its numbers (what every council is ranked against). */
  private record Field(Distribution distribution, List<Double> numbers) {
  }

  /**
   * A council's values of one measure in every year of the dataset, and what is derived from them
   * for any reporting year: the trend's year → value maps and the neighbours' values of each year
   * ({@code neighbours.get(i)} is of the year of {@code series.get(i)}).
   */
  private record History(List<SeriesPoint> series, Map<Integer, Value> council, Map<Integer, Value> england,
      List<List<NeighbourValue>> neighbours, List<Optional<Area>> areas) {
  }

  /**
   * The rows that can hold a council's value in a year: the return that describes it and the row
   * under its own code (see {@link #councilRecord}).
   */
  private record Rows(Optional<AreaFigures> described, Optional<AreaFigures> own) {

    /** The row holding the value of {@code m}. */
    Optional<AreaFigures> holding(Measure m) {
      if (!value(described, m).equals(NOT_PUBLISHED)) {
        return described;
      }
      return value(own, m).equals(NOT_PUBLISHED) ? described : own;
    }
  }

  private BriefProfiles(Dataset dataset, MetricsSettings settings) {
    this.dataset = DerivedFigures.complete(Objects.requireNonNull(dataset, "dataset"));
    this.settings = Objects.requireNonNull(settings, "settings");
    Map<Publication, Integer> first = new HashMap<>();
    this.dataset.figures().forEach(f -> first.merge(f.publication(), f.year(), Math::min));
    this.firstYears = Map.copyOf(first);
  }

  /** With {@link MetricsSettings#defaults()}. */
  public static BriefProfiles of(Dataset dataset) {
    return of(dataset, MetricsSettings.defaults());
  }

  public static BriefProfiles of(Dataset dataset, MetricsSettings settings) {
    return new BriefProfiles(dataset, settings);
  }

  public MetricsSettings settings() {
    return settings;
  }

  /**
   * The date a year's inspection history is taken at by default: 31 March of the following year,
   * by when DfE has published that year's workforce figures.
   */
  public static LocalDate defaultAsAt(int year) {
    return LocalDate.of(year + 1, 3, 31);
  }

  /**
   * The profile of {@code council} for reporting year {@link #reportingYear reportingYear(year)},
   * history as at {@link #defaultAsAt} of that year.
   */
  public CouncilProfile profile(Council council, int year) {
    int reporting = reportingYear(year);
    return profile(council, reporting, defaultAsAt(reporting));
  }

  /**
   * The reporting year a profile asked for {@code year} describes: {@code year} itself when any
   * publication has figures for it; for a year only councils' own figures cover (a local file's
   * newer figures), the latest published year before it, since ranks, bands and England's figures
   * exist only for published years. The council's own figures are then the profile's {@link
   * CouncilProfile#ownFigures()}.
   */
  public int reportingYear(int year) {
    if (!dataset.reportingYears().contains(year) || dataset.publishedYears().contains(year)) {
      return year;
    }
    return dataset.reportingYears().stream().filter(y -> y < year && dataset.publishedYears().contains(y))
        .reduce((a, b) -> b).orElse(year);
  }

  /**
   * The profile with the inspection and intervention history taken at {@code asAt}, for {@link
   * #reportingYear reportingYear(year)}.
   */
  public CouncilProfile profile(Council council, int requested, LocalDate asAt) {
    int year = reportingYear(requested);
    if (!dataset.reportingYears().contains(year)) {
      throw MetricsException.of("year", year, "a reporting year in the dataset " + dataset.reportingYears());
    }
    List<IndicatorComparison> comparisons = dataset.indicators().indicators().stream()
        .map(i -> compare(council, i, year)).toList();
    Optional<AreaFigures> workforce = dataset.figuresFor(Workforce.PUBLICATION, council, year);
    Capacity capacity = Capacity.of(workforce, dataset.england(Workforce.PUBLICATION, year),
        settings.caseloadTarget(), source(council, workforce));
    // A council's history includes the councils it replaced (North Northamptonshire's starts with
    // Northamptonshire's inspections), oldest first.
    List<Council> predecessors = dataset.councils().predecessors(council.laCode());
    List<String> history = java.util.stream.Stream.concat(predecessors.stream(), java.util.stream.Stream.of(council))
        .map(Council::laCode).toList();
    List<Inspection> inspections = history.stream().flatMap(code -> dataset.inspectionsOf(code).stream())
        .filter(i -> i.published().isCertainlyOnOrBefore(asAt))
        .sorted(java.util.Comparator.comparing(Inspection::start)).toList();
    List<Intervention> interventions = history.stream().flatMap(code -> dataset.interventionsOf(code).stream())
        .filter(i -> i.isInForceOn(asAt)).toList();
    StatusRule statusRule = settings.statusRule();
    List<SmallNumbers> small = comparisons.stream()
        .flatMap(c -> base(council, c.indicator(), year)
            .flatMap(b -> statusRule.smallNumbers(c, b, unitOfBase(c.indicator()))).stream())
        .toList();
    List<DataQualityFinding> questioned = statusRule.questioned(comparisons);
    List<IndicatorStatus> statuses = statusRule.statuses(comparisons, small, questioned);
    ProfileFacts facts = new ProfileFacts(council, year, asAt, comparisons, capacity, inspections, interventions,
        statuses, small, questioned);
    List<PriorityAction> actions = ActionDrafting.draft(facts, settings.rules());
    boolean shortList = actions.size() <= settings.rules().shortListSize();
    List<PlanProgress> plan = dataset.planActionsOf(council.laCode()).stream()
        .map(a -> PlanProgress.assess(a, a.measure()
            .flatMap(m -> comparisons.stream().filter(c -> c.indicator().equals(m.indicator())).findFirst())
            .map(IndicatorComparison::series).orElse(List.of()), year))
        .toList();
    return new CouncilProfile(council, year, asAt, comparisons, capacity, inspections, interventions,
        actions, shortList, plan, predecessors,
        new DataVintage(Workforce.PUBLICATION.period(year), dataset.inspectionsAsAt(), asAt,
            dataset.coverage().stream().filter(c -> history.stream().anyMatch(c::covers)).toList(),
            dataset.figuresFor(Workforce.PUBLICATION, council, year).flatMap(dataset::ownSource)), statuses, small,
        questioned, ownFigures(council, year), headlines(council, comparisons, year, small, questioned));
  }

  /**
   * The council's own figures for the years after {@code year} that no publication covers, up to
   * the next published year: what its local evidence file adds beyond the latest published figures.
   */
  private List<OwnFigures> ownFigures(Council council, int year) {
    List<OwnFigures> own = new ArrayList<>();
    for (int later : dataset.years()) {
      if (later <= year) {
        continue;
      }
      if (dataset.publishedYears().contains(later)) {
        break;
      }
      for (Publication publication : dataset.publications()) {
        dataset.figuresFor(publication, council, later).flatMap(row -> dataset.ownSource(row)
            .map(source -> new OwnFigures(publication.period(later), source, dataset.indicators().indicators()
                .stream().filter(i -> i.publication().equals(publication) && row.values().containsKey(i.measure()))
                .map(i -> new OwnFigures.Figure(i, row.value(i.measure()))).toList())))
            .filter(f -> !f.figures().isEmpty()).ifPresent(own::add);
      }
    }
    return List.copyOf(own);
  }

  /**
   * The published denominator of the council's figure of {@code indicator} (the sum of its {@link
   * RateFormula}'s denominator measures, before absence's working days), from the row holding the
   * value; empty when the indicator has no formula or a part is missing.
   */
  private Optional<Double> base(Council council, Indicator indicator, int year) {
    Optional<RateFormula> formula = RateFormula.of(indicator.measure());
    Optional<AreaFigures> own = councilRecord(council, indicator.measure(), year);
    if (formula.isEmpty() || own.isEmpty()) {
      return Optional.empty();
    }
    return denominator(formula.get(), own.get());
  }

  /** The sum of the formula's denominator measures in {@code row}; empty when a part is missing. */
  private static Optional<Double> denominator(RateFormula formula, AreaFigures row) {
    List<Value> parts = formula.denominator().stream().map(row::value).toList();
    return parts.stream().allMatch(Value::isPresent)
        ? Optional.of(parts.stream().mapToDouble(Values::number).sum()) : Optional.empty();
  }

  /** Children for the children-in-care release's rates, FTE for the workforce's. */
  private static SmallNumbers.BaseUnit unitOfBase(Indicator indicator) {
    return indicator.publication().equals(Workforce.PUBLICATION) ? SmallNumbers.BaseUnit.FTE
        : SmallNumbers.BaseUnit.CHILDREN;

  }

  /**
   * The headline facts of every indicator ({@link Headlines}), bad news first, leaving out the
   * indicators whose figure rests on small numbers or that have a questioned figure. Each year's figure
   * is ranked among that year's field of council returns, and only years whose figure comes from
   * the same return as the profile year's count; ordered by {@link Headlines#ordered}.
   */
  private List<Headline> headlines(Council council, List<IndicatorComparison> comparisons, int year,
      List<SmallNumbers> small, List<DataQualityFinding> questioned) {
    List<List<Headline>> headlines = new ArrayList<>();
    for (IndicatorComparison c : comparisons) {
      // No headline rests on small numbers (one person makes Scilly's agency rate 100%) or on a
      // figure the brief questions.
      if (small.stream().anyMatch(n -> n.indicator().equals(c.indicator()))
          || questioned.stream().anyMatch(q -> q.indicator().equals(c.indicator()))) {
        continue;
      }
      History history = history(council, c.indicator().measure());
      List<Headlines.Point> points = new ArrayList<>();
      for (int i = 0; i < history.series().size(); i++) {
        SeriesPoint p = history.series().get(i);
        if (p.year() <= year && c.area().isPresent()
            && history.areas().get(i).map(Area::code).equals(c.area().map(Area::code))) {
          List<Double> numbers = field(c.indicator(), p.year()).numbers();
          points.add(new Headlines.Point(p.year(), p.council(), p.england(),
              numbers.size() >= settings.minimumField() ? numbers : List.of()));
        }
      }
      headlines.add(Headlines.of(c.indicator(), year, points, c.trend(), settings.trendYears()));
    }
    return Headlines.ordered(headlines, dataset.indicators().indicators());
  }

  /**
   * Every council return's value of {@code indicator} in {@code year}; returns with a missing value
   * are counted, rows that do not publish the measure at all are not.
   */
  public Distribution distribution(Indicator indicator, int year) {
    return field(indicator, year).distribution();
  }

  private Field field(Indicator indicator, int year) {
    return fieldMemo.computeIfAbsent(new DistributionKey(indicator, year), k -> {
      Distribution d = computeDistribution(k.indicator(), k.year());
      return new Field(d, d.numbers());
    });
  }

  private Distribution computeDistribution(Indicator indicator, int year) {
    List<CouncilValue> present = new ArrayList<>();
    int missing = 0;
    for (AreaFigures r : dataset.councilReturns(indicator.publication(), year)) {
      Value v = r.value(indicator.measure());
      if (v.isPresent()) {
        present.add(new CouncilValue(r.area().code(), r.area().name(), Values.number(v)));
      } else if (Values.isLow(v)) {
        present.add(CouncilValue.low(r.area().code(), r.area().name())); // ranks as the small number it is
      } else if (!v.equals(NOT_PUBLISHED)) {
        missing++; // a row from another release that lacks the measure is not a return for it
      }
    }
    return Distribution.of(indicator, year, present, missing);
  }

  private IndicatorComparison compare(Council council, Indicator indicator, int year) {
    Measure m = indicator.measure();
    History history = history(council, m);
    int at = dataset.years().indexOf(year);
    SeriesPoint point = history.series().get(at);
    Value value = point.council();
    Value england = point.england();
    Value region = point.region();
    List<NeighbourValue> counted = history.neighbours().get(at);
    List<Double> neighbours = numbers(counted);
    List<Gap> gaps = List.of(
        Gap.of(ComparatorKind.ENGLAND, value, england, england.isPresent() ? 1 : 0, indicator.polarity()),
        Gap.of(ComparatorKind.REGION, value, region, region.isPresent() ? 1 : 0,
            indicator.polarity()),
        Gap.of(ComparatorKind.NEIGHBOUR_MEAN, value, mean(neighbours),
            neighbours.size(), indicator.polarity()),
        Gap.of(ComparatorKind.NEIGHBOUR_MEDIAN, value, median(neighbours),
            neighbours.size(), indicator.polarity()));
    Field field = field(indicator, year);
    Distribution distribution = field.distribution();
    java.util.OptionalDouble ranked = Values.comparable(value);
    Optional<Standing> standing = ranked.isPresent() && field.numbers().size() >= settings.minimumField()
        ? Standing.of(ranked.getAsDouble(), field.numbers(), indicator.polarity())
        : Optional.empty();
    Trend trend = Trend.of(year, history.council(), history.england(), indicator.polarity(), settings);
    // The series runs from the first year the indicator's publication has figures (children in need
    // from 2013, children looked after from 2021), not from the dataset's first year.
    int from = firstYears.getOrDefault(m.publication(), year);
    List<SeriesPoint> series = history.series().stream().filter(p -> p.year() >= from).toList();
    return new IndicatorComparison(indicator, year, value, history.areas().get(at), gaps, counted, standing,
        trend, interval(councilRecord(council, m, year), indicator, value, england, year), series,
        distribution);
  }

  private Optional<RateInterval> interval(Optional<AreaFigures> own, Indicator indicator, Value value,
      Value england, int year) {
    Optional<RateFormula> formula = RateFormula.of(indicator.measure()).filter(f -> indicator.isRate());
    if (formula.isEmpty() || own.isEmpty()) {
      return Optional.empty();
    }
    return denominator(formula.get(), own.get()).flatMap(denominator -> RateInterval.wilson(value,
        formula.get().trials(denominator, year), england, indicator.polarity(), settings.confidenceLevel()));
  }

  /**
   * The council's values of {@code m} (with England's, its region's and its neighbours' mean) in
   * every year of the dataset. They are the same whatever the reporting year, so they're computed
   * once per council, for every measure of the catalogue at once (profiles compare only those);
   * each neighbour's rows are looked up once per year for all of them.
   */
  private History history(Council council, Measure m) {
    return historyMemo.computeIfAbsent(council, this::computeHistories).get(m);
  }

  private Map<Measure, History> computeHistories(Council council) {
    Map<Measure, History> histories = new HashMap<>();
    Map<Publication, List<Measure>> byPublication = dataset.indicators().indicators().stream()
        .map(Indicator::measure).distinct()
        .collect(java.util.stream.Collectors.groupingBy(Measure::publication, LinkedHashMap::new,
            java.util.stream.Collectors.toList()));
    byPublication.forEach((publication, measures) -> {
      Map<Integer, Rows> own = rowsByYear(publication, council);
      Map<Integer, List<Rows>> neighbours = neighbourRowsByYear(publication, council);
      measures.forEach(m -> histories.put(m, computeHistory(council, m, own, neighbours)));
    });
    return Collections.unmodifiableMap(histories);
  }

  private Map<Integer, Rows> rowsByYear(Publication publication, Council council) {
    Map<Integer, Rows> rows = new HashMap<>();
    dataset.years().forEach(y -> rows.put(y, rows(publication, council, y)));
    return rows;
  }

  /** The neighbours' rows of each year, closest neighbour first; neighbours not in the directory left out. */
  private Map<Integer, List<Rows>> neighbourRowsByYear(Publication publication, Council council) {
    List<Council> neighbours = dataset.neighboursOf(council.laCode()).map(NeighbourGroup::laCodes).orElse(List.of())
        .stream().flatMap(code -> dataset.councils().byCode(code).stream()).toList();
    Map<Integer, List<Rows>> rows = new HashMap<>();
    dataset.years().forEach(y -> rows.put(y, neighbours.stream().map(n -> rows(publication, n, y)).toList()));
    return rows;
  }

  private Rows rows(Publication publication, Council council, int year) {
    return new Rows(dataset.figuresFor(publication, council, year),
        dataset.figures(publication, council.laCode(), year));
  }

  private History computeHistory(Council council, Measure m, Map<Integer, Rows> own,
      Map<Integer, List<Rows>> neighbourRows) {
    List<SeriesPoint> series = new ArrayList<>();
    List<List<NeighbourValue>> neighbours = new ArrayList<>();
    List<Optional<Area>> areas = new ArrayList<>();
    for (int y : dataset.years()) {
      Optional<AreaFigures> record = own.get(y).holding(m);
      List<NeighbourValue> n = neighbourValues(record, jointMembers(council, y), neighbourRows.get(y), m);
      neighbours.add(n);
      areas.add(record.map(AreaFigures::area));
      series.add(new SeriesPoint(y, value(record, m), value(dataset.england(m.publication(), y), m),
          value(dataset.region(m.publication(), council.region(), y), m), mean(numbers(n)),
          source(council, record)));
    }
    return new History(List.copyOf(series), seriesMap(series, p -> trendValue(p, m)),
        seriesMap(series, SeriesPoint::england), List.copyOf(neighbours), List.copyOf(areas));
  }

  /**
   * The value a trend counts: a predecessor's figure only where it is comparable with the council's
   * own ({@link FigureSource.Predecessor#isComparable}); a count of the predecessor's, such as its
   * FTE in post, is not applicable to the council's trend.
   */
  private static Value trendValue(SeriesPoint p, Measure m) {
    return p.source() instanceof FigureSource.Predecessor predecessor && !predecessor.counts(m)
        ? Value.missing(MissingReason.NOT_APPLICABLE) : p.council();
  }

  /** Whose return {@code record} is, for {@code council}. */
  private FigureSource source(Council council, Optional<AreaFigures> record) {
    if (record.isEmpty()) {
      return FigureSource.NO_RETURN;
    }
    Area area = record.get().area();
    if (area.isCombined()) {
      return new FigureSource.Joint(area, area.members().stream().map(dataset.councils()::require).toList());
    }
    Optional<Council> other = dataset.councils().byCode(area.code()).filter(c -> !c.laCode().equals(council.laCode()));
    Optional<Reorganisation> change = other.flatMap(p -> dataset.councils().reorganisations().stream()
        .filter(r -> r.successors().contains(council.laCode()))
        .sorted(java.util.Comparator.comparing((Reorganisation r) -> !r.predecessors().contains(p.laCode())))
        .findFirst());
    return other.isPresent() && change.isPresent()
        ? new FigureSource.Predecessor(other.get(), change.get().firstYear(), sameArea(council, change.get()))
        : FigureSource.OWN;
  }

  /**
   * True when the council's return from the change on is one joint return of all the change's
   * successors, so it covers the predecessors' whole area.
   */
  private boolean sameArea(Council council, Reorganisation change) {
    return dataset.councils().combinedReturn(council.laCode(), change.firstYear())
        .filter(c -> c.firstYear() <= change.firstYear() && c.laCodes().containsAll(change.successors())
            && change.successors().containsAll(c.laCodes()))
        .isPresent();
  }

  /**
   * The LA codes of the council and its partners in a joint return in {@code year}: no neighbour's
   * figure from any of them is a neighbour's (Richmond upon Thames is Kingston upon Thames's
   * statistical neighbour, and they make one workforce return).
   */
  private List<String> jointMembers(Council council, int year) {
    return dataset.councils().combinedReturn(council.laCode(), year).map(c -> c.laCodes())
        .orElse(List.of(council.laCode()));
  }

  private static Map<Integer, Value> seriesMap(List<SeriesPoint> series,
      java.util.function.Function<SeriesPoint, Value> f) {
    Map<Integer, Value> map = new HashMap<>();
    series.forEach(p -> map.put(p.year(), f.apply(p)));
    return Collections.unmodifiableMap(map);
  }

  /**
   * The neighbours' values with a number: each neighbour's return once, the council's own return
   * ({@code own}) left out (a neighbour can share a combined return with it), and so is any return
   * of a council in {@code excluded} (the council and its partners in a joint return, whose
   * separately published figures are not a neighbour's).
   */
  private static List<NeighbourValue> neighbourValues(Optional<AreaFigures> own, List<String> excluded,
      List<Rows> neighbours, Measure m) {
    // Records of one year are one per area code, so a code seen stands for its record. A dozen at
    // most: a list is quicker to search than a set is to build.
    List<String> seen = new ArrayList<>(neighbours.size() + 1);
    own.ifPresent(r -> seen.add(r.area().code()));
    List<NeighbourValue> values = new ArrayList<>(neighbours.size());
    for (Rows n : neighbours) {
      Optional<AreaFigures> row = n.holding(m);
      if (row.isPresent() && !seen.contains(row.get().area().code())
          && row.get().area().members().stream().noneMatch(excluded::contains)) {
        seen.add(row.get().area().code());
        Value v = row.get().value(m);
        if (v.isPresent()) {
          values.add(new NeighbourValue(row.get().area(), Values.number(v)));
        }
      }
    }
    return List.copyOf(values);
  }

  private static Value value(Optional<AreaFigures> record, Measure m) {
    return record.map(r -> r.value(m)).orElse(NOT_PUBLISHED);
  }

  /**
   * The row holding the council's value of {@code m}: the return that describes it (its combined
   * return, or its predecessor's); when that return lacks the measure altogether, a row under the
   * council's own code, since some releases (children in care) publish the members of a combined
   * workforce return separately.
   */
  private Optional<AreaFigures> councilRecord(Council council, Measure m, int year) {
    return rows(m.publication(), council, year).holding(m);
  }

  private static List<Double> numbers(List<NeighbourValue> values) {
    return values.stream().map(NeighbourValue::value).toList();
  }

  private static Value mean(List<Double> values) {
    return values.isEmpty() ? Value.missing(MissingReason.NOT_COMPUTABLE) : Value.of(Stats.meanOf(values));
  }

  private static Value median(List<Double> values) {
    return values.isEmpty() ? Value.missing(MissingReason.NOT_COMPUTABLE)
        : Value.of(Quantiles.median().compute(values));
  }
}
