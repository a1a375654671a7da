package io.github.cscbriefs.reporting;

/**
 * A sub-heading inside a section (a section's own title is its level 1 heading). Kept on the same
 * page as the block that follows it.
 *
 * @param level 2 or 3 (tagged H2 or H3)
 * @param text the heading text
 */
public record Heading(int level, String text) implements Block {

  /** Validates the level and text. */
  public Heading {
    if (level < 2 || level > 3) {
      throw ReportingException.of("heading.level", level, "2 or 3 (level 1 is the section title)");
    }
    text = Texts.requireText("heading.text", text);
  }

  /** A level 2 heading. */
  public static Heading h2(String text) {
    return new Heading(2, text);
  }

  /** A level 3 heading. */
  public static Heading h3(String text) {
    return new Heading(3, text);
  }
}
