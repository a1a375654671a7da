package io.github.cscbriefs.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** DfE's band for how similar a statistical neighbour is, closest first. */
public enum Closeness {
  EXTREMELY_CLOSE("Extremely close"),
  VERY_CLOSE("Very close"),
  CLOSE("Close"),
  SOMEWHAT_CLOSE("Somewhat close"),
  NOT_CLOSE("Not close");

  private final String label;

  Closeness(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Parses DfE's words, ignoring case and surrounding space ("Very Close", "Close "). */
  public static Optional<Closeness> parse(String text) {
    String t = text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.label.toLowerCase(Locale.ROOT).equals(t)).findFirst();
  }
}
