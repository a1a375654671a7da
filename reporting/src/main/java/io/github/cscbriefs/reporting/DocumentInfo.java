package io.github.cscbriefs.reporting;

/**
 * What a document says about itself: its metadata and the text on every page after the cover.
 *
 * @param title the title, shown in the reader's window (dc:title)
 * @param subject a one-line description (dc:description)
 * @param author who publishes it (dc:creator)
 * @param runningHeader the header on every page after the cover
 * @param dataVintage which data releases it draws on, in the footer of every page after the cover
 */
public record DocumentInfo(String title, String subject, String author, String runningHeader,
    String dataVintage) {

  /** Validates the parts. */
  public DocumentInfo {
    title = Texts.requireText("info.title", title);
    subject = Texts.requireText("info.subject", subject);
    author = Texts.requireText("info.author", author);
    runningHeader = Texts.requireText("info.runningHeader", runningHeader);
    dataVintage = Texts.requireText("info.dataVintage", dataVintage);
  }
}
