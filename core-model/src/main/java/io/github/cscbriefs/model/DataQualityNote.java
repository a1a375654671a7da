package io.github.cscbriefs.model;

import io.github.cscbriefs.model.validation.ModelValidation;
import jakarta.validation.constraints.NotBlank;

/**
 * A fact about the data a reader of the brief should know: a row skipped in lenient mode, a value
 * DfE marked low-reliability, a council whose figures were carried forward.
 *
 * @param source the file or publication
 * @param location where in it, e.g. "line 17, column caseload_fte"
 * @param message what was found and what was done about it
 */
public record DataQualityNote(@NotBlank String source, @NotBlank String location, @NotBlank String message) {

  public DataQualityNote(String source, String location, String message) {
    this.source = source;
    this.location = location;
    this.message = message;
    ModelValidation.requireValid(this);
  }

  @Override
  public String toString() {
    return source + ", " + location + ": " + message;
  }
}
