package io.github.cscbriefs.model;

import io.github.cscbriefs.model.validation.ModelValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * An official statistical publication: who publishes it, what it is called and what its years
 * mean. Its measures are {@link Measure}s that name it; the release read (a year's edition, the
 * file) is a {@link SourceRelease}.
 *
 * @param publisher e.g. "Department for Education"
 * @param title e.g. "Children's social work workforce"
 * @param period what a year of its figures means
 */
public record Publication(@NotBlank String publisher, @NotBlank String title, @NotNull ReferencePeriod period) {

  public Publication(String publisher, String title, ReferencePeriod period) {
    this.publisher = publisher;
    this.title = title;
    this.period = period;
    ModelValidation.requireValid(this);
  }

  /**
   * Equal publications have the same publisher, title and period. Written out, as a record's
   * generated equality goes through method handles, which the quick compiler the launcher runs
   * with does not inline; every figure is looked up by its publication.
   */
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Publication p && period == p.period && title.equals(p.title)
        && publisher.equals(p.publisher);
  }

  @Override
  public int hashCode() {
    return (publisher.hashCode() * 31 + title.hashCode()) * 31 + period.hashCode();
  }

  /** The period of this publication's figures for {@code year}. */
  public Period period(int year) {
    return new Period(year, period);
  }
}
