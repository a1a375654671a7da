package io.github.cscbriefs.model;

import io.github.cscbriefs.model.validation.ModelValidation;
import jakarta.validation.constraints.NotBlank;

/**
 * A publication the data was read from, for the brief's data vintage and sources.
 *
 * @param publisher e.g. "Department for Education"
 * @param title e.g. "Children's social work workforce"
 * @param release e.g. "2025 release (published March 2026)"
 * @param file the file read
 */
public record SourceRelease(@NotBlank String publisher, @NotBlank String title, @NotBlank String release,
    @NotBlank String file) {

  public SourceRelease(String publisher, String title, String release, String file) {
    this.publisher = publisher;
    this.title = title;
    this.release = release;
    this.file = file;
    ModelValidation.requireValid(this);
  }
}
