package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Value;
import java.util.List;

/**
 * A rate for England or a region recomputed from its councils' figures: the rate of the summed
 * components, not the mean of council rates.
 *
 * @param formula the rate recomputed
 * @param year the reporting year
 * @param areaCode England's or the region's GSS code (or any caller-chosen label for a custom group)
 * @param value the recomputed rate; missing as {@code NOT_COMPUTABLE} when no component counted or
 *     the summed denominator is 0
 * @param numerator the summed numerator counts
 * @param denominator the summed denominator counts
 * @param included area codes of the council returns counted (a combined return once)
 * @param leftOut returns left out of numerator and denominator, with the reason
 * @param carriedForward returns counted with the previous year's figures
 */
public record Aggregate(
    RateFormula formula,
    int year,
    String areaCode,
    Value value,
    double numerator,
    double denominator,
    List<String> included,
    List<LeftOut> leftOut,
    List<String> carriedForward) {

  public Aggregate {
    included = List.copyOf(included);
    leftOut = List.copyOf(leftOut);
    carriedForward = List.copyOf(carriedForward);
  }

  /**
   * True when every return was counted with its own year's published figures, so the published
   * aggregate should be reproducible from the published council rows. A return left out as
   * {@code u} follows DfE's rule, and one left out as {@code z} (not applicable) or as not
   * published (a row from another release that lacks the measure, e.g. Kingston's own
   * children-in-care row beside the Kingston / Richmond workforce return) has nothing to count, so
   * these keep the aggregate reproducible; one left out for any other reason ({@code x}, {@code c})
   * does not, because DfE's own total includes the withheld figure.
   */
  public boolean isReproducible() {
    return carriedForward.isEmpty() && leftOut.stream().allMatch(l -> NOTHING_WITHHELD.contains(l.reason()));
  }

  private static final java.util.Set<MissingReason> NOTHING_WITHHELD = java.util.EnumSet.of(
      MissingReason.LOW_RELIABILITY, MissingReason.NOT_APPLICABLE, MissingReason.NOT_PUBLISHED);

  /**
   * A council return left out of an aggregate.
   *
   * @param areaCode the return's area code
   * @param reason the missing reason of the first input found missing
   */
  public record LeftOut(String areaCode, MissingReason reason) {
  }
}
