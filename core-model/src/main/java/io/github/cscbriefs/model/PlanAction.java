package io.github.cscbriefs.model;

import io.github.cscbriefs.model.validation.ModelValidation;
import io.github.cscbriefs.model.validation.OldLaCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;

/**
 * An action in a council's own improvement plan, supplied by the council (official data has none).
 *
 * @param id the plan's reference, e.g. "1.2"
 * @param laCode the council
 * @param title what will be done
 * @param owner who owns it (a role)
 * @param how how it will be done
 * @param milestones dated steps, in order
 * @param measure the success measure, if the plan gives one
 * @param answers the Ofsted recommendation or priority action it answers
 * @param source where it came from (the local file)
 */
public record PlanAction(
    @NotBlank String id,
    @OldLaCode String laCode,
    @NotBlank String title,
    @NotBlank String owner,
    @NotNull Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> how,
    @NotNull List<@NotNull @Valid Milestone> milestones,
    @NotNull Optional<@Valid SuccessMeasure> measure,
    @NotNull Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> answers,
    @NotBlank String source) {

  public PlanAction(String id, String laCode, String title, String owner, Optional<String> how,
      List<Milestone> milestones, Optional<SuccessMeasure> measure, Optional<String> answers,
      String source) {
    this.id = id;
    this.laCode = laCode;
    this.title = title;
    this.owner = owner;
    this.how = how;
    this.milestones = milestones == null ? null : List.copyOf(milestones);
    this.measure = measure;
    this.answers = answers;
    this.source = source;
    ModelValidation.requireValid(this);
  }
}
