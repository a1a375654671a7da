package io.github.cscbriefs.data;

import io.github.cscbriefs.data.internal.CsvTable;
import io.github.cscbriefs.data.internal.Inputs;
import io.github.cscbriefs.data.internal.ParallelReads;
import io.github.cscbriefs.data.local.LocalEvidence;
import io.github.cscbriefs.data.local.LocalEvidenceReader;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.DataQualityNote;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.NeighbourGroup;
import io.github.cscbriefs.model.SourceRelease;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The official data as a {@link Dataset}: the files bundled with the project (DfE workforce 2017–2025,
 * children-looked-after social worker stability 2024, characteristics of children in need 2013–2025,
 * children looked after, placement stability and care leavers 2021–2025, ONS mid-year estimates of
 * children 2012–2024, Ofsted outcomes as at 31 March 2025, the 2025 and 2021 statistical neighbour
 * models, the LA code list), or user-supplied files in their place.
 *
 * <pre>{@code
 * Dataset bundled = OfficialData.load();
 * Dataset mine = OfficialData.builder()
 *     .workforce(Path.of("csww_indicators_2017_to_2026.csv"))
 *     .mode(ReadMode.LENIENT)
 *     .clock(clock)
 *     .load();
 * Dataset withPlan = OfficialData.builder()
 *     .local(Path.of("north-east-lincolnshire.yaml"))   // a council's local evidence file
 *     .load();
 * }</pre>
 *
 * Each call reads the files afresh; nothing is cached. The latest reporting year accepted is the
 * current one by the builder's clock ({@link ReadLimits#of(Clock)}): the system clock unless {@link
 * Builder#clock(Clock)} gives another.
 */
public final class OfficialData {

  static final String LA_CODES = "dfe-la-codes/la_code_list.csv";
  static final String WORKFORCE = "dfe-csww/csww_indicators_2017_to_2025.csv";
  static final String CLA_STABILITY = "dfe-csww/cla_social_worker_stability_2024.csv";
  static final String OFSTED = "ofsted/LA_Inspection_Outcomes_as_at_31_March_2025.ods";
  static final List<String> NEIGHBOURS = List.of("dfe-statistical-neighbours/sn_model_2025_wide.csv",
      "dfe-statistical-neighbours/statistical_neighbour_groupings_april_2021.csv");
  static final String RELEASES = "releases.csv";

  private static final String DFE = "Department for Education";

  private OfficialData() {}

  /** Every bundled file, read strictly, accepting reporting years up to the current one by the system clock. */
  public static Dataset load() {
    return builder().load();
  }

  /** A loader in which user-supplied files replace bundled ones. */
  public static Builder builder() {
    return new Builder();
  }

  /** Chooses the files and the read mode; unset files are the bundled ones. */
  public static final class Builder {
    private Optional<Path> laCodes = Optional.empty();
    private Optional<Path> workforce = Optional.empty();
    private Optional<Path> claStability = Optional.empty();
    private List<Path> childrenInNeed = List.of();
    private final Map<CareTable, Path> careTables = new java.util.EnumMap<>(CareTable.class);
    private List<Path> inspections = List.of();
    private List<Path> neighbours = List.of();
    private final List<Path> local = new ArrayList<>();
    private ReadMode mode = ReadMode.STRICT;
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {}

    /** A DfE LA code list ({@code LA Number, LA Name, Region, Type}) in place of the bundled one. */
    public Builder laCodes(Path file) {
      this.laCodes = Optional.of(file);
      return this;
    }

    /** A children's social work workforce CSV (any release since 2017) in place of the bundled one. */
    public Builder workforce(Path file) {
      this.workforce = Optional.of(file);
      return this;
    }

    /** A children-looked-after social worker stability CSV in place of the bundled one. */
    public Builder claStability(Path file) {
      this.claStability = Optional.of(file);
      return this;
    }

    /**
     * Children in need tables (any of the b1, c1, c4, d3 and d5 tables of "Characteristics of children
     * in need", any release, read by header name) in place of the bundled five.
     */
    public Builder childrenInNeed(Path... files) {
      this.childrenInNeed = List.of(files);
      return this;
    }

    /**
     * A file of {@code table}'s kind (children looked after, placement stability, care leavers'
     * activity or accommodation, or the ONS child population) in place of the bundled one.
     */
    public Builder careTable(CareTable table, Path file) {
      careTables.put(java.util.Objects.requireNonNull(table, "table"), java.util.Objects.requireNonNull(file, "file"));
      return this;
    }

    /** Ofsted outcome files (an .ods and/or CSV forms of its sheets) in place of the bundled .ods. */
    public Builder inspections(Path... files) {
      this.inspections = List.of(files);
      return this;
    }

    /** Statistical neighbour files, each named with its model year, in place of the bundled ones. */
    public Builder neighbours(Path... files) {
      this.neighbours = List.of(files);
      return this;
    }

    /**
     * Councils' local evidence files ({@link LocalEvidenceReader}: YAML or JSON, see
     * data/LOCAL-FILE.md), added to the official data in the order given, each by {@link
     * LocalEvidence#applyTo}. Repeatable; the same file twice (by its real path) is refused when
     * the data is loaded, since it would add its interventions and plan actions twice.
     */
    public Builder local(Path... files) {
      for (Path file : files) {
        local.add(java.util.Objects.requireNonNull(file, "file"));
      }
      return this;
    }

    /** Strict (the default) fails on any bad row; lenient skips it with a data-quality note. */
    public Builder mode(ReadMode mode) {
      this.mode = java.util.Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * The clock whose current year is the latest reporting year accepted (default: the system
     * clock): figures are as at 30 September of their year, so a later year cannot be real.
     */
    public Builder clock(Clock clock) {
      this.clock = java.util.Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Reads the files into a dataset, then adds the local evidence files.
     *
     * @throws DataFileException listing every problem of the first file that has any
     */
    public Dataset load() {
      return loadWithEvidence().dataset();
    }

    /**
     * Reads the files as {@link #load()} does, keeping what each local evidence file added, e.g.
     * to check which council each file is for.
     *
     * @throws DataFileException listing every problem of the first file that has any
     */
    public Loaded loadWithEvidence() {
      refuseRepeatedLocalFiles();
      Dataset dataset = loadOfficial();
      LocalEvidenceReader reader = new LocalEvidenceReader(dataset.councils(), dataset.indicators(),
          ReadLimits.of(clock).latestYear());
      List<LocalEvidence> evidence = new ArrayList<>();
      for (Path file : local) {
        LocalEvidence read = reader.read(file);
        evidence.add(read);
        dataset = read.applyTo(dataset);
      }
      return new Loaded(dataset, evidence);
    }

    private void refuseRepeatedLocalFiles() {
      Map<Path, Path> seen = new LinkedHashMap<>();
      for (Path file : local) {
        Path earlier = seen.putIfAbsent(identity(file), file);
        if (earlier != null) {
          String name = file.getFileName().toString();
          throw DataFileException.of(Problem.inFile(name, "", file.toString(), Expected.eachOnce("local evidence file")
              + " (it is also given as " + earlier + "; its interventions and plan actions would count twice)"));
        }
      }
    }

    /** The file's real path where it exists (links and ".." resolved), else its absolute normal form. */
    private static Path identity(Path file) {
      try {
        return file.toRealPath();
      } catch (IOException | SecurityException e) {
        return file.toAbsolutePath().normalize();
      }
    }

    private Dataset loadOfficial() {
      List<SourceRelease> sources = new ArrayList<>();
      List<DataQualityNote> notes = new ArrayList<>();
      Map<String, SourceRelease> bundled = bundledReleases();

      ReadResult<Council> laList = laCodes.map(p -> LaCodeListReader.read(p, mode))
          .orElseGet(() -> bundled(LA_CODES, r -> LaCodeListReader.read(Inputs.fileName(LA_CODES), r, mode)));
      sources.add(laCodes.map(p -> userFile(DFE, "Local authority codes", "", p)).orElse(bundled.get(LA_CODES)));
      notes.addAll(laList.notes());
      CouncilDirectory councils = CouncilDirectories.of(laList.records());

      ReadLimits limits = ReadLimits.of(clock);
      WorkforceRelease release = workforce.map(p -> WorkforceCsvReader.read(p, councils, mode, limits))
          .orElseGet(() -> bundled(WORKFORCE, r -> WorkforceCsvReader.read(Inputs.fileName(WORKFORCE), r, councils, mode,
              limits)));
      sources.add(workforce.map(p -> userFile(DFE, "Children's social work workforce", years(release.years()), p))
          .orElse(bundled.get(WORKFORCE)));
      notes.addAll(release.notes());
      CouncilDirectory withWorkforceCodes = CouncilDirectories.withGssCodes(councils, release.gssCodes());

      // Every other release needs only the councils with their workforce codes, so they are read
      // at once, one per core; their results, sources and notes are taken in the order below.
      List<AreaFigures> service;
      ReadResult<AreaFigures> stability;
      InspectionOutcomes outcomes;
      int ofstedSource;
      try (ParallelReads reads = ParallelReads.onEveryCore()) {
        ParallelReads.Read<ReadResult<AreaFigures>> stabilityRead = reads.start(() -> claStability
            .map(p -> ClaStabilityReader.read(p, withWorkforceCodes, mode, limits))
            .orElseGet(() -> bundled(CLA_STABILITY,
                r -> ClaStabilityReader.read(Inputs.fileName(CLA_STABILITY), r, withWorkforceCodes, mode, limits))));
        ServiceReads serviceReads = startServiceReads(reads, withWorkforceCodes, limits);
        ParallelReads.Read<InspectionOutcomes> inspectionsRead = reads.start(() -> inspections(withWorkforceCodes));

        stability = stabilityRead.get();
        sources.add(claStability.map(p -> userFile(DFE, "Children looked after: social worker stability", "", p))
            .orElse(bundled.get(CLA_STABILITY)));
        notes.addAll(stability.notes());
        service = serviceReads.figures(bundled, sources, notes);
        ofstedSource = sources.size();
        outcomes = inspectionsRead.get();
        sources.addAll(inspectionSources(outcomes, bundled));
      }
      List<io.github.cscbriefs.model.SourceCoverage> coverage = OfstedCoverage.of(outcomes, sources.get(ofstedSource));
      notes.addAll(outcomes.notes());
      CouncilDirectory directory = CouncilDirectories.withGssCodes(withWorkforceCodes, outcomes.gssCodes());

      List<NeighbourGroup> groups = neighbourGroups(directory, bundled, sources, notes);
      return Dataset.builder(directory)
          .figures(release.records())
          .figures(stability.records())
          .figures(service)
          .inspections(outcomes.inspections())
          .inspectionsAsAt(outcomes.asAt())
          .coverage(coverage)
          .neighbours(groups)
          .sources(sources)
          .notes(notes)
          .build();
    }

    /**
     * The help and protection, children in care and care leavers figures: the children in need tables
     * merged into one row per area and year, each with the population its rates divide by ({@link
     * PopulationJoin}), and the children looked after tables. The population itself is an input of
     * those rates, not figures of its own. Starts every table's read.
     */
    private ServiceReads startServiceReads(ParallelReads reads, CouncilDirectory councils, ReadLimits limits) {
      List<ParallelReads.Read<ReadResult<AreaFigures>>> cin = new ArrayList<>();
      if (childrenInNeed.isEmpty()) {
        for (ChildrenInNeedReader.Table table : ChildrenInNeedReader.Table.values()) {
          cin.add(reads.start(() -> bundled(table.resource(), r -> ChildrenInNeedReader.read(
              Inputs.fileName(table.resource()), r, councils, mode, limits))));
        }
      } else {
        for (Path file : childrenInNeed) {
          cin.add(reads.start(() -> ChildrenInNeedReader.read(file, councils, mode, limits)));
        }
      }
      Map<CareTable, ParallelReads.Read<ReadResult<AreaFigures>>> care = new java.util.EnumMap<>(CareTable.class);
      for (CareTable table : CareTable.values()) {
        care.put(table, reads.start(() -> Optional.ofNullable(careTables.get(table))
            .map(p -> CareTableReader.read(table, p, councils, mode, limits))
            .orElseGet(() -> bundled(table.resource(), r -> CareTableReader.read(table, Inputs.fileName(table.resource()),
                r, councils, mode, limits)))));
      }
      return new ServiceReads(cin, care);
    }

    /** The service tables' reads under way: the children in need tables in order, then the care tables. */
    private final class ServiceReads {
      private final List<ParallelReads.Read<ReadResult<AreaFigures>>> childrenInNeedReads;
      private final Map<CareTable, ParallelReads.Read<ReadResult<AreaFigures>>> careReads;

      ServiceReads(List<ParallelReads.Read<ReadResult<AreaFigures>>> childrenInNeedReads,
          Map<CareTable, ParallelReads.Read<ReadResult<AreaFigures>>> careReads) {
        this.childrenInNeedReads = childrenInNeedReads;
        this.careReads = careReads;
      }

      /** Waits for each table in order, listing its source and notes as it comes. */
      List<AreaFigures> figures(Map<String, SourceRelease> bundled, List<SourceRelease> sources,
          List<DataQualityNote> notes) {
        List<ReadResult<AreaFigures>> tables = new ArrayList<>();
        for (int i = 0; i < childrenInNeedReads.size(); i++) {
          ReadResult<AreaFigures> read = childrenInNeedReads.get(i).get();
          tables.add(read);
          if (childrenInNeed.isEmpty()) {
            sources.add(bundled.get(ChildrenInNeedReader.Table.values()[i].resource()));
          } else {
            sources.add(userFile(DFE, "Characteristics of children in need",
                years(read.records().stream().map(AreaFigures::year).distinct().sorted().toList()),
                childrenInNeed.get(i)));
          }
        }
        ReadResult<AreaFigures> cin = ChildrenInNeedReader.merge(tables);
        notes.addAll(cin.notes());
        Map<CareTable, List<AreaFigures>> care = new java.util.EnumMap<>(CareTable.class);
        careReads.forEach((table, pending) -> {
          ReadResult<AreaFigures> read = pending.get();
          sources.add(Optional.ofNullable(careTables.get(table))
              .map(p -> userFile(table.publication().publisher(), table.publication().title(), "", p))
              .orElse(bundled.get(table.resource())));
          notes.addAll(read.notes());
          care.put(table, read.records());
        });
        List<AreaFigures> figures = new ArrayList<>(PopulationJoin.withPopulation(cin.records(),
            care.get(CareTable.CHILD_POPULATION)));
        care.forEach((table, rows) -> {
          if (table != CareTable.CHILD_POPULATION) {
            figures.addAll(rows);
          }
        });
        return figures;
      }
    }

    /** Ofsted's outcomes: the bundled ones, or the user's files merged, one inspection per type and start. */
    private InspectionOutcomes inspections(CouncilDirectory councils) {
      if (inspections.isEmpty()) {
        return OfstedReader.readOds(Inputs.fileName(OFSTED), Inputs.resource(OFSTED), councils, mode);
      }
      List<InspectionOutcomes> read = new ArrayList<>();
      List<Path> csvs = inspections.stream().filter(p -> !isOds(p)).toList();
      inspections.stream().filter(Builder::isOds).forEach(p -> read.add(OfstedReader.readOds(p, councils, mode)));
      if (!csvs.isEmpty()) {
        read.add(OfstedReader.readCsv(csvs, councils, mode));
      }
      Map<String, Inspection> unique = new LinkedHashMap<>();
      read.stream().flatMap(o -> o.inspections().stream())
          .forEach(i -> unique.putIfAbsent(i.laCode() + " " + i.type() + " " + i.start(), i));
      Optional<java.time.LocalDate> asAt = read.stream().flatMap(o -> o.asAt().stream()).max(java.util.Comparator.naturalOrder());
      return new InspectionOutcomes(List.copyOf(unique.values()),
          read.stream().flatMap(o -> o.gssCodes().stream()).toList(), asAt,
          read.stream().flatMap(o -> o.notes().stream()).toList());
    }

    /** The sources of Ofsted's outcomes as read: the bundled release, or each of the user's files. */
    private List<SourceRelease> inspectionSources(InspectionOutcomes outcomes, Map<String, SourceRelease> bundled) {
      if (inspections.isEmpty()) {
        return List.of(bundled.get(OFSTED));
      }
      return inspections.stream().map(p -> userFile("Ofsted", "Local authority inspection outcomes",
          outcomes.asAt().map(d -> "as at " + d).orElse(""), p)).toList();
    }

    private static boolean isOds(Path p) {
      return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ods");
    }

    private List<NeighbourGroup> neighbourGroups(CouncilDirectory councils, Map<String, SourceRelease> bundled,
        List<SourceRelease> sources, List<DataQualityNote> notes) {
      List<NeighbourGroup> groups = new ArrayList<>();
      if (neighbours.isEmpty()) {
        for (String file : NEIGHBOURS) {
          int year = NeighbourReader.modelYear(file).orElseThrow();
          ReadResult<NeighbourGroup> read = bundled(file,
              r -> NeighbourReader.read(Inputs.fileName(file), r, year, councils, mode));
          groups.addAll(read.records());
          notes.addAll(read.notes());
          sources.add(bundled.get(file));
        }
        return groups;
      }
      for (Path file : neighbours) {
        ReadResult<NeighbourGroup> read = NeighbourReader.read(file, councils, mode);
        groups.addAll(read.records());
        notes.addAll(read.notes());
        sources.add(userFile(DFE, "Statistical neighbour model",
            NeighbourReader.modelYear(file.getFileName().toString()).orElseThrow() + " model", file));
      }
      return groups;
    }
  }

  /**
   * The data loaded, with what each local evidence file added to it.
   *
   * @param dataset the official data with every local file applied
   * @param localEvidence each local evidence file read, in the order given (its council, its
   *     figures, inspections, interventions and plan actions, and the file as a source)
   */
  public record Loaded(Dataset dataset, List<LocalEvidence> localEvidence) {

    public Loaded {
      java.util.Objects.requireNonNull(dataset, "dataset");
      localEvidence = List.copyOf(localEvidence);
    }
  }

  private static <T> T bundled(String resource, Function<Reader, T> read) {
    try (Reader reader = Inputs.resourceReader(resource)) {
      return read.apply(reader);
    } catch (IOException e) {
      throw DataFileException.of(Problem.inFile(resource, "", "", Expected.aReadableBundledResource()));
    }
  }

  private static SourceRelease userFile(String publisher, String title, String detail, Path file) {
    return new SourceRelease(publisher, title, detail.isEmpty() ? "user-supplied file" : "user-supplied file, " + detail,
        file.getFileName().toString());
  }

  private static String years(List<Integer> years) {
    return years.isEmpty() ? "" : "reporting years " + years.get(0) + " to " + years.get(years.size() - 1);
  }

  /** The bundled files' publications, from {@code official/releases.csv}. */
  private static Map<String, SourceRelease> bundledReleases() {
    CsvTable table = bundled(RELEASES, r -> CsvTable.readCommented(RELEASES, r));
    Columns.require(table, List.of(List.of("file"), List.of("publisher"), List.of("title"), List.of("release")));
    Map<String, SourceRelease> releases = new LinkedHashMap<>();
    for (CsvTable.Row row : table.rows()) {
      String file = row.get(table.column("file").orElseThrow());
      releases.put(file, new SourceRelease(row.get(table.column("publisher").orElseThrow()),
          row.get(table.column("title").orElseThrow()), row.get(table.column("release").orElseThrow()),
          Inputs.fileName(file)));
    }
    return releases;
  }
}
