package io.github.cscbriefs.data;

import io.github.cscbriefs.data.internal.Inputs;
import io.github.cscbriefs.model.CouncilDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Test fixtures: the bundled official files, and small CSV texts. */
final class Bundled {

  static final String LA_CODES = "dfe-la-codes/la_code_list.csv";
  static final String WORKFORCE = "dfe-csww/csww_indicators_2017_to_2025.csv";
  static final String CLA = "dfe-csww/cla_social_worker_stability_2024.csv";
  static final String ODS = "ofsted/LA_Inspection_Outcomes_as_at_31_March_2025.ods";
  static final String LATEST_CSV = "ofsted/inspections_as_at_31_march_2025.csv";
  static final String IN_YEAR_CSV = "ofsted/in_year_inspections_2024_25.csv";
  static final String HISTORY_CSV = "ofsted/ilacs_inspection_history_2018_2025.csv";
  static final String SN_2025 = "dfe-statistical-neighbours/sn_model_2025_wide.csv";
  static final String SN_2021 = "dfe-statistical-neighbours/statistical_neighbour_groupings_april_2021.csv";

  /** A fixed clock in 2025, the latest year of the bundled files: readers accept years up to it. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-01T12:00:00Z"), ZoneOffset.UTC);
  static final ReadLimits LIMITS = ReadLimits.of(CLOCK);

  private Bundled() {}

  static Reader reader(String resource) {
    return Inputs.resourceReader(resource);
  }

  static InputStream stream(String resource) {
    return Inputs.resource(resource);
  }

  /** The directory from the LA code list and bundled reorganisations, without GSS codes. */
  static CouncilDirectory councils() {
    try (Reader r = reader(LA_CODES)) {
      return CouncilDirectories.of(LaCodeListReader.read("la_code_list.csv", r, ReadMode.STRICT).records());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static WorkforceRelease workforce() {
    try (Reader r = reader(WORKFORCE)) {
      return WorkforceCsvReader.read("csww.csv", r, councils(), ReadMode.STRICT, LIMITS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The directory with GSS codes from the workforce file. */
  static CouncilDirectory councilsWithGss() {
    return CouncilDirectories.withGssCodes(councils(), workforce().gssCodes());
  }

  /** Lines joined with CRLF, as DfE's files end their lines. */
  static Reader csv(String... lines) {
    return new StringReader(String.join("\r\n", lines) + "\r\n");
  }
}
