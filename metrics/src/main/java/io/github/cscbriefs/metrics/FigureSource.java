package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.Unit;
import java.util.List;
import java.util.Objects;

/**
 * Whose return a council's figure of a year is: its own, its predecessor's (before the council
 * existed), a joint return it makes with other councils, or none. A brief must say which, since a
 * predecessor's or a joint return's figure is not the council's own.
 */
public sealed interface FigureSource {

  /** The council's own return. */
  FigureSource OWN = new Own();
  /** No return describes the council that year. */
  FigureSource NO_RETURN = new NoReturn();

  /** True for a predecessor's return. */
  default boolean isPredecessor() {
    return this instanceof Predecessor;
  }

  /** True for a joint return covering more than one council. */
  default boolean isJoint() {
    return this instanceof Joint;
  }

  /** The council's own return. */
  record Own() implements FigureSource {
  }

  /**
   * No return describes the council that year: e.g. Bournemouth, Christchurch and Poole before
   * 2019, made from several councils.
   */
  record NoReturn() implements FigureSource {
  }

  /**
   * Before the council existed, the return of the single council it replaced: Cumbria's for
   * Cumberland up to 2022.
   *
   * @param council the predecessor
   * @param successorsFrom the first reporting year of the council (and any other successors), so
   *     the predecessor's figures are those before it
   * @param sameArea true when the council's figures from {@code successorsFrom} are one joint
   *     return of all the predecessor's successors, so they describe the predecessor's whole area
   *     (Northamptonshire's, then North and West Northamptonshire's together)
   */
  record Predecessor(Council council, int successorsFrom, boolean sameArea) implements FigureSource {

    public Predecessor {
      Objects.requireNonNull(council, "council");
    }

    /**
     * True when this predecessor's figures of {@code measure} count in the council's trend: a
     * comparable measure ({@link #isComparable}), or any measure when the later return covers the
     * same area.
     */
    public boolean counts(Measure measure) {
      return sameArea || isComparable(measure);
    }

    /**
     * True when a predecessor's figures of {@code measure} are comparable with the successor's, so
     * a trend can run across the change: rates and averages (percentages, cases per FTE) describe a
     * service whatever its size; counts (FTE in post, cases, vacancies) fall when a council is split
     * and rise when councils merge, which is the reorganisation, not a change in the service.
     */
    public static boolean isComparable(Measure measure) {
      return measure.unit() == Unit.PERCENT || measure.unit() == Unit.CASES_PER_FTE;
    }
  }

  /**
   * One return made by several councils together (DfE's combined return): its figures cover every
   * member, not the council alone.
   *
   * @param area the return, e.g. {@code 940 / 941}
   * @param members the member councils, in the return's order
   */
  record Joint(Area area, List<Council> members) implements FigureSource {

    public Joint {
      Objects.requireNonNull(area, "area");
      members = List.copyOf(members);
      if (members.size() < 2) {
        throw new IllegalArgumentException("a joint return has at least two members, got " + members);
      }
    }

    /** The members other than {@code council}: its partners in the return. */
    public List<Council> partnersOf(Council council) {
      return members.stream().filter(m -> !m.laCode().equals(council.laCode())).toList();
    }
  }
}
