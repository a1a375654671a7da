package io.github.cscbriefs.reporting;

/**
 * A run of text in one weight inside a paragraph.
 *
 * @param text the text (whitespace is collapsed when laid out)
 * @param bold whether it is set in the bold face
 */
public record Span(String text, boolean bold) {

  /** Validates the text. */
  public Span {
    if (text == null) {
      throw ReportingException.of("span.text", null, "text");
    }
  }

  /** Regular-weight text. */
  public static Span plain(String text) {
    return new Span(text, false);
  }

  /** Bold text. */
  public static Span bold(String text) {
    return new Span(text, true);
  }
}
