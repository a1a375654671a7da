package io.github.cscbriefs.model;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything a brief is computed from: councils, workforce figures for every area and year,
 * inspections and visits, interventions, statistical neighbours, the indicator catalogue, the
 * sources read and the data-quality notes made while reading them. Immutable.
 */
public final class Dataset {

  private final CouncilDirectory councils;
  private final List<WorkforceRecord> workforce;
  private final List<Inspection> inspections;
  private final List<Intervention> interventions;
  private final List<PlanAction> planActions;
  private final Map<String, NeighbourGroup> neighbours;
  private final IndicatorCatalogue indicators;
  private final List<SourceRelease> sources;
  private final List<DataQualityNote> notes;
  private final Map<String, Map<Integer, WorkforceRecord>> workforceByArea;
  private final List<Integer> years;
  private final Map<CouncilYear, Optional<WorkforceRecord>> workforceByCouncil;
  private final Map<String, List<Inspection>> inspectionsByCouncil;
  private final Map<String, List<Intervention>> interventionsByCouncil;
  private final Map<String, List<PlanAction>> planActionsByCouncil;

  private record CouncilYear(String laCode, int year) {
  }

  private Dataset(Builder b) {
    this.councils = b.councils;
    this.workforce = List.copyOf(b.workforce);
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
    this.workforceByArea = indexByAreaAndYear(workforce);
    this.years = workforce.stream().map(WorkforceRecord::year).distinct().sorted().toList();
    this.workforceByCouncil = indexByCouncilAndYear();
    this.inspectionsByCouncil = byLaCode(inspections, Inspection::laCode);
    this.interventionsByCouncil = byLaCode(interventions, Intervention::laCode);
    this.planActionsByCouncil = byLaCode(planActions, PlanAction::laCode);
  }

  /** Immutable lists by LA code, each in {@code list}'s order. */
  private static <T> Map<String, List<T>> byLaCode(List<T> list, Function<T, String> laCode) {
    return list.stream().collect(Collectors.collectingAndThen(
        Collectors.groupingBy(laCode, Collectors.toUnmodifiableList()), Map::copyOf));
  }

  /** What {@link #workforceFor} answers for every council in the directory and every year. */
  private Map<CouncilYear, Optional<WorkforceRecord>> indexByCouncilAndYear() {
    Map<CouncilYear, Optional<WorkforceRecord>> index = new HashMap<>();
    for (Council council : councils.all()) {
      for (int year : years) {
        index.put(new CouncilYear(council.laCode(), year), describing(council.laCode(), year));
      }
    }
    return Map.copyOf(index);
  }

  private Optional<WorkforceRecord> describing(String laCode, int year) {
    return councils.workforceCode(laCode, year).flatMap(code -> workforce(code, year));
  }

  /** Area code → year → record, immutable; one record per area and year. */
  private static Map<String, Map<Integer, WorkforceRecord>> indexByAreaAndYear(List<WorkforceRecord> workforce) {
    Map<String, Map<Integer, WorkforceRecord>> index = new HashMap<>();
    for (WorkforceRecord r : workforce) {
      WorkforceRecord previous = index.computeIfAbsent(r.area().code(), k -> new HashMap<>()).put(r.year(), r);
      if (previous != null) {
        throw new ModelViolationException("Dataset", List.of(new ModelViolationException.Violation(
            "workforce", r.area().code() + " " + r.year(), "one record per area and year")));
      }
    }
    return index.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
  }

  public static Builder builder(CouncilDirectory councils) {
    return new Builder(councils);
  }

  /** A builder holding this dataset's parts, to add to. */
  public Builder toBuilder() {
    Builder b = new Builder(councils).indicators(indicators);
    b.workforce.addAll(workforce);
    b.inspections.addAll(inspections);
    b.interventions.addAll(interventions);
    b.planActions.addAll(planActions);
    b.neighbours.addAll(neighbours.values());
    b.sources.addAll(sources);
    b.notes.addAll(notes);
    return b;
  }

  public CouncilDirectory councils() {
    return councils;
  }

  public List<WorkforceRecord> workforce() {
    return workforce;
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

  /** The reporting years with any workforce figures, ascending. */
  public List<Integer> years() {
    return years;
  }

  /** Figures for an area code (England's, a region's, or a council's workforce code) and year. */
  public Optional<WorkforceRecord> workforce(String areaCode, int year) {
    return Optional.ofNullable(workforceByArea.getOrDefault(areaCode, Map.of()).get(year));
  }

  /** Figures describing a council in {@code year}, following code changes and combined returns. */
  public Optional<WorkforceRecord> workforceFor(Council council, int year) {
    Optional<WorkforceRecord> indexed = workforceByCouncil.get(new CouncilYear(council.laCode(), year));
    return indexed != null ? indexed : describing(council.laCode(), year);
  }

  public Optional<WorkforceRecord> englandWorkforce(int year) {
    return workforce(Area.ENGLAND_CODE, year);
  }

  public Optional<WorkforceRecord> regionWorkforce(Region region, int year) {
    return workforce(region.gssCode(), year);
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
    private final List<WorkforceRecord> workforce = new java.util.ArrayList<>();
    private final List<Inspection> inspections = new java.util.ArrayList<>();
    private final List<Intervention> interventions = new java.util.ArrayList<>();
    private final List<NeighbourGroup> neighbours = new java.util.ArrayList<>();
    private final List<PlanAction> planActions = new java.util.ArrayList<>();
    private final List<SourceRelease> sources = new java.util.ArrayList<>();
    private final List<DataQualityNote> notes = new java.util.ArrayList<>();
    private IndicatorCatalogue indicators = IndicatorCatalogue.defaults();

    private Builder(CouncilDirectory councils) {
      this.councils = java.util.Objects.requireNonNull(councils, "councils");
    }

    public Builder workforce(List<WorkforceRecord> records) {
      workforce.addAll(records);
      return this;
    }

    /** Adds figures, replacing any already held for the same area and year. */
    public Builder replaceWorkforce(List<WorkforceRecord> records) {
      for (WorkforceRecord r : records) {
        workforce.removeIf(w -> w.year() == r.year() && w.area().code().equals(r.area().code()));
        workforce.add(r);
      }
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

    public Builder indicators(IndicatorCatalogue catalogue) {
      this.indicators = java.util.Objects.requireNonNull(catalogue, "indicators");
      return this;
    }

    public Dataset build() {
      return new Dataset(this);
    }
  }
}
