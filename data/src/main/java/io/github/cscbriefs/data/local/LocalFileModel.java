package io.github.cscbriefs.data.local;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The shape of a local evidence file as written by people: plain strings for dates and kinds so
 * that each bad value is reported with what was expected, not as a parser stack trace. Keys are
 * kebab-case ({@link JsonProperty} names a key unlike its Java name); see {@code data/LOCAL-FILE.md}.
 * {@link LocalFileBinder} binds a file onto these records, reporting every unknown key and every
 * value of the wrong kind; the list of valid keys in its messages is read from these components.
 */
final class LocalFileModel {

  private LocalFileModel() {}

  record File(
      @JsonProperty(required = true) String council,
      String provenance,
      List<InspectionEntry> inspections,
      List<InterventionEntry> interventions,
      List<Map<String, String>> workforce,
      List<PlanEntry> plan) {}

  record InspectionEntry(
      String type,
      String start,
      String end,
      String published,
      String theme,
      Map<String, String> judgements,
      @JsonProperty("priority-actions") List<String> priorityActions,
      List<String> recommendations,
      List<FindingEntry> findings,
      String link,
      String source) {}

  /** What an inspection's report said of one judgement area. */
  record FindingEntry(String area, String text) {}

  record InterventionEntry(String type, String start, String end, String description, String source) {}

  record PlanEntry(
      String id,
      String title,
      String owner,
      String how,
      String answers,
      List<MilestoneEntry> milestones,
      MeasureEntry measure) {}

  record MilestoneEntry(String description, String due) {}

  record MeasureEntry(
      String indicator,
      Double baseline,
      @JsonProperty("baseline-year") Integer baselineYear,
      Double target,
      @JsonProperty("target-year") Integer targetYear) {}
}
