package io.github.cscbriefs.model;

import io.github.cscbriefs.model.validation.MeasuresInRange;
import io.github.cscbriefs.model.validation.ModelValidation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The workforce figures of one area (England, a region or a council's return) for one reporting
 * year, as at 30 September of that year.
 *
 * @param year the reporting year, e.g. 2025 for figures as at 30 September 2025
 * @param area what the figures describe
 * @param region the region of a council or sub-region; empty for England and the nine regions
 * @param values every published measure, a number or a missing value with its reason
 */
public record WorkforceRecord(
    @Min(2000) @Max(2100) int year,
    @NotNull @Valid Area area,
    @NotNull Optional<Region> region,
    @NotNull @MeasuresInRange Map<Measure, Value> values) {

  public WorkforceRecord(int year, Area area, Optional<Region> region, Map<Measure, Value> values) {
    this.year = year;
    this.area = area;
    this.region = region;
    this.values = values == null ? null : java.util.Collections.unmodifiableMap(copy(values));
    ModelValidation.requireValid(this);
  }

  private static Map<Measure, Value> copy(Map<Measure, Value> values) {
    return values.isEmpty() ? new EnumMap<>(Measure.class) : new EnumMap<>(values);
  }

  /** The value of {@code measure}, or missing as "not published" when the release lacked it. */
  public Value value(Measure measure) {
    return values.getOrDefault(measure, Value.missing(MissingReason.NOT_PUBLISHED));
  }
}
