package io.github.cscbriefs.model;

import io.github.cscbriefs.model.validation.ModelValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * An indicator a brief reports on. Indicators are values: code compares them with {@code equals}
 * (the constants of {@link Indicators}), never by their id, which exists for files and exports.
 *
 * @param id short stable identifier for exports and user input, e.g. {@code caseload}
 * @param label the name a board member reads, e.g. "Average caseload"
 * @param measure the published measure that holds its value (and so its unit and publication)
 * @param polarity which direction is better
 * @param formula how it is computed, in words
 * @param source the publication it comes from, as the brief names it
 * @param area the Ofsted judgement area it informs
 * @param proportion true for a percentage of a published count (e.g. leavers of FTE in post), which
 *     has a confidence interval; false for ratios such as caseload and for counts
 */
public record Indicator(
    @NotNull @Pattern(regexp = "[a-z][a-z0-9_]*") String id,
    @NotBlank String label,
    @NotNull Measure measure,
    @NotNull Polarity polarity,
    @NotBlank String formula,
    @NotBlank String source,
    @NotNull JudgementArea area,
    boolean proportion) {

  public Indicator(String id, String label, Measure measure, Polarity polarity, String formula,
      String source, JudgementArea area, boolean proportion) {
    this.id = id;
    this.label = label;
    this.measure = measure;
    this.polarity = polarity;
    this.formula = formula;
    this.source = source;
    this.area = area;
    this.proportion = proportion;
    ModelValidation.requireValid(this);
  }

  public Unit unit() {
    return measure.unit();
  }

  /** True for a percentage. */
  public boolean isRate() {
    return measure.isRate();
  }

  /** The publication its figures come from. */
  public Publication publication() {
    return measure.publication();
  }
}
