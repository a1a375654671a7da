package io.github.cscbriefs.testkit;

import static io.github.cscbriefs.testkit.Councils.LEICESTERSHIRE;
import static io.github.cscbriefs.testkit.Councils.RUTLAND;
import static io.github.cscbriefs.testkit.Fixtures.BARNSLEY;
import static io.github.cscbriefs.testkit.Fixtures.GATESHEAD;
import static io.github.cscbriefs.testkit.Fixtures.LEEDS;
import static io.github.cscbriefs.testkit.Fixtures.NEWCASTLE;

import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Region;
import io.github.cscbriefs.model.SocialWorkerStability;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.testkit.Fixtures.Counts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Missing values of every reason. {@link #dataset()} holds Rutland, whose series of every
 * indicator over 2016–2024 has one published number and one missing value of each {@link
 * MissingReason} (each indicator's reasons start in a different year, so every year's figures mix
 * numbers and reasons too), among councils with every figure published.
 */
public final class MissingValues {

  /** Every reason, in declaration order. */
  public static final List<MissingReason> EVERY_REASON = List.of(MissingReason.values());

  /** The reasons DfE publishes as Explore Education Statistics symbols in its files (x, z, c, low, u). */
  public static final List<MissingReason> PUBLISHED_REASONS = List.of(MissingReason.NOT_AVAILABLE,
      MissingReason.NOT_APPLICABLE, MissingReason.SUPPRESSED, MissingReason.LOW, MissingReason.LOW_RELIABILITY);

  /** One year per reason and one with a number. */
  public static final List<Integer> YEARS = List.of(2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024);

  /** The council whose series hold every reason. */
  public static final Council COUNCIL = RUTLAND;

  private static final List<Council> OTHERS = List.of(LEICESTERSHIRE, LEEDS, BARNSLEY, GATESHEAD, NEWCASTLE);

  /** Rutland's published numbers, in the year an indicator has one. */
  private static final Map<Indicator, Double> NUMBERS = Map.of(Indicators.CASELOAD, 15.0, Indicators.TURNOVER, 14.0,
      Indicators.AGENCY, 12.0, Indicators.VACANCY, 10.0, Indicators.ABSENCE, 2.5,
      Indicators.CLA_SOCIAL_WORKER_CHANGES, 12.5, Indicators.AGENCY_COVER, 60.0,
      Indicators.SOCIAL_WORKERS_IN_POST, 40.0);

  private MissingValues() {
  }

  /**
   * Why Rutland's value of {@code indicator} is missing in {@code year}, or empty in the one year
   * it has a number.
   */
  public static Optional<MissingReason> reason(Indicator indicator, int year) {
    int k = Fixtures.INDICATORS.indexOf(indicator);
    int i = YEARS.indexOf(year);
    if (k < 0 || i < 0) {
      throw new IllegalArgumentException(indicator.id() + " in " + year + ": not a fixture indicator and year");
    }
    int slot = (i + k) % YEARS.size();
    return slot == 0 ? Optional.empty() : Optional.of(EVERY_REASON.get(slot - 1));
  }

  /** The year Rutland's {@code indicator} is missing for {@code reason}. */
  public static int yearOf(Indicator indicator, MissingReason reason) {
    return YEARS.stream().filter(y -> reason(indicator, y).equals(Optional.of(reason))).findFirst().orElseThrow();
  }

  /** Rutland's value of {@code indicator} in {@code year}: its number, or missing with its reason. */
  public static Value value(Indicator indicator, int year) {
    return reason(indicator, year).map(Value::missing).orElseGet(() -> Value.of(NUMBERS.get(indicator)));
  }

  /** Rutland's published values of every indicator in {@code year} (workforce and stability). */
  public static Map<Measure, Value> values(int year) {
    Map<Measure, Value> values = new LinkedHashMap<>();
    Fixtures.INDICATORS.forEach(i -> values.put(i.measure(), value(i, year)));
    return values;
  }

  public static CouncilDirectory directory() {
    List<Council> councils = new ArrayList<>(List.of(COUNCIL));
    councils.addAll(OTHERS);
    return Councils.directory(councils);
  }

  /**
   * Rutland's figures for 2016–2024 beside its region (Leicestershire), Leeds, Barnsley, Gateshead
   * and Newcastle with every figure published; England and regions summed from those councils.
   */
  public static Dataset dataset() {
    List<AreaFigures> figures = new ArrayList<>();
    for (int year : YEARS) {
      figures.addAll(Fixtures.figures(year, Area.of(COUNCIL), Optional.of(COUNCIL.region()), values(year)));
      Map<Council, Counts> counts = new LinkedHashMap<>();
      counts.put(LEICESTERSHIRE, Fixtures.typical(300));
      counts.put(LEEDS, Fixtures.typical(650));
      counts.put(BARNSLEY, Fixtures.strong(150));
      counts.put(GATESHEAD, Fixtures.stretched(150, year - 2016));
      counts.put(NEWCASTLE, Fixtures.typical(260));
      counts.forEach((c, k) -> {
        figures.add(Fixtures.councilReturn(c, year, k));
        figures.add(SocialWorkerStability.figures(year, Area.of(c), Optional.of(c.region()), stability(k)));
      });
      for (Optional<Region> region : List.of(Optional.<Region>empty(), Optional.of(Region.EAST_MIDLANDS),
          Optional.of(Region.YORKSHIRE_AND_THE_HUMBER), Optional.of(Region.NORTH_EAST))) {
        Area area = region.map(Area::of).orElse(Area.england());
        List<Counts> parts = counts.entrySet().stream().filter(e -> region.isEmpty()
            || e.getKey().region() == region.get()).map(Map.Entry::getValue).toList();
        figures.add(Fixtures.summary(area, year, parts));
        figures.add(SocialWorkerStability.figures(year, area, Optional.empty(),
            stability(parts.stream().reduce(Counts.NONE, Counts::plus))));
      }
    }
    return Dataset.builder(directory())
        .figures(figures)
        .neighbours(List.of(Fixtures.neighbours(COUNCIL, LEICESTERSHIRE, LEEDS, BARNSLEY)))
        .indicators(Fixtures.CATALOGUE)
        .build();
  }

  /** Children looked after in proportion to the workforce: 4 per social worker, a fifth of them with 3 or more. */
  private static Map<Measure, Value> stability(Counts counts) {
    return Fixtures.stability(counts.inpost() * 4, counts.inpost() * 0.8);
  }
}
