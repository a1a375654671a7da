package io.github.cscbriefs.model;

import io.github.cscbriefs.model.validation.MeasuresInRange;
import io.github.cscbriefs.model.validation.ModelValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one publication publishes for one area (England, a region, a council or a combined return)
 * for one year: a value, or a missing value with its reason, for each of its measures.
 *
 * @param publication the publication every measure belongs to
 * @param year the publication's year; {@link #period()} says what it means
 * @param area what the figures describe (an area checks itself when made, so it is not checked again
 *     here)
 * @param region the region of a council or sub-region; empty for England and the nine regions
 * @param values every published measure, a number or a missing value with its reason
 */
public record AreaFigures(
    @NotNull Publication publication,
    @Min(2000) @Max(2100) int year,
    @NotNull Area area,
    @NotNull Optional<Region> region,
    @NotNull @MeasuresInRange Map<Measure, Value> values) {

  public AreaFigures(Publication publication, int year, Area area, Optional<Region> region,
      Map<Measure, Value> values) {
    this.publication = publication;
    this.year = year;
    this.area = area;
    this.region = region;
    this.values = values == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    ModelValidation.requireValid(this);
  }

  /** The value of {@code measure}, or missing as "not published" when the release lacked it. */
  public Value value(Measure measure) {
    Value v = values.get(measure);
    return v != null ? v : Value.missing(MissingReason.NOT_PUBLISHED);
  }

  /** The period the figures describe. */
  public Period period() {
    return publication.period(year);
  }

  /** The figures as single observations, in the order the release published them. */
  public List<Observation> observations() {
    Period period = period();
    return values.entrySet().stream().map(e -> new Observation(area, period, e.getKey(), e.getValue())).toList();
  }

  @AssertTrue(message = "measures of the figures' own publication")
  private boolean isOfOnePublication() {
    return publication == null || values == null
        || values.keySet().stream().allMatch(m -> m.publication().equals(publication));
  }
}
