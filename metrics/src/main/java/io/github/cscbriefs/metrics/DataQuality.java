package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Polarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds published figures a brief should question ({@link DataQualityFinding}), by the thresholds
 * of {@link StatusRule}, for indicators with a better direction:
 *
 * <ul>
 *   <li><b>Spike</b>: a year's value v, the nearest earlier value a and later value b (each at most
 *       {@code spikeReachYears} away) and their mean m &gt; 0: a and b agree (|a − b| ≤ {@code
 *       spikeAgreement} × m) while v is far from both (v ≤ m ÷ {@code spikeFactor} or v ≥ {@code
 *       spikeFactor} × m). Only values up to the profile's year are questioned; the later value may
 *       come from a later year of the dataset.
 *   <li><b>Zero run</b>: a percentage published as exactly 0 in at least {@code zeroRunYears}
 *       consecutive years, up to the profile's year ({@code low}, "rounds to 0", does not count).
 * </ul>
 */
final class DataQuality {

  private DataQuality() {
  }

  /** The findings about {@code c}'s figures up to its year, oldest first. */
  static List<DataQualityFinding> of(IndicatorComparison c, StatusRule rule) {
    if (c.indicator().polarity() == Polarity.NONE) {
      return List.of();
    }
    TreeMap<Integer, Double> values = new TreeMap<>();
    c.series().forEach(p -> p.council().asDouble().ifPresent(v -> values.put(p.year(), v)));
    List<DataQualityFinding> findings = new ArrayList<>(spikes(c, values, rule));
    if (c.indicator().isRate()) {
      findings.addAll(zeroRuns(c, values, rule));
    }
    findings.sort(java.util.Comparator.comparingInt(DataQuality::firstYear));
    return List.copyOf(findings);
  }

  private static int firstYear(DataQualityFinding f) {
    return f instanceof DataQualityFinding.Spike s ? s.year() : ((DataQualityFinding.ZeroRun) f).firstYear();
  }

  private static List<DataQualityFinding> spikes(IndicatorComparison c, TreeMap<Integer, Double> values,
      StatusRule rule) {
    List<DataQualityFinding> found = new ArrayList<>();
    for (Map.Entry<Integer, Double> at : values.headMap(c.year(), true).entrySet()) {
      Map.Entry<Integer, Double> before = values.lowerEntry(at.getKey());
      Map.Entry<Integer, Double> after = values.higherEntry(at.getKey());
      if (before == null || after == null || at.getKey() - before.getKey() > rule.spikeReachYears()
          || after.getKey() - at.getKey() > rule.spikeReachYears()) {
        continue;
      }
      double a = before.getValue();
      double b = after.getValue();
      double v = at.getValue();
      double level = (a + b) / 2;
      boolean agree = Math.abs(a - b) <= rule.spikeAgreement() * level;
      boolean far = v * rule.spikeFactor() <= level || v >= rule.spikeFactor() * level;
      if (level > 0 && agree && far) {
        found.add(new DataQualityFinding.Spike(c.indicator(), at.getKey(), v, before.getKey(), a, after.getKey(), b));
      }
    }
    return found;
  }

  private static List<DataQualityFinding> zeroRuns(IndicatorComparison c, TreeMap<Integer, Double> values,
      StatusRule rule) {
    List<DataQualityFinding> found = new ArrayList<>();
    int first = 0;
    int last = 0;
    boolean inRun = false;
    for (Map.Entry<Integer, Double> e : values.headMap(c.year(), true).entrySet()) {
      boolean zero = e.getValue() == 0.0;
      if (zero && inRun && e.getKey() == last + 1) {
        last = e.getKey();
      } else if (zero) {
        close(c, first, last, inRun, rule, found);
        first = e.getKey();
        last = e.getKey();
        inRun = true;
      } else {
        close(c, first, last, inRun, rule, found);
        inRun = false;
      }
    }
    close(c, first, last, inRun, rule, found);
    return found;
  }

  private static void close(IndicatorComparison c, int first, int last, boolean inRun, StatusRule rule,
      List<DataQualityFinding> found) {
    if (inRun && last - first + 1 >= rule.zeroRunYears()) {
      found.add(new DataQualityFinding.ZeroRun(c.indicator(), first, last));
    }
  }
}
