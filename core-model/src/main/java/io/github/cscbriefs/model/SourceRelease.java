package io.github.cscbriefs.model;

import io.github.cscbriefs.model.validation.ModelValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * A publication the data was read from, for the brief's data vintage and sources.
 *
 * @param publisher e.g. "Department for Education"
 * @param title e.g. "Children's social work workforce"
 * @param release e.g. "2025 release (published March 2026)"
 * @param file the file read
 * @param laCode the one council the source is about (a council's local evidence file); empty for
 *     data on every council. A brief lists a council's source only in that council's brief
 */
public record SourceRelease(@NotBlank String publisher, @NotBlank String title, @NotBlank String release,
    @NotBlank String file, @NotNull Optional<String> laCode) {

  /** Validates the parts. */
  public SourceRelease(String publisher, String title, String release, String file,
      Optional<String> laCode) {
    this.publisher = publisher;
    this.title = title;
    this.release = release;
    this.file = file;
    this.laCode = laCode;
    ModelValidation.requireValid(this);
    // Optional<@OldLaCode String> would reject an empty Optional (its value is extracted as null).
    if (laCode != null && laCode.filter(c -> !c.matches("\\d{3}")).isPresent()) {
      throw new IllegalArgumentException("SourceRelease laCode: a three-digit DfE LA code such as 812, but was "
          + laCode.get());
    }
  }

  /** A release of data on every council. */
  public SourceRelease(String publisher, String title, String release, String file) {
    this(publisher, title, release, file, Optional.empty());
  }

  /** Whether a brief of the council with LA code {@code code} draws on it. */
  public boolean concerns(String code) {
    return laCode.map(code::equals).orElse(true);
  }
}
