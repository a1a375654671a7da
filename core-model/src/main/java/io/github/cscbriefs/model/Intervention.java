package io.github.cscbriefs.model;

import io.github.cscbriefs.model.validation.DatesInOrder;
import io.github.cscbriefs.model.validation.ModelValidation;
import io.github.cscbriefs.model.validation.OldLaCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A DfE intervention in a council's children's services.
 *
 * @param laCode the council
 * @param type the step on the intervention ladder
 * @param start when it was issued or began
 * @param end when it was lifted or ended; empty while in force
 * @param description what was decided, in words
 * @param source where the fact came from (official data lacks interventions; a council's local file
 *     supplies them)
 */
@DatesInOrder({"start", "end"})
public record Intervention(
    @OldLaCode String laCode,
    @NotNull InterventionType type,
    @NotNull LocalDate start,
    @NotNull Optional<LocalDate> end,
    @NotBlank String description,
    @NotBlank String source) {

  public Intervention(String laCode, InterventionType type, LocalDate start,
      Optional<LocalDate> end, String description, String source) {
    this.laCode = laCode;
    this.type = type;
    this.start = start;
    this.end = end;
    this.description = description;
    this.source = source;
    ModelValidation.requireValid(this);
  }

  /** In force on {@code date}. */
  public boolean isInForceOn(LocalDate date) {
    return !start.isAfter(date) && end.map(e -> !e.isBefore(date)).orElse(true);
  }
}
