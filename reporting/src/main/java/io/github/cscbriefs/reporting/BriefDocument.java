package io.github.cscbriefs.reporting;

import io.github.cscbriefs.model.problem.Expected;
import java.util.List;

/**
 * A whole document, ready to lay out: a cover, a contents page listing the sections, the
 * sections, and files attached for analysts. Immutable.
 *
 * @param info metadata, running header and data vintage
 * @param cover the cover page's blocks (no header or footer is drawn on it); its first block is
 *     usually the title paragraph, set large
 * @param coverTitle the cover's main title, tagged H1
 * @param contentsTitle the contents page's heading, e.g. "Contents"
 * @param sections the sections in order (at least one)
 * @param attachments files embedded in the PDF
 */
public record BriefDocument(DocumentInfo info, String coverTitle, List<Block> cover,
    String contentsTitle, List<Section> sections, List<Attachment> attachments) {

  /** Validates and copies the parts. */
  public BriefDocument {
    if (info == null) {
      throw ReportingException.of("document.info", null, Expected.instanceOf(DocumentInfo.class));
    }
    coverTitle = Texts.requireText("document.coverTitle", coverTitle);
    cover = Texts.requireList("document.cover", cover, false);
    contentsTitle = Texts.requireText("document.contentsTitle", contentsTitle);
    sections = Texts.requireList("document.sections", sections, true);
    attachments = Texts.requireList("document.attachments", attachments, false);
  }
}
