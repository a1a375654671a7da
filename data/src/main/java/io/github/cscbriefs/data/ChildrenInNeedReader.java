package io.github.cscbriefs.data;

import io.github.cscbriefs.data.internal.CsvRows;
import io.github.cscbriefs.data.internal.CsvTable;
import io.github.cscbriefs.data.internal.Inputs;
import io.github.cscbriefs.data.internal.TextFiles;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.ChildrenInNeed;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.DataQualityNote;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tables of DfE's "Characteristics of children in need" as Explore Education Statistics
 * publish them (one row per area and reporting year, the year to 31 March): b1 children in need, c1
 * referrals and re-referrals, c4 section 47 enquiries and initial child protection conferences, d3
 * second or subsequent child protection plans, d5 plans at 31 March by length. Columns are found by
 * header name, in any order; the {@link ChildrenInNeed} measures whose columns a file has are read,
 * other columns are ignored, and a file with none of them is refused. Files are decoded and bounded
 * as {@link WorkforceCsvReader} describes.
 *
 * <p>Each measure cell becomes a {@link Value}: a number, or a missing value keeping its EES
 * symbol's reason ({@code x z c low u}), never 0; a blank cell is {@code BLANK}. A measure whose
 * column the file lacks is left out, so {@link AreaFigures#value} gives {@code NOT_PUBLISHED}.
 *
 * <p>Problems reported (all of them, with file, line, column and value): a missing {@code
 * time_period}, {@code geographic_level} or LA identifier column; a bad year or level; an unknown
 * region or council; a reporting year after {@link ReadLimits#latestYear()}; a cell that is neither
 * a number nor a symbol; a value out of its measure's range (negative, a percentage above 100); a
 * second row for the same area and year. In strict mode any problem fails the whole file.
 *
 * <p>{@link OfficialData#load()} reads the bundled 2025 release ({@link #embedded()}) and adds to each
 * row the population its rates per 10,000 divide by ({@link ChildrenInNeed#POPULATION_ESTIMATE}).
 */
public final class ChildrenInNeedReader {

  /** The tables of the bundled 2025 release, each with its file below the official resources. */
  public enum Table {
    B1_CHILDREN_IN_NEED("dfe-cin/b1_children_in_need_2013_to_2025.csv"),
    C1_REFERRALS("dfe-cin/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"),
    C4_SECTION_47_AND_ICPC("dfe-cin/c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv"),
    D3_SUBSEQUENT_PLANS("dfe-cin/d3_cpps_subsequent_plan_2013_to_2025.csv"),
    D5_PLANS_BY_DURATION("dfe-cin/d5_cpps_at31march_by_duration_2013_to_2025.csv");

    private final String resource;

    Table(String resource) {
      this.resource = resource;
    }

    /** The bundled file's path below {@code io/github/cscbriefs/data/official/}. */
    public String resource() {
      return resource;
    }
  }

  private ChildrenInNeedReader() {}

  /** Reads a file, one row at a time; a file over {@code limits.maxBytes()} is refused. */
  public static ReadResult<AreaFigures> read(Path file, CouncilDirectory councils, ReadMode mode, ReadLimits limits) {
    try (Reader reader = TextFiles.open(file, limits.maxBytes())) {
      return read(file.getFileName().toString(), reader, councils, mode, limits);
    } catch (IOException e) {
      throw DataFileException.of(Problem.inFile(file.toString(), "", "", Expected.aReadableFile()));
    }
  }

  /**
   * Reads CSV text, one row at a time; {@code fileName} names it in problems. The text is already
   * decoded, so only {@code limits.latestYear()} applies.
   */
  public static ReadResult<AreaFigures> read(String fileName, Reader reader, CouncilDirectory councils,
      ReadMode mode, ReadLimits limits) {
    try (CsvRows csv = CsvRows.open(fileName, reader)) {
      CsvTable table = csv.header();
      EesAreas areas = new EesAreas(table, councils, limits.latestYear());
      Map<Measure, Integer> columns = measureColumns(table);
      MeasureColumnRows.Read read = MeasureColumnRows.read(csv, table, areas, columns, mode,
          ChildrenInNeed::figures);
      return new ReadResult<>(read.records(), read.notes());
    }
  }

  /**
   * The bundled 2025 release (reporting years 2013 to 2025), all five tables read strictly against
   * the bundled LA code list, accepting years up to the current one by the system clock: one {@link
   * AreaFigures} per area and year holding the measures of every table, in the order of the first
   * table that has the area and year.
   *
   * @throws DataFileException if a bundled file cannot be read
   */
  public static ReadResult<AreaFigures> embedded() {
    CouncilDirectory councils = bundledCouncils();
    ReadLimits limits = ReadLimits.of(Clock.systemDefaultZone());
    return merge(java.util.Arrays.stream(Table.values()).map(t -> read(t, councils, limits)).toList());
  }

  /**
   * The tables' figures as one {@link AreaFigures} per area and year holding the measures of every
   * table, in the order of the first table that has the area and year; their notes, in order.
   */
  public static ReadResult<AreaFigures> merge(List<ReadResult<AreaFigures>> tables) {
    Map<String, AreaFigures> merged = new LinkedHashMap<>();
    List<DataQualityNote> notes = new ArrayList<>();
    for (ReadResult<AreaFigures> read : tables) {
      notes.addAll(read.notes());
      for (AreaFigures f : read.records()) {
        merged.merge(f.area().code() + " " + f.year(), f, (a, b) -> {
          Map<Measure, Value> values = new LinkedHashMap<>(a.values());
          values.putAll(b.values());
          return ChildrenInNeed.figures(a.year(), a.area(), a.region(), values);
        });
      }
    }
    return new ReadResult<>(List.copyOf(merged.values()), notes);
  }

  /**
   * One bundled table, read strictly against the bundled LA code list, accepting years up to the
   * current one by the system clock.
   *
   * @throws DataFileException if the bundled file cannot be read
   */
  public static ReadResult<AreaFigures> embedded(Table table) {
    return read(table, bundledCouncils(), ReadLimits.of(Clock.systemDefaultZone()));
  }

  private static ReadResult<AreaFigures> read(Table table, CouncilDirectory councils, ReadLimits limits) {
    try (Reader reader = Inputs.resourceReader(table.resource())) {
      return read(Inputs.fileName(table.resource()), reader, councils, ReadMode.STRICT, limits);
    } catch (IOException e) {
      throw DataFileException.of(Problem.inFile(table.resource(), "", "", Expected.aReadableBundledResource()));
    }
  }

  private static CouncilDirectory bundledCouncils() {
    try (Reader reader = Inputs.resourceReader(OfficialData.LA_CODES)) {
      return CouncilDirectories.of(LaCodeListReader.read(Inputs.fileName(OfficialData.LA_CODES), reader,
          ReadMode.STRICT).records());
    } catch (IOException e) {
      throw DataFileException.of(Problem.inFile(OfficialData.LA_CODES, "", "", Expected.aReadableBundledResource()));
    }
  }

  /** The column of each measure the file has; a file with none is not a children in need table. */
  private static Map<Measure, Integer> measureColumns(CsvTable table) {
    Map<Measure, Integer> columns = new LinkedHashMap<>();
    for (Measure m : ChildrenInNeed.measures()) {
      table.column(m.id()).ifPresent(i -> columns.put(m, i));
    }
    if (columns.isEmpty()) {
      throw DataFileException.of(Problem.inHeader(table.file(), ChildrenInNeed.measures().get(0).id(), "",
          "at least one children in need column (" + String.join(", ",
              ChildrenInNeed.measures().stream().map(Measure::id).toList()) + ") in the header line "
              + table.header()));
    }
    return columns;
  }
}
