package io.github.cscbriefs.testkit;

import static io.github.cscbriefs.testkit.Councils.CUMBERLAND;
import static io.github.cscbriefs.testkit.Councils.CUMBRIA;
import static io.github.cscbriefs.testkit.Councils.KINGSTON;
import static io.github.cscbriefs.testkit.Councils.KINGSTON_RICHMOND;
import static io.github.cscbriefs.testkit.Councils.LANCASHIRE;
import static io.github.cscbriefs.testkit.Councils.LEICESTERSHIRE;
import static io.github.cscbriefs.testkit.Councils.NORTHAMPTONSHIRE;
import static io.github.cscbriefs.testkit.Councils.NORTH_NORTHAMPTONSHIRE;
import static io.github.cscbriefs.testkit.Councils.NORTH_WEST_NORTHAMPTONSHIRE;
import static io.github.cscbriefs.testkit.Councils.RICHMOND;
import static io.github.cscbriefs.testkit.Councils.WESTMORLAND_AND_FURNESS;
import static io.github.cscbriefs.testkit.Councils.WEST_NORTHAMPTONSHIRE;

import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Region;
import io.github.cscbriefs.model.SocialWorkerStability;
import io.github.cscbriefs.model.Workforce;
import io.github.cscbriefs.testkit.Fixtures.Counts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Returns for 2018–2024 of the councils of {@link Councils#reorganised()}, made as DfE publishes
 * them. The workforce census: Northamptonshire's own return to 2020, then North and West
 * Northamptonshire's one combined return; Cumbria's to 2022, then Cumberland's and Westmorland and
 * Furness's own; Kingston and Richmond's combined return every year; Leicestershire and Lancashire
 * alone. Social worker stability is published for each council separately, combined-return members
 * included. England and regions are summed from the returns, a combined return counted once.
 *
 * <p>The predecessors differ from their successors (Northamptonshire stretched, Cumbria strong,
 * the successors typical), so a series that runs back through a predecessor shows where it joins.
 */
public final class Reorganised {

  public static final List<Integer> YEARS = List.of(2018, 2019, 2020, 2021, 2022, 2023, 2024);

  private static final CouncilDirectory DIRECTORY = Councils.reorganised();

  private Reorganised() {
  }

  /** Children looked after, and those with 3 or more social workers in the year. */
  private record Stability(double total, double threeOrMore) {
    Stability plus(Stability o) {
      return new Stability(total + o.total, threeOrMore + o.threeOrMore);
    }
  }

  /** The workforce returns and social worker stability figures of every year, with neighbours. */
  public static Dataset dataset() {
    List<AreaFigures> figures = new ArrayList<>();
    for (int year : YEARS) {
      Map<Area, Counts> workforce = new LinkedHashMap<>();
      Map<Council, Stability> stability = new LinkedHashMap<>();
      workforce.put(Area.of(KINGSTON_RICHMOND), Fixtures.typical(180));
      stability.put(KINGSTON, new Stability(150, 30));
      stability.put(RICHMOND, new Stability(120, 12));
      if (year < Councils.NORTHAMPTONSHIRE_SPLIT.firstYear()) {
        workforce.put(Area.of(NORTHAMPTONSHIRE), Fixtures.stretched(400, year - 2016));
        stability.put(NORTHAMPTONSHIRE, new Stability(1100, 220));
      } else {
        workforce.put(Area.of(NORTH_WEST_NORTHAMPTONSHIRE), Fixtures.typical(420));
        stability.put(NORTH_NORTHAMPTONSHIRE, new Stability(600, 90));
        stability.put(WEST_NORTHAMPTONSHIRE, new Stability(550, 110));
      }
      if (year < Councils.CUMBRIA_SPLIT.firstYear()) {
        workforce.put(Area.of(CUMBRIA), Fixtures.strong(250));
        stability.put(CUMBRIA, new Stability(700, 70));
      } else {
        workforce.put(Area.of(CUMBERLAND), Fixtures.typical(170));
        workforce.put(Area.of(WESTMORLAND_AND_FURNESS), Fixtures.typical(95));
        stability.put(CUMBERLAND, new Stability(400, 60));
        stability.put(WESTMORLAND_AND_FURNESS, new Stability(250, 25));
      }
      workforce.put(Area.of(LEICESTERSHIRE), Fixtures.typical(300));
      workforce.put(Area.of(LANCASHIRE), Fixtures.typical(500));
      stability.put(LEICESTERSHIRE, new Stability(600, 90));
      stability.put(LANCASHIRE, new Stability(1900, 285));

      workforce.forEach((area, counts) -> figures.add(workforce(year, area, counts)));
      stability.forEach((council, s) -> figures.add(stability(year, Area.of(council),
          Optional.of(council.subRegion()), s)));
      for (Optional<Region> region : List.of(Optional.<Region>empty(), Optional.of(Region.EAST_MIDLANDS),
          Optional.of(Region.NORTH_WEST), Optional.of(Region.LONDON), Optional.of(Region.OUTER_LONDON))) {
        Area area = region.map(Area::of).orElse(Area.england());
        List<Counts> parts = workforce.entrySet().stream().filter(e -> region.isEmpty()
            || in(regionOf(e.getKey()), region.get())).map(Map.Entry::getValue).toList();
        figures.add(Fixtures.summary(area, year, parts));
        Stability sum = stability.entrySet().stream().filter(e -> region.isEmpty()
            || in(e.getKey().subRegion(), region.get())).map(Map.Entry::getValue)
            .reduce(new Stability(0, 0), Stability::plus);
        figures.add(stability(year, area, region.filter(Region::isSubRegion).map(Region::topLevel), sum));
      }
    }
    return Dataset.builder(DIRECTORY)
        .figures(figures)
        .neighbours(List.of(
            Fixtures.neighbours(NORTH_NORTHAMPTONSHIRE, WEST_NORTHAMPTONSHIRE, LEICESTERSHIRE),
            Fixtures.neighbours(WEST_NORTHAMPTONSHIRE, NORTH_NORTHAMPTONSHIRE, LEICESTERSHIRE),
            Fixtures.neighbours(CUMBERLAND, WESTMORLAND_AND_FURNESS, LANCASHIRE),
            Fixtures.neighbours(WESTMORLAND_AND_FURNESS, CUMBERLAND, LANCASHIRE),
            Fixtures.neighbours(KINGSTON, RICHMOND, LEICESTERSHIRE),
            Fixtures.neighbours(RICHMOND, KINGSTON, LEICESTERSHIRE)))
        .indicators(Fixtures.CATALOGUE)
        .build();
  }

  private static AreaFigures workforce(int year, Area area, Counts counts) {
    return Workforce.figures(year, area, Optional.of(regionOf(area)), Fixtures.values(counts, year));
  }

  private static AreaFigures stability(int year, Area area, Optional<Region> region, Stability s) {
    return SocialWorkerStability.figures(year, area, region, Fixtures.stability(s.total(), s.threeOrMore()));
  }

  /** A return's region (Outer London for Kingston and Richmond's). */
  private static Region regionOf(Area area) {
    return DIRECTORY.require(area.members().get(0)).subRegion();
  }

  private static boolean in(Region of, Region region) {
    return of == region || of.topLevel() == region;
  }
}
