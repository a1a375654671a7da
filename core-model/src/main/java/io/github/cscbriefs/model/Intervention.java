package io.github.cscbriefs.model;

import io.github.cscbriefs.model.validation.DatesInOrder;
import io.github.cscbriefs.model.validation.ModelValidation;
import io.github.cscbriefs.model.validation.OldLaCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A DfE intervention in a council's children's services.
 *
 * @param laCode the council
 * @param type the step on the intervention ladder
 * @param start when it was issued or began, to the precision its source gives (e.g. only "December
 *     2019")
 * @param end when it was lifted or ended, to the precision its source gives; empty while in force or
 *     when no source records its end
 * @param description what was decided, in words
 * @param source where the fact came from (official data lacks interventions; a council's local file
 *     supplies them), e.g. the file name
 * @param citation the published source of the fact (publisher, title, date, link), when given
 */
@DatesInOrder({"start", "end"})
public record Intervention(
    @OldLaCode String laCode,
    @NotNull InterventionType type,
    @NotNull PartialDate start,
    @NotNull Optional<PartialDate> end,
    @NotBlank String description,
    @NotBlank String source,
    @NotNull Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> citation) {

  /** Validates the parts. */
  public Intervention(String laCode, InterventionType type, PartialDate start,
      Optional<PartialDate> end, String description, String source, Optional<String> citation) {
    this.laCode = laCode;
    this.type = type;
    this.start = start;
    this.end = end;
    this.description = description;
    this.source = source;
    this.citation = citation;
    ModelValidation.requireValid(this);
  }

  /** An intervention whose dates are known to the day, without a citation. */
  public Intervention(String laCode, InterventionType type, LocalDate start,
      Optional<LocalDate> end, String description, String source) {
    this(laCode, type, start == null ? null : PartialDate.day(start),
        end == null ? null : end.map(PartialDate::day), description, source, Optional.empty());
  }

  /**
   * In force on {@code date} as far as its source says: begun by then (for a date known only to its
   * month or year, begun by the month's or year's last day) and not recorded as ended before it.
   */
  public boolean isInForceOn(LocalDate date) {
    return start.isCertainlyOnOrBefore(date) && end.map(e -> !e.latest().isBefore(date)).orElse(true);
  }
}
