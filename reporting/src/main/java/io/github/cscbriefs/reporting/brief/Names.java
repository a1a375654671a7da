package io.github.cscbriefs.reporting.brief;

/** Names as charts show them, where a label cannot wrap. */
final class Names {

  private Names() {}

  /**
   * {@code name} on one line (runs of white space as one space), cut with an ellipsis when it has
   * more than {@code max} characters, so that it stays inside the chart that shows it.
   */
  static String oneLine(String name, int max) {
    String clean = name.strip().replaceAll("\\s+", " ");
    return clean.codePointCount(0, clean.length()) <= max ? clean
        : clean.substring(0, clean.offsetByCodePoints(0, max - 1)).strip() + "\u2026";
  }
}
