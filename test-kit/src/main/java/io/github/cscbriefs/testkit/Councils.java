package io.github.cscbriefs.testkit;

import io.github.cscbriefs.model.CombinedReturn;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.CouncilType;
import io.github.cscbriefs.model.Region;
import io.github.cscbriefs.model.Reorganisation;
import java.util.List;

/**
 * Real councils with DfE's LA codes, among them the two combined workforce returns and the two
 * reorganisations of the official data (as in data's {@code councils/combined-returns.csv} and
 * {@code councils/reorganisations.csv}), and the factories that make any other council.
 */
public final class Councils {

  public static final Council KINGSTON = council("314", "Kingston upon Thames", Region.LONDON,
      CouncilType.OUTER_LONDON_BOROUGH);
  public static final Council RICHMOND = council("318", "Richmond upon Thames", Region.LONDON,
      CouncilType.OUTER_LONDON_BOROUGH);
  /**
   * Kingston and Richmond's one workforce return. From 2014, the first year of their shared
   * children's services company (the bundled file shows it from 2017, its own first year).
   */
  public static final CombinedReturn KINGSTON_RICHMOND = new CombinedReturn(
      "Kingston upon Thames / Richmond upon Thames", List.of("314", "318"), 2014);

  /** Abolished in 2021. */
  public static final Council NORTHAMPTONSHIRE = abolished("928", "Northamptonshire", Region.EAST_MIDLANDS,
      CouncilType.SHIRE_COUNTY);
  public static final Council NORTH_NORTHAMPTONSHIRE = council("940", "North Northamptonshire",
      Region.EAST_MIDLANDS, CouncilType.UNITARY_AUTHORITY);
  public static final Council WEST_NORTHAMPTONSHIRE = council("941", "West Northamptonshire",
      Region.EAST_MIDLANDS, CouncilType.UNITARY_AUTHORITY);
  /** Northamptonshire split in two from the 2021 return. */
  public static final Reorganisation NORTHAMPTONSHIRE_SPLIT = new Reorganisation(2021, List.of("928"),
      List.of("940", "941"), "Northamptonshire (928) was split into North Northamptonshire (940) and "
          + "West Northamptonshire (941)");
  /** North and West Northamptonshire's one workforce return, from their first year (2021). */
  public static final CombinedReturn NORTH_WEST_NORTHAMPTONSHIRE = new CombinedReturn(
      "North Northamptonshire / West Northamptonshire", List.of("940", "941"), 2021);

  /** Abolished in 2023. */
  public static final Council CUMBRIA = abolished("909", "Cumbria", Region.NORTH_WEST, CouncilType.SHIRE_COUNTY);
  public static final Council CUMBERLAND = council("942", "Cumberland", Region.NORTH_WEST,
      CouncilType.UNITARY_AUTHORITY);
  public static final Council WESTMORLAND_AND_FURNESS = council("943", "Westmorland and Furness",
      Region.NORTH_WEST, CouncilType.UNITARY_AUTHORITY);
  /** Cumbria split in two from the 2023 return; each successor makes its own. */
  public static final Reorganisation CUMBRIA_SPLIT = new Reorganisation(2023, List.of("909"),
      List.of("942", "943"), "Cumbria (909) was split into Cumberland (942) and Westmorland and Furness (943)");

  public static final Council LEICESTERSHIRE = council("855", "Leicestershire", Region.EAST_MIDLANDS,
      CouncilType.SHIRE_COUNTY);
  public static final Council LANCASHIRE = council("888", "Lancashire", Region.NORTH_WEST,
      CouncilType.SHIRE_COUNTY);
  /** England's smallest council with children's services, whose small counts are often withheld. */
  public static final Council RUTLAND = council("857", "Rutland", Region.EAST_MIDLANDS,
      CouncilType.UNITARY_AUTHORITY);

  private Councils() {
  }

  /** A current council with no GSS code. */
  public static Council council(String laCode, String name, Region region, CouncilType type) {
    return council(laCode, name, region, type, true);
  }

  /** A council with no GSS code, current or abolished. */
  public static Council council(String laCode, String name, Region region, CouncilType type, boolean current) {
    return new Council(laCode, List.of(), name, region, type, current);
  }

  /** A council that no longer exists. */
  public static Council abolished(String laCode, String name, Region region, CouncilType type) {
    return council(laCode, name, region, type, false);
  }

  /** Councils with neither reorganisation nor combined return. */
  public static CouncilDirectory directory(List<Council> councils) {
    return new CouncilDirectory(councils, List.of(), List.of());
  }

  /**
   * The combined-return and reorganised councils above with Leicestershire and Lancashire: both
   * combined returns, both reorganisations.
   */
  public static CouncilDirectory reorganised() {
    return new CouncilDirectory(List.of(KINGSTON, RICHMOND, NORTHAMPTONSHIRE, NORTH_NORTHAMPTONSHIRE,
        WEST_NORTHAMPTONSHIRE, CUMBRIA, CUMBERLAND, WESTMORLAND_AND_FURNESS, LEICESTERSHIRE, LANCASHIRE),
        List.of(NORTHAMPTONSHIRE_SPLIT, CUMBRIA_SPLIT), List.of(KINGSTON_RICHMOND, NORTH_WEST_NORTHAMPTONSHIRE));
  }
}
