package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.DataVintage;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.Intervention;
import io.github.cscbriefs.model.SourceCoverage;
import io.github.cscbriefs.model.SourceCoverage.Kind;
import io.github.cscbriefs.reporting.Wording;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The words for where a fact comes from and what a source covers. A negative ("no graded
 * inspection", "no intervention in force") is worded only within a source's coverage and never past
 * its vintage; where no source covers a kind of record, the brief says it is not in the data and how
 * to add it.
 */
final class Provenance {

  /** How a reader adds what the official data lacks. */
  static final String ADD_LOCALLY = "add them in a local evidence file";

  private Provenance() {}

  /** "Ofsted's inspection outcomes", or the local evidence file when that covers {@code kind}. */
  static String sourceName(SourceCoverage coverage) {
    return coverage.laCode().isPresent() ? localFile()
        : coverage.source().publisher() + "'s " + lowerFirst(coverage.source().title());
  }

  /**
   * "the local evidence file": named by what it is, not by its file name, which is the user's own
   * (the cover lists the file among the data releases by its council and provenance).
   */
  static String localFile() {
    return "the local evidence file";
  }

  /**
   * The period a source of {@code kind} covers in this brief: "from January 2018 to 31 March 2025";
   * its end is the earlier of the source's "as at" date and the brief's history date. A source that
   * starts after the history date is "only from April 2024, after this brief's date".
   */
  static Optional<String> period(CouncilProfile profile, Kind kind) {
    DataVintage v = profile.vintage();
    return v.coverage(kind).map(c -> {
      LocalDate to = v.coveredTo(kind).orElseThrow();
      if (startsAfterHistory(profile, kind)) {
        return "only from " + Wording.date(c.from().orElseThrow()) + ", after this brief's date";
      }
      String from = c.from().map(f -> "from " + Wording.date(f) + " ").orElse("");
      return from + "to " + Wording.date(to);
    });
  }

  /** Whether the source of {@code kind} starts after the brief's history date (it covers none of it). */
  static boolean startsAfterHistory(CouncilProfile profile, Kind kind) {
    DataVintage v = profile.vintage();
    return v.coverage(kind).flatMap(SourceCoverage::from)
        .map(f -> f.earliest().isAfter(v.coveredTo(kind).orElseThrow())).orElse(false);
  }

  /** Where a record of Ofsted's own data comes from: the outcomes and their vintage. */
  static String of(Inspection inspection, CouncilProfile profile) {
    String file = inspection.source();
    return profile.vintage().inspectionsAsAt().map(d -> "Ofsted's inspection outcomes as at " + Wording.date(d))
        .orElse("Ofsted's inspection outcomes (" + file + ")");
  }

  /**
   * Whether the record came from a local evidence file rather than Ofsted's data: local files are
   * YAML or JSON (the only forms their reader takes), Ofsted's outcomes .ods or CSV.
   */
  static boolean isLocal(Inspection inspection) {
    return inspection.citation().isPresent() || inspection.source().endsWith(".yaml")
        || inspection.source().endsWith(".yml") || inspection.source().endsWith(".json");
  }

  /** "from December 2019, no end recorded", "from January 2022 to 2023": each date at its precision. */
  static String span(Intervention i) {
    return "from " + dates(i);
  }

  /** "December 2019, no end recorded", "January 2022 to 2023". */
  static String dates(Intervention i) {
    return Wording.date(i.start()) + i.end().map(e -> " to " + Wording.date(e))
        .orElse(", no end recorded");
  }

  private static String lowerFirst(String title) {
    return title.isEmpty() ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
  }
}
