package io.github.cscbriefs.examples.cli;

import io.github.cscbriefs.data.CareTable;
import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.data.local.LocalEvidence;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The data options every command shares: newer official downloads and local evidence files. */
final class DataOptions {

  @Option(names = "--workforce", paramLabel = "FILE",
      description = "DfE children's social work workforce CSV (any release since 2017) instead of the bundled 2025 release")
  Path workforce;

  @Option(names = "--children-in-need", paramLabel = "FILE", split = ",",
      description = "DfE children in need tables (b1, c1, c4, d3, d5 CSVs of any release, read by header name) "
          + "instead of the bundled 2025 release; repeat it or list files with commas")
  List<Path> childrenInNeed = new ArrayList<>();

  @Option(names = "--children-looked-after", paramLabel = "FILE",
      description = "DfE children looked after on 31 March (number and rate per 10,000 CSV) instead of the bundled one")
  Path childrenLookedAfter;

  @Option(names = "--placement-stability", paramLabel = "FILE",
      description = "DfE placement stability CSV of children looked after instead of the bundled one")
  Path placementStability;

  @Option(names = "--care-leavers-activity", paramLabel = "FILE",
      description = "DfE care leavers' activity CSV (education, employment or training) instead of the bundled one")
  Path careLeaversActivity;

  @Option(names = "--care-leavers-accommodation", paramLabel = "FILE",
      description = "DfE care leavers' accommodation suitability CSV instead of the bundled one")
  Path careLeaversAccommodation;

  @Option(names = "--population", paramLabel = "FILE",
      description = "ONS mid-year estimates of children aged 0 to 17 (the EES CSV DfE uses) instead of the bundled one")
  Path population;

  @Option(names = "--inspections", paramLabel = "FILE",
      description = "Ofsted local authority inspection outcomes (.ods as published, or its CSV) instead of the bundled 31 March 2025 file")
  Path inspections;

  @Option(names = "--neighbours", paramLabel = "FILE",
      description = "DfE statistical neighbours (2025 wide CSV or 2021 groupings CSV) instead of the bundled 2025 model")
  Path neighbours;

  @Option(names = "--local", paramLabel = "FILE",
      description = "A council's own evidence file (YAML or JSON; see data/LOCAL-FILE.md). Repeatable.")
  List<Path> local = new ArrayList<>();

  /** The run's clock: it dates the briefs and decides the latest reporting year accepted. */
  Clock clock = Clock.systemDefaultZone();

  /** What each local file added, once {@link #load()} has read them. */
  private List<LocalEvidence> evidence = List.of();

  /** Loads the official data (bundled unless replaced) and adds every local file. */
  Dataset load() {
    OfficialData.Builder builder = OfficialData.builder().clock(clock);
    Optional.ofNullable(workforce).ifPresent(builder::workforce);
    Optional.ofNullable(inspections).ifPresent(builder::inspections);
    Optional.ofNullable(neighbours).ifPresent(builder::neighbours);
    if (!childrenInNeed.isEmpty()) {
      builder.childrenInNeed(childrenInNeed.toArray(Path[]::new));
    }
    careTables().forEach(builder::careTable);
    OfficialData.Loaded loaded = builder.local(local.toArray(Path[]::new)).loadWithEvidence();
    evidence = loaded.localEvidence();
    return loaded.dataset();
  }

  /** The replacement files given for the children looked after tables and the population, by table. */
  private Map<CareTable, Path> careTables() {
    Map<CareTable, Path> options = new EnumMap<>(CareTable.class); // an option not given is null
    options.put(CareTable.CHILDREN_LOOKED_AFTER, childrenLookedAfter);
    options.put(CareTable.PLACEMENT_STABILITY, placementStability);
    options.put(CareTable.CARE_LEAVERS_ACTIVITY, careLeaversActivity);
    options.put(CareTable.CARE_LEAVERS_ACCOMMODATION, careLeaversAccommodation);
    options.put(CareTable.CHILD_POPULATION, population);
    options.values().removeIf(Objects::isNull);
    return options;
  }

  /**
   * Refuses a local file for a council the run does not cover: its evidence would be silently
   * left out. A file for a council the run covers (or for a council one of them replaced, whose
   * history is part of its brief) applies to that council only.
   *
   * @param councils the councils of the run
   * @param asked how the run's councils were asked for, for the message
   * @throws CscBriefsCommand.UsageProblem naming the file, the council it is for and those asked for
   */
  void requireLocalFilesFor(Dataset dataset, List<Council> councils, String asked) {
    for (LocalEvidence file : evidence) {
      String laCode = file.council().laCode();
      boolean covered = councils.stream().anyMatch(c -> c.laCode().equals(laCode)
          || dataset.councils().predecessors(c.laCode()).stream().anyMatch(p -> p.laCode().equals(laCode)));
      if (!covered) {
        throw new CscBriefsCommand.UsageProblem("the local file " + file.source().file() + " is for "
            + file.council().name() + ", which is not among the councils asked for (" + asked
            + "); give it with --la \"" + file.council().name() + "\" or leave it out");
      }
    }
  }
}
