package io.github.cscbriefs.model;

import io.github.cscbriefs.model.validation.DatesInOrder;
import io.github.cscbriefs.model.validation.ModelValidation;
import io.github.cscbriefs.model.validation.OldLaCode;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An Ofsted inspection or visit of one council's children's services.
 *
 * @param laCode the council inspected
 * @param type the kind of inspection or visit
 * @param start first day on site, to the precision the source gives it (e.g. only "March 2019")
 * @param end last day on site, when known
 * @param published when the report or letter was published, to the precision the source gives it
 * @param judgements a grade for every {@link JudgementArea} of a graded inspection ({@code
 *     NOT_JUDGED} where the area was not graded, e.g. care leavers before 2023); empty for visits
 * @param theme the theme of a focused or monitoring visit, e.g. "Front door"
 * @param priorityActions priority actions named in the report, as text
 * @param recommendations recommendations (areas for improvement), as text
 * @param findings what the report said of each judgement area it covered, as text quoted or
 *     summarised from it (entered in a local evidence file: Ofsted's data holds no report text);
 *     empty when none is entered. Overall effectiveness has no findings of its own.
 * @param reportLink the report's web page
 * @param source where this record came from, e.g. the file name
 * @param citation the published source of a record entered by hand (publisher, title, date, link),
 *     e.g. from a local evidence file; empty for a row of Ofsted's own data, whose file is {@code
 *     source}
 */
@DatesInOrder({"start", "end", "published"})
public record Inspection(
    @OldLaCode String laCode,
    @NotNull InspectionType type,
    @NotNull PartialDate start,
    @NotNull Optional<LocalDate> end,
    @NotNull PartialDate published,
    @NotNull Map<JudgementArea, Judgement> judgements,
    // @NotBlank would reject an empty Optional (its value is extracted as null); @Pattern lets null pass.
    @NotNull Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> theme,
    @NotNull List<@NotBlank String> priorityActions,
    @NotNull List<@NotBlank String> recommendations,
    @NotNull Map<JudgementArea, @NotNull List<@NotBlank String>> findings,
    @NotNull Optional<URI> reportLink,
    @NotBlank String source,
    @NotNull Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> citation) {

  /** Validates the parts. */
  public Inspection(String laCode, InspectionType type, PartialDate start, Optional<LocalDate> end,
      PartialDate published, Map<JudgementArea, Judgement> judgements, Optional<String> theme,
      List<String> priorityActions, List<String> recommendations,
      Map<JudgementArea, List<String>> findings, Optional<URI> reportLink,
      String source, Optional<String> citation) {
    this.laCode = laCode;
    this.type = type;
    this.start = start;
    this.end = end;
    this.published = published;
    this.judgements = judgements == null ? null
        : Collections.unmodifiableMap(judgements.isEmpty()
            ? new EnumMap<>(JudgementArea.class) : new EnumMap<>(judgements));
    this.theme = theme;
    this.priorityActions = priorityActions == null ? null : List.copyOf(priorityActions);
    this.recommendations = recommendations == null ? null : List.copyOf(recommendations);
    this.findings = findings == null ? null : copyOf(findings);
    this.reportLink = reportLink;
    this.source = source;
    this.citation = citation;
    ModelValidation.requireValid(this);
  }

  /** An inspection without findings by area (as every row of Ofsted's data is). */
  public Inspection(String laCode, InspectionType type, PartialDate start, Optional<LocalDate> end,
      PartialDate published, Map<JudgementArea, Judgement> judgements, Optional<String> theme,
      List<String> priorityActions, List<String> recommendations, Optional<URI> reportLink,
      String source, Optional<String> citation) {
    this(laCode, type, start, end, published, judgements, theme, priorityActions, recommendations,
        Map.of(), reportLink, source, citation);
  }

  /** An inspection whose dates are known to the day (as in Ofsted's data), without a citation. */
  public Inspection(String laCode, InspectionType type, LocalDate start, Optional<LocalDate> end,
      LocalDate published, Map<JudgementArea, Judgement> judgements, Optional<String> theme,
      List<String> priorityActions, List<String> recommendations, Optional<URI> reportLink,
      String source) {
    this(laCode, type, start == null ? null : PartialDate.day(start), end,
        published == null ? null : PartialDate.day(published), judgements, theme, priorityActions,
        recommendations, reportLink, source, Optional.empty());
  }

  /** The grade for {@code area}; {@code NOT_JUDGED} when the area was not graded. */
  public Judgement judgement(JudgementArea area) {
    return judgements.getOrDefault(area, Judgement.NOT_JUDGED);
  }

  /** What the report said of {@code area}, in the report's order; empty when none is entered. */
  public List<String> findings(JudgementArea area) {
    return findings.getOrDefault(area, List.of());
  }

  /** The overall effectiveness grade, for graded inspections. */
  public Optional<Judgement> overall() {
    Judgement overall = judgement(JudgementArea.OVERALL_EFFECTIVENESS);
    return overall.isGraded() ? Optional.of(overall) : Optional.empty();
  }

  @AssertTrue(message = "findings only for the four judged areas, not overall effectiveness")
  private boolean isFindingsByArea() {
    return findings == null || !findings.containsKey(JudgementArea.OVERALL_EFFECTIVENESS);
  }

  private static Map<JudgementArea, List<String>> copyOf(Map<JudgementArea, List<String>> findings) {
    Map<JudgementArea, List<String>> copy = new EnumMap<>(JudgementArea.class);
    findings.forEach((area, texts) -> copy.put(area, texts == null ? null
        : Collections.unmodifiableList(new ArrayList<>(texts))));
    return Collections.unmodifiableMap(copy);
  }

  @AssertTrue(message = "graded judgements only for graded inspection types, "
      + "and an overall effectiveness grade for each graded inspection")
  private boolean isJudgementsFitType() {
    if (type == null || judgements == null) {
      return true;
    }
    boolean anyGraded = judgements.values().stream().anyMatch(Judgement::isGraded);
    return type.isGraded()
        ? judgement(JudgementArea.OVERALL_EFFECTIVENESS).isGraded()
        : !anyGraded;
  }
}
