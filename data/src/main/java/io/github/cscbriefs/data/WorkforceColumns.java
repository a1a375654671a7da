package io.github.cscbriefs.data;

import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.Workforce;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The column names each workforce measure has had in DfE's releases since 2017. The current name
 * is the measure's id (the 2025 release). Older names, justified by the releases themselves:
 * <ul>
 *   <li>the 2022 release ("csww_headline_measures_2017_to_2022.csv") named in-post FTE {@code
 *       social_worker_fte} and its rates with a "%" suffix, e.g. {@code turnover_rate_fte_%} and
 *       {@code agency_worker_rate_fte_%} (as read by DfE's own children's social care outcomes
 *       dashboard, which lists {@code turnover_rate_fte_%, absence_rate_fte_%,
 *       agency_worker_rate_fte_%, agency_cover_rate_fte_%, vacancy_rate_fte_%,
 *       vacancy_agency_cover_rate_fte_%, turnover_rate_headcount_%,
 *       agency_worker_rate_headcount_%}).</li>
 * </ul>
 * Headings are matched ignoring case and surrounding spaces.
 */
final class WorkforceColumns {

  private static final Map<Measure, List<String>> OLD_NAMES = oldNames();

  private WorkforceColumns() {}

  /** Every accepted name of {@code measure}, current name first. */
  static List<String> names(Measure measure) {
    List<String> names = new ArrayList<>();
    names.add(measure.id());
    names.addAll(OLD_NAMES.getOrDefault(measure, List.of()));
    return names;
  }

  private static Map<Measure, List<String>> oldNames() {
    Map<Measure, List<String>> m = new LinkedHashMap<>();
    m.put(Workforce.INPOST_FTE, List.of("social_worker_fte"));
    m.put(Workforce.TURNOVER_RATE_FTE, List.of("turnover_rate_fte_%"));
    m.put(Workforce.TURNOVER_RATE_HEADCOUNT, List.of("turnover_rate_headcount_%"));
    m.put(Workforce.AGENCY_RATE_FTE, List.of("agency_worker_rate_fte_%"));
    m.put(Workforce.AGENCY_RATE_HEADCOUNT, List.of("agency_worker_rate_headcount_%"));
    m.put(Workforce.AGENCY_COVER_RATE_FTE, List.of("agency_cover_rate_fte_%"));
    m.put(Workforce.VACANCY_RATE_FTE, List.of("vacancy_rate_fte_%"));
    m.put(Workforce.VACANCY_AGENCY_COVER_RATE_FTE, List.of("vacancy_agency_cover_rate_fte_%"));
    m.put(Workforce.ABSENCE_RATE_FTE, List.of("absence_rate_fte_%"));
    return Collections.unmodifiableMap(m);
  }
}
