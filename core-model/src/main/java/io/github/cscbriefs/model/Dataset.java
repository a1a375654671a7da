package io.github.cscbriefs.model;

import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything a brief is computed from: councils, the figures of every publication read for every
 * area and year, inspections and visits, interventions, statistical neighbours, the indicator
 * catalogue, the sources read and the data-quality notes made while reading them. Immutable.
 */
public final class Dataset {

  private final CouncilDirectory councils;
  private final List<AreaFigures> figures;
  private final List<Inspection> inspections;
  private final List<Intervention> interventions;
  private final List<PlanAction> planActions;
  private final Map<String, NeighbourGroup> neighbours;
  private final IndicatorCatalogue indicators;
  private final List<SourceRelease> sources;
  private final List<DataQualityNote> notes;
  private final Optional<java.time.LocalDate> inspectionsAsAt;
  private final List<SourceCoverage> coverage;
  private final Map<AreaKey, AreaFigures> figuresByArea;
  private final Map<AreaKey, SourceRelease> ownSources;
  private final List<Integer> years;
  private final List<Integer> publishedYears;
  private final List<Integer> reportingYears;
  private final Map<AreaKey, Optional<AreaFigures>> figuresByCouncil;
  private final Map<String, List<Inspection>> inspectionsByCouncil;
  private final Map<String, List<Intervention>> interventionsByCouncil;
  private final Map<String, List<PlanAction>> planActionsByCouncil;

  /*
   * The key every figure is looked up by, many thousand times a brief: its publication, code (an
   * area's code, or a council's LA code in the index by council) and year. Its equality and hash are
   * written out: a record's generated ones go through method handles, which the quick compiler the
   * launcher runs with does not inline.
   */
  private record AreaKey(Publication publication, String areaCode, int year) {
    static AreaKey of(AreaFigures f) {
      return new AreaKey(f.publication(), f.area().code(), f.year());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof AreaKey k && year == k.year && areaCode.equals(k.areaCode)
          && publication.equals(k.publication);
    }

    @Override
    public int hashCode() {
      return (publication.hashCode() * 31 + areaCode.hashCode()) * 31 + year;
    }
  }

  private Dataset(Builder b) {
    requireEachOnce(b);
    this.councils = b.councils;
    this.figures = List.copyOf(b.figures);
    this.inspections = b.inspections.stream()
        .sorted(Comparator.comparing(Inspection::start).thenComparing(Inspection::laCode)).toList();
    this.interventions = b.interventions.stream()
        .sorted(Comparator.comparing(Intervention::start).thenComparing(Intervention::laCode)).toList();
    this.planActions = List.copyOf(b.planActions);
    this.neighbours = b.neighbours.stream()
        .collect(Collectors.toUnmodifiableMap(NeighbourGroup::laCode, g -> g, (a, c) -> a.modelYear() >= c.modelYear() ? a : c));
    this.indicators = b.indicators;
    this.sources = List.copyOf(b.sources);
    this.notes = List.copyOf(b.notes);
    this.inspectionsAsAt = b.inspectionsAsAt;
    this.coverage = List.copyOf(b.coverage);
    this.figuresByArea = indexByArea(figures);
    this.ownSources = Map.copyOf(b.ownSources);
    this.years = figures.stream().map(AreaFigures::year).distinct().sorted().toList();
    this.publishedYears = figures.stream().filter(f -> !ownSources.containsKey(AreaKey.of(f)))
        .map(AreaFigures::year).distinct().sorted().toList();
    this.reportingYears = figures.stream().filter(f -> f.publication().equals(Workforce.PUBLICATION))
        .map(AreaFigures::year).distinct().sorted().toList();
    this.figuresByCouncil = indexByCouncil();
    this.inspectionsByCouncil = byLaCode(inspections, Inspection::laCode);
    this.interventionsByCouncil = byLaCode(interventions, Intervention::laCode);
    this.planActionsByCouncil = byLaCode(planActions, PlanAction::laCode);
  }

  /**
   * Refuses the same evidence twice: a source file read twice (the same local evidence file given
   * twice), an intervention (council, type, start) or a plan action (council, id) given twice, as by
   * two copies of one local file. Either would be counted twice in a brief.
   */
  private static void requireEachOnce(Builder b) {
    List<Problem> problems = new java.util.ArrayList<>();
    java.util.Set<SourceRelease> sources = new java.util.HashSet<>();
    for (SourceRelease s : b.sources) {
      if (!sources.add(s)) {
        problems.add(Problem.of("sources", s.file(), Expected.eachOnce("source")
            + "; this file (or one of the same name) has been read already"));
      }
    }
    Map<String, Intervention> interventions = new HashMap<>();
    for (Intervention i : b.interventions) {
      Intervention first = interventions.putIfAbsent(i.laCode() + " " + i.type() + " " + i.start(), i);
      if (first != null) {
        problems.add(Problem.of("interventions", i.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
            + " from " + i.start() + " for " + i.laCode() + " (" + i.source() + ")",
            Expected.eachOnce("intervention") + " (by council, type and start); it is also in " + first.source()));
      }
    }
    Map<String, PlanAction> actions = new HashMap<>();
    for (PlanAction a : b.planActions) {
      PlanAction first = actions.putIfAbsent(a.laCode() + " " + a.id(), a);
      if (first != null) {
        problems.add(Problem.of("planActions", "action " + a.id() + " for " + a.laCode() + " (" + a.source() + ")",
            Expected.eachOnce("plan action id") + " per council; it is also in " + first.source()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ModelViolationException("Dataset", problems);
    }
  }

  /** Immutable lists by LA code, each in {@code list}'s order. */
  private static <T> Map<String, List<T>> byLaCode(List<T> list, Function<T, String> laCode) {
    return list.stream().collect(Collectors.collectingAndThen(
        Collectors.groupingBy(laCode, Collectors.toUnmodifiableList()), Map::copyOf));
  }

  /** What {@link #figuresFor} answers for every publication, council in the directory and year. */
  private Map<AreaKey, Optional<AreaFigures>> indexByCouncil() {
    Map<AreaKey, Optional<AreaFigures>> index = new HashMap<>();
    for (Publication p : publications()) {
      for (Council council : councils.all()) {
        for (int year : years) {
          index.put(new AreaKey(p, council.laCode(), year), describing(p, council.laCode(), year));
        }
      }
    }
    return Map.copyOf(index);
  }

  private Optional<AreaFigures> describing(Publication publication, String laCode, int year) {
    return councils.returnCode(laCode, year).flatMap(code -> figures(publication, code, year));
  }

  /** (publication, area code, year) → figures, immutable; one row per publication, area and year. */
  private static Map<AreaKey, AreaFigures> indexByArea(List<AreaFigures> figures) {
    Map<AreaKey, AreaFigures> index = new HashMap<>();
    for (AreaFigures r : figures) {
      AreaFigures previous = index.put(new AreaKey(r.publication(), r.area().code(), r.year()), r);
      if (previous != null) {
        throw new ModelViolationException("Dataset", List.of(Problem.of(
            "figures", r.publication().title() + ", " + r.area().code() + " " + r.year(),
            Expected.oneRowPer("publication, area and year"))));
      }
    }
    return Map.copyOf(index);
  }

  public static Builder builder(CouncilDirectory councils) {
    return new Builder(councils);
  }

  /** A builder holding this dataset's parts, to add to. */
  public Builder toBuilder() {
    Builder b = new Builder(councils).indicators(indicators);
    b.figures.addAll(figures);
    b.ownSources.putAll(ownSources);
    b.inspections.addAll(inspections);
    b.interventions.addAll(interventions);
    b.planActions.addAll(planActions);
    b.neighbours.addAll(neighbours.values());
    b.sources.addAll(sources);
    b.notes.addAll(notes);
    b.inspectionsAsAt = inspectionsAsAt;
    b.coverage.addAll(coverage);
    return b;
  }

  public CouncilDirectory councils() {
    return councils;
  }

  /** Every publication's figures, in the order added. */
  public List<AreaFigures> figures() {
    return figures;
  }

  /** One publication's figures, in the order added. */
  public List<AreaFigures> figures(Publication publication) {
    return figures.stream().filter(f -> f.publication().equals(publication)).toList();
  }

  /**
   * A publication's council-level rows of {@code year} (each council's or combined return's own),
   * in the order added: what councils are ranked among and England's figures are summed from.
   */
  public List<AreaFigures> councilReturns(Publication publication, int year) {
    return figures.stream().filter(r -> r.year() == year && r.publication().equals(publication)
        && r.area().level() == GeographicLevel.LOCAL_AUTHORITY).toList();
  }

  /** The publications with any figures, in the order first added. */
  public List<Publication> publications() {
    return figures.stream().map(AreaFigures::publication).distinct().toList();
  }

  public List<Inspection> inspections() {
    return inspections;
  }

  public List<Intervention> interventions() {
    return interventions;
  }

  public List<PlanAction> planActions() {
    return planActions;
  }

  /** Every council's neighbour group in the newest model read, by LA code. */
  public List<NeighbourGroup> neighbourGroups() {
    return neighbours.values().stream().sorted(Comparator.comparing(NeighbourGroup::laCode)).toList();
  }

  public IndicatorCatalogue indicators() {
    return indicators;
  }

  public List<SourceRelease> sources() {
    return sources;
  }

  public List<DataQualityNote> notes() {
    return notes;
  }

  /**
   * The date the inspection outcomes read are taken at (Ofsted's "as at" date), when the release
   * says; the history holds no inspection published after it.
   */
  public Optional<java.time.LocalDate> inspectionsAsAt() {
    return inspectionsAsAt;
  }

  /**
   * What each source holds and over which period (see {@link SourceCoverage}): the ground for what
   * a brief may say is absent.
   */
  public List<SourceCoverage> coverage() {
    return coverage;
  }

  /** The years with any figures, ascending. */
  public List<Integer> years() {
    return years;
  }

  /**
   * The years a brief can describe, ascending: the years with workforce figures (published, or a
   * council's own from its local evidence file). Other publications' years before the first of
   * them (children in need from 2013) extend those indicators' trends, not the briefs' years.
   */
  public List<Integer> reportingYears() {
    return reportingYears;
  }

  /**
   * The years with any published figures, ascending: {@link #years()} without the years for which
   * only councils' own figures (from their local evidence files) are held.
   */
  public List<Integer> publishedYears() {
    return publishedYears;
  }

  /**
   * Where a row of figures came from when it is a council's own (added by {@link
   * Builder#ownFigures}: its local evidence file), not a publication's; empty for published figures.
   */
  public Optional<SourceRelease> ownSource(AreaFigures row) {
    return Optional.ofNullable(ownSources.get(AreaKey.of(row)));
  }

  /**
   * The latest reporting year with published workforce figures: the latest year DfE's workforce
   * release gives England's figures for (a council's local file adds its own figures only, so its
   * newer year does not count); when no figures are England's, the latest year with any workforce
   * figures. The default year of a brief.
   *
   * @throws IllegalStateException when the dataset has no workforce figures
   */
  public int latestYear() {
    java.util.Comparator<AreaFigures> byYear = Comparator.comparingInt(AreaFigures::year);
    return figures.stream().filter(f -> f.publication().equals(Workforce.PUBLICATION))
        .filter(f -> f.area().code().equals(Area.ENGLAND_CODE)).max(byYear)
        .or(() -> figures.stream().filter(f -> f.publication().equals(Workforce.PUBLICATION))
            .filter(f -> ownSource(f).isEmpty()).max(byYear))
        .map(AreaFigures::year)
        .orElseThrow(() -> new IllegalStateException("the dataset holds no workforce figures"));
  }

  /** A publication's figures for an area code (England's, a region's, or a council return's) and year. */
  public Optional<AreaFigures> figures(Publication publication, String areaCode, int year) {
    return Optional.ofNullable(figuresByArea.get(new AreaKey(publication, areaCode, year)));
  }

  /**
   * The figures describing a council in {@code year}, following code changes, combined returns
   * and, before a council was created from one predecessor, the predecessor's.
   */
  public Optional<AreaFigures> figuresFor(Publication publication, Council council, int year) {
    Optional<AreaFigures> indexed = figuresByCouncil.get(new AreaKey(publication, council.laCode(), year));
    return indexed != null ? indexed : describing(publication, council.laCode(), year);
  }

  public Optional<AreaFigures> england(Publication publication, int year) {
    return figures(publication, Area.ENGLAND_CODE, year);
  }

  public Optional<AreaFigures> region(Publication publication, Region region, int year) {
    return figures(publication, region.gssCode(), year);
  }

  /** A council's inspections and visits, oldest first. */
  public List<Inspection> inspectionsOf(String laCode) {
    return inspectionsByCouncil.getOrDefault(laCode, List.of());
  }

  /** A council's interventions, oldest first. */
  public List<Intervention> interventionsOf(String laCode) {
    return interventionsByCouncil.getOrDefault(laCode, List.of());
  }

  /** A council's own improvement-plan actions, in the order supplied. */
  public List<PlanAction> planActionsOf(String laCode) {
    return planActionsByCouncil.getOrDefault(laCode, List.of());
  }

  /** The council's neighbours in the newest model read. */
  public Optional<NeighbourGroup> neighboursOf(String laCode) {
    return Optional.ofNullable(neighbours.get(laCode));
  }

  /** Collects a dataset's parts. */
  public static final class Builder {
    private final CouncilDirectory councils;
    private final List<AreaFigures> figures = new java.util.ArrayList<>();
    private final Map<AreaKey, SourceRelease> ownSources = new HashMap<>();
    private final List<Inspection> inspections = new java.util.ArrayList<>();
    private final List<Intervention> interventions = new java.util.ArrayList<>();
    private final List<NeighbourGroup> neighbours = new java.util.ArrayList<>();
    private final List<PlanAction> planActions = new java.util.ArrayList<>();
    private final List<SourceRelease> sources = new java.util.ArrayList<>();
    private final List<DataQualityNote> notes = new java.util.ArrayList<>();
    private IndicatorCatalogue indicators = IndicatorCatalogue.defaults();
    private Optional<java.time.LocalDate> inspectionsAsAt = Optional.empty();
    private final List<SourceCoverage> coverage = new java.util.ArrayList<>();

    private Builder(CouncilDirectory councils) {
      this.councils = java.util.Objects.requireNonNull(councils, "councils");
    }

    public Builder figures(List<AreaFigures> rows) {
      figures.addAll(rows);
      return this;
    }

    /** Adds figures, replacing any already held for the same publication, area and year. */
    public Builder replaceFigures(List<AreaFigures> rows) {
      for (AreaFigures r : rows) {
        figures.removeIf(w -> w.year() == r.year() && w.publication().equals(r.publication())
            && w.area().code().equals(r.area().code()));
        figures.add(r);
        ownSources.remove(AreaKey.of(r));
      }
      return this;
    }

    /**
     * Replaces each row by {@code f} of it, which must describe the same publication, area and year
     * (e.g. the row with figures computed from its counts added); where a row came from is kept.
     *
     * @throws IllegalArgumentException when {@code f} changes a row's publication, area or year
     */
    public Builder mapFigures(java.util.function.UnaryOperator<AreaFigures> f) {
      figures.replaceAll(r -> {
        AreaFigures mapped = java.util.Objects.requireNonNull(f.apply(r), "mapped row");
        if (!AreaKey.of(mapped).equals(AreaKey.of(r))) {
          throw new IllegalArgumentException("a mapped row must keep its publication, area and year: " + AreaKey.of(r)
              + " became " + AreaKey.of(mapped));
        }
        return mapped;
      });
      return this;
    }

    /**
     * Adds a council's own figures from {@code source} (its local evidence file), replacing any
     * held for the same publication, area and year as {@link #replaceFigures} does; {@link
     * Dataset#ownSource} then names the file, so that they are never taken for a publication's.
     */
    public Builder ownFigures(List<AreaFigures> rows, SourceRelease source) {
      java.util.Objects.requireNonNull(source, "source");
      replaceFigures(rows);
      rows.forEach(r -> ownSources.put(AreaKey.of(r), source));
      return this;
    }

    public Builder inspections(List<Inspection> list) {
      inspections.addAll(list);
      return this;
    }

    public Builder interventions(List<Intervention> list) {
      interventions.addAll(list);
      return this;
    }

    public Builder planActions(List<PlanAction> list) {
      planActions.addAll(list);
      return this;
    }

    public Builder neighbours(List<NeighbourGroup> list) {
      neighbours.addAll(list);
      return this;
    }

    public Builder sources(List<SourceRelease> list) {
      sources.addAll(list);
      return this;
    }

    public Builder notes(List<DataQualityNote> list) {
      notes.addAll(list);
      return this;
    }

    /** The date the inspection outcomes are taken at, when their release says. */
    public Builder inspectionsAsAt(Optional<java.time.LocalDate> date) {
      this.inspectionsAsAt = java.util.Objects.requireNonNull(date, "date");
      return this;
    }

    /** Adds what sources cover. */
    public Builder coverage(List<SourceCoverage> list) {
      coverage.addAll(list);
      return this;
    }

    public Builder indicators(IndicatorCatalogue catalogue) {
      this.indicators = java.util.Objects.requireNonNull(catalogue, "indicators");
      return this;
    }

    public Dataset build() {
      return new Dataset(this);
    }
  }
}
