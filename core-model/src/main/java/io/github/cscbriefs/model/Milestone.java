package io.github.cscbriefs.model;

import io.github.cscbriefs.model.validation.ModelValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A step of an improvement-plan action, due by a date.
 *
 * @param description what will be done
 * @param due when it is due
 */
public record Milestone(@NotBlank String description, @NotNull LocalDate due) {

  public Milestone(String description, LocalDate due) {
    this.description = description;
    this.due = due;
    ModelValidation.requireValid(this);
  }
}
