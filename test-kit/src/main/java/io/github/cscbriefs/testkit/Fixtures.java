package io.github.cscbriefs.testkit;

import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.Closeness;
import io.github.cscbriefs.model.CombinedReturn;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.CouncilType;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.GeographicLevel;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.InspectionType;
import io.github.cscbriefs.model.Intervention;
import io.github.cscbriefs.model.InterventionType;
import io.github.cscbriefs.model.Judgement;
import io.github.cscbriefs.model.JudgementArea;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.Neighbour;
import io.github.cscbriefs.model.NeighbourGroup;
import io.github.cscbriefs.model.Publication;
import io.github.cscbriefs.model.Region;
import io.github.cscbriefs.model.SocialWorkerStability;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.Workforce;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small hand-built dataset of workforce returns for 2016–2020, made from counts so every rate is
 * consistent, and the factories it is built with: counts, a council's or a combined return's
 * figures, England and regions summed from councils, neighbour groups, inspections, visits and
 * interventions.
 */
public final class Fixtures {

  /**
   * The indicators the fixtures hold figures for: the workforce census's and the social worker
   * stability ones. The fixtures' datasets report these only (their catalogue), so a profile never
   * holds the children in need or care leavers indicators the fixtures have no figures of.
   */
  public static final List<io.github.cscbriefs.model.Indicator> INDICATORS = io.github.cscbriefs.model.Indicators.all()
      .stream().filter(i -> i.publication().equals(Workforce.PUBLICATION)
          || i.publication().equals(SocialWorkerStability.PUBLICATION)).toList();

  /** A catalogue of {@link #INDICATORS}. */
  public static final io.github.cscbriefs.model.IndicatorCatalogue CATALOGUE =
      new io.github.cscbriefs.model.IndicatorCatalogue(INDICATORS);

  public static final Council STRETCHED = Councils.council("812", "North East Lincolnshire",
      Region.YORKSHIRE_AND_THE_HUMBER, CouncilType.UNITARY_AUTHORITY);
  public static final Council STEADY = Councils.council("813", "North Lincolnshire",
      Region.YORKSHIRE_AND_THE_HUMBER, CouncilType.UNITARY_AUTHORITY);
  public static final Council LEEDS = Councils.council("383", "Leeds", Region.YORKSHIRE_AND_THE_HUMBER,
      CouncilType.METROPOLITAN_DISTRICT);
  public static final Council BARNSLEY = Councils.council("370", "Barnsley", Region.YORKSHIRE_AND_THE_HUMBER,
      CouncilType.METROPOLITAN_DISTRICT);
  public static final Council GATESHEAD = Councils.council("390", "Gateshead", Region.NORTH_EAST,
      CouncilType.METROPOLITAN_DISTRICT);
  public static final Council NEWCASTLE = Councils.council("391", "Newcastle upon Tyne", Region.NORTH_EAST,
      CouncilType.METROPOLITAN_DISTRICT);
  public static final Council KINGSTON = Councils.KINGSTON;
  public static final Council RICHMOND = Councils.RICHMOND;
  public static final Council CAMDEN = Councils.council("202", "Camden", Region.LONDON,
      CouncilType.INNER_LONDON_BOROUGH);

  public static final CombinedReturn KINGSTON_RICHMOND = Councils.KINGSTON_RICHMOND;

  public static final List<Integer> YEARS = List.of(2016, 2017, 2018, 2019, 2020);

  private Fixtures() {
  }

  /** The dataset's nine councils (Kingston and Richmond making one return). */
  public static CouncilDirectory directory() {
    return new CouncilDirectory(List.of(STRETCHED, STEADY, LEEDS, BARNSLEY, GATESHEAD, NEWCASTLE, KINGSTON,
        RICHMOND, CAMDEN), List.of(), List.of(KINGSTON_RICHMOND));
  }

  /**
   * A workforce return's counts. Rates are derived from them with DfE's formulas.
   */
  public record Counts(double inpost, double leavers, double agency, double vacancies, double caseHolders,
      double cases, double daysLost) {

    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

    public Counts scaled(double f) {
      return new Counts(inpost * f, leavers * f, agency * f, vacancies * f, caseHolders * f, cases * f, daysLost * f);
    }

    public Counts plus(Counts o) {
      return new Counts(inpost + o.inpost, leavers + o.leavers, agency + o.agency, vacancies + o.vacancies,
          caseHolders + o.caseHolders, cases + o.cases, daysLost + o.daysLost);
    }
  }

  /** A council return's values: counts and the rates computed from them. */
  public static Map<Measure, Value> values(Counts c, int year) {
    Map<Measure, Value> m = new LinkedHashMap<>();
    m.put(Workforce.INPOST_FTE, Value.of(c.inpost()));
    m.put(Workforce.LEAVERS_FTE, Value.of(c.leavers()));
    m.put(Workforce.AGENCY_FTE, Value.of(c.agency()));
    m.put(Workforce.VACANCY_FTE, Value.of(c.vacancies()));
    m.put(Workforce.CASE_HOLDERS_FTE, Value.of(c.caseHolders()));
    m.put(Workforce.CASES, Value.of(c.cases()));
    m.put(Workforce.WORKING_DAYS_LOST_FTE, Value.of(c.daysLost()));
    m.put(Workforce.TURNOVER_RATE_FTE, Value.of(c.leavers() / c.inpost() * 100));
    m.put(Workforce.AGENCY_RATE_FTE, Value.of(c.agency() / (c.agency() + c.inpost()) * 100));
    m.put(Workforce.VACANCY_RATE_FTE, Value.of(c.vacancies() / (c.vacancies() + c.inpost()) * 100));
    m.put(Workforce.CASELOAD_FTE, Value.of(c.cases() / c.caseHolders()));
    m.put(Workforce.ABSENCE_RATE_FTE, Value.of(c.daysLost() / (c.inpost() * (Year.isLeap(year) ? 254 : 253)) * 100));
    return m;
  }

  public static AreaFigures councilReturn(Council c, int year, Counts counts) {
    return Workforce.figures(year, Area.of(c), Optional.of(c.subRegion()), values(counts, year));
  }

  /** Kingston and Richmond's one return. */
  public static AreaFigures combinedReturn(int year, Counts counts) {
    return combinedReturn(KINGSTON_RICHMOND, Region.OUTER_LONDON, year, counts);
  }

  /** A combined return's workforce figures. */
  public static AreaFigures combinedReturn(CombinedReturn combined, Region region, int year, Counts counts) {
    return Workforce.figures(year, Area.of(combined), Optional.of(region), values(counts, year));
  }

  /** A council's own row of the publication of {@code values}' measures (the workforce when empty). */
  public static AreaFigures councilReturn(Council c, int year, Map<Measure, Value> values) {
    Publication publication = values.keySet().stream().findFirst().map(Measure::publication)
        .orElse(Workforce.PUBLICATION);
    return new AreaFigures(publication, year, Area.of(c), Optional.of(c.subRegion()), values);
  }

  /** England, and region rows, as the sum of their counts. */
  public static AreaFigures summary(Area area, int year, List<Counts> parts) {
    Counts sum = parts.stream().reduce(Counts.NONE, Counts::plus);
    return Workforce.figures(year, area, parentOf(area), values(sum, year));
  }

  /** Inner and Outer London sit in London; England, the regions and councils here carry none. */
  private static Optional<Region> parentOf(Area area) {
    return area.level() == GeographicLevel.REGIONAL && area.code().startsWith("E13")
        ? Optional.of(Region.LONDON) : Optional.empty();
  }

  /**
   * Social worker stability figures: children looked after and those with 3 or more social
   * workers in the year, with the rate computed from them.
   */
  public static Map<Measure, Value> stability(double childrenLookedAfter, double threeOrMore) {
    Map<Measure, Value> m = new LinkedHashMap<>();
    m.put(SocialWorkerStability.CLA_TOTAL, Value.of(childrenLookedAfter));
    m.put(SocialWorkerStability.CLA_THREE_OR_MORE_SOCIAL_WORKERS, Value.of(threeOrMore));
    m.put(SocialWorkerStability.CLA_THREE_OR_MORE_SOCIAL_WORKERS_RATE,
        Value.of(threeOrMore / childrenLookedAfter * 100));
    return m;
  }

  /**
   * One row per publication of the measures in {@code values}, in the order they first appear:
   * values of several publications (workforce and social worker stability) as a release would
   * publish them.
   */
  public static List<AreaFigures> figures(int year, Area area, Optional<Region> region, Map<Measure, Value> values) {
    Map<Publication, Map<Measure, Value>> split = new LinkedHashMap<>();
    values.forEach((m, v) -> split.computeIfAbsent(m.publication(), k -> new LinkedHashMap<>()).put(m, v));
    return split.entrySet().stream().map(e -> new AreaFigures(e.getKey(), year, area, region, e.getValue())).toList();
  }

  /** A typical council of {@code size} FTE with England-like ratios. */
  public static Counts typical(double size) {
    return new Counts(size, size * 0.15, size * 0.15, size * 0.15, size * 0.6, size * 0.6 * 16, size * 253 * 0.03);
  }

  /** Worse than typical in every workforce figure, more so each year. */
  public static Counts stretched(double size, int yearsFrom2016) {
    double w = 1 + 0.15 * yearsFrom2016;
    return new Counts(size, size * 0.2 * w, size * 0.2 * w, size * 0.2 * w, size * 0.6,
        size * 0.6 * 20 * w, size * 253 * 0.035);
  }

  /** Better than typical in every workforce figure. */
  public static Counts strong(double size) {
    return new Counts(size, size * 0.08, size * 0.05, size * 0.05, size * 0.6, size * 0.6 * 12,
        size * 253 * 0.02);
  }

  /**
   * A dataset for 2016–2020: STRETCHED worsening, STEADY strong, the others typical with small
   * differences; England and regions summed from the councils.
   */
  public static Dataset dataset(List<Inspection> inspections, List<Intervention> interventions) {
    List<AreaFigures> records = new ArrayList<>();
    for (int year : YEARS) {
      int t = year - 2016;
      Map<Council, Counts> counts = new java.util.LinkedHashMap<>();
      counts.put(STRETCHED, stretched(140, t));
      counts.put(STEADY, strong(120));
      counts.put(LEEDS, typical(650).scaled(1));
      counts.put(BARNSLEY, typical(150));
      counts.put(GATESHEAD, typical(150));
      counts.put(NEWCASTLE, typical(260));
      counts.put(CAMDEN, typical(200));
      Counts pair = typical(180);
      counts.forEach((c, k) -> records.add(councilReturn(c, year, k)));
      records.add(combinedReturn(year, pair));
      List<Counts> all = new ArrayList<>(counts.values());
      all.add(pair);
      records.add(summary(Area.england(), year, all));
      records.add(summary(Area.of(Region.YORKSHIRE_AND_THE_HUMBER), year,
          List.of(counts.get(STRETCHED), counts.get(STEADY), counts.get(LEEDS), counts.get(BARNSLEY))));
      records.add(summary(Area.of(Region.NORTH_EAST), year, List.of(counts.get(GATESHEAD), counts.get(NEWCASTLE))));
      records.add(summary(Area.of(Region.LONDON), year, List.of(counts.get(CAMDEN), pair)));
    }
    return Dataset.builder(directory())
        .figures(records)
        .neighbours(List.of(
            neighbours(STRETCHED, STEADY, BARNSLEY, GATESHEAD, KINGSTON, RICHMOND),
            neighbours(STEADY, STRETCHED, BARNSLEY, NEWCASTLE)))
        .inspections(inspections)
        .interventions(interventions)
        .indicators(CATALOGUE)
        .build();
  }

  public static Dataset dataset() {
    return dataset(List.of(), List.of());
  }

  public static NeighbourGroup neighbours(Council of, Council... others) {
    List<Neighbour> list = new ArrayList<>();
    for (int i = 0; i < others.length; i++) {
      list.add(new Neighbour(i + 1, others[i].laCode(), Closeness.CLOSE));
    }
    return new NeighbourGroup(of.laCode(), 2021, list);
  }

  public static Inspection graded(Council c, LocalDate start, Judgement overall, Judgement eachArea) {
    Map<JudgementArea, Judgement> j = new java.util.EnumMap<>(JudgementArea.class);
    for (JudgementArea a : JudgementArea.values()) {
      j.put(a, eachArea);
    }
    j.put(JudgementArea.OVERALL_EFFECTIVENESS, overall);
    j.put(JudgementArea.CARE_LEAVERS, Judgement.NOT_JUDGED);
    return new Inspection(c.laCode(), InspectionType.ILACS_STANDARD, start, Optional.of(start.plusDays(11)),
        start.plusDays(50), j, Optional.empty(), List.of(), List.of(), Optional.empty(), "fixture");
  }

  public static Inspection visit(Council c, LocalDate start, String theme, List<String> priorityActions) {
    return new Inspection(c.laCode(), InspectionType.FOCUSED_VISIT, start, Optional.of(start.plusDays(1)),
        start.plusDays(30), Map.of(), Optional.of(theme), priorityActions, List.of(), Optional.empty(), "fixture");
  }

  public static Intervention intervention(Council c, InterventionType type, LocalDate start) {
    return new Intervention(c.laCode(), type, start, Optional.empty(), "Fixture intervention", "fixture");
  }
}
