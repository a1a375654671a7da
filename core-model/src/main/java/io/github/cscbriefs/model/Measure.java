package io.github.cscbriefs.model;

import io.github.cscbriefs.model.problem.Problem;
import java.util.Objects;

/**
 * One measure a publication publishes for every area, e.g. the workforce census's FTE in post.
 * Two measures are the same when they belong to the same publication and have the same id (the
 * column name of the publication's current release; readers map older releases' names onto it).
 * The measures of each publication the project reads are constants of a class named after it,
 * such as {@link Workforce}.
 */
public final class Measure {

  private final Publication publication;
  private final String id;
  private final Unit unit;
  private final double max;
  private final int hash;

  private Measure(Publication publication, String id, Unit unit, double max) {
    this.publication = Objects.requireNonNull(publication, "publication");
    this.id = Objects.requireNonNull(id, "id");
    this.unit = Objects.requireNonNull(unit, "unit");
    if (id.isBlank() || !(max > 0)) {
      throw new ModelViolationException("Measure", java.util.List.of(Problem.of(
          "id", id + " (maximum " + max + ")", "a column name and a positive maximum")));
    }
    this.max = max;
    this.hash = Objects.hash(publication, id);
  }

  /**
   * True for a figure no release publishes, which the metrics module computes from a row's counts:
   * the rates per 10,000 children ({@link ChildrenInNeed#derivedMeasures()}, {@link
   * ChildrenLookedAfter#derivedMeasures()}) and the share of initial conferences within 15 days.
   */
  public boolean isDerived() {
    return ChildrenInNeed.derivedMeasures().contains(this) || ChildrenLookedAfter.derivedMeasures().contains(this);
  }

  /**
   * True for a measure a council returns to DfE: neither a {@linkplain #isDerived() derived} figure
   * nor the population added to its children in need row ({@link ChildrenInNeed#POPULATION_ESTIMATE}).
   */
  public boolean isReturned() {
    return !isDerived() && !equals(ChildrenInNeed.POPULATION_ESTIMATE);
  }

  /** A measure with no upper bound. */
  public static Measure of(Publication publication, String id, Unit unit) {
    return new Measure(publication, id, unit, Double.MAX_VALUE);
  }

  /** A measure whose values cannot exceed {@code max} (100 for most percentages). */
  public static Measure bounded(Publication publication, String id, Unit unit, double max) {
    return new Measure(publication, id, unit, max);
  }

  public Publication publication() {
    return publication;
  }

  /** The column name in the publication's current release. */
  public String id() {
    return id;
  }

  public Unit unit() {
    return unit;
  }

  /** Values are never negative; this is the largest a valid value can be. */
  public double max() {
    return max;
  }

  public boolean isRate() {
    return unit == Unit.PERCENT;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Measure m && m.hash == hash && m.id.equals(id) && m.publication.equals(publication);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** The id, as validation paths and problems name it. */
  @Override
  public String toString() {
    return id;
  }
}
