package io.github.cscbriefs.model;

import io.github.cscbriefs.model.problem.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The indicators a brief reports, in the order it reports them. */
public final class IndicatorCatalogue {

  private static final IndicatorCatalogue DEFAULT = new IndicatorCatalogue(Indicators.all());

  private final Map<String, Indicator> byId;

  public IndicatorCatalogue(List<Indicator> indicators) {
    Map<String, Indicator> map = new LinkedHashMap<>();
    for (Indicator indicator : indicators) {
      if (map.putIfAbsent(indicator.id(), indicator) != null) {
        throw new ModelViolationException("IndicatorCatalogue", List.of(
            Problem.of("indicators", indicator.id(), "unique indicator ids")));
      }
    }
    this.byId = java.util.Collections.unmodifiableMap(map);
  }

  /** The indicators every brief reports, with DfE's definitions. */
  public static IndicatorCatalogue defaults() {
    return DEFAULT;
  }

  public List<Indicator> indicators() {
    return List.copyOf(byId.values());
  }

  /** The indicator whose id is {@code id} (as typed by a user or read from a file), if any. */
  public Optional<Indicator> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The indicator whose id is {@code id}.
   *
   * @throws IllegalArgumentException naming the id and every known one
   */
  public Indicator require(String id) {
    Indicator indicator = byId.get(id);
    if (indicator == null) {
      throw new IllegalArgumentException("no indicator '" + id + "'; known: " + String.join(", ", byId.keySet()));
    }
    return indicator;
  }
}
