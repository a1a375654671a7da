package io.github.cscbriefs.reporting;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A file embedded in the PDF (PDF/A-3 associated file with relationship Data), e.g. the brief's
 * figures as CSV for analysts.
 *
 * @param fileName the file name shown by PDF readers, e.g. {@code figures.csv}
 * @param description what the file holds
 * @param mimeType its MIME type, e.g. {@code text/csv}
 * @param content its bytes (copied in and out)
 */
public record Attachment(String fileName, String description, String mimeType, byte[] content) {

  /** Validates and copies the parts. */
  public Attachment {
    fileName = Texts.requireText("attachment.fileName", fileName);
    description = Texts.requireText("attachment.description", description);
    mimeType = Texts.requireText("attachment.mimeType", mimeType);
    if (!mimeType.matches("[a-z]+/[a-z0-9.+-]+")) {
      throw ReportingException.of("attachment.mimeType", mimeType, "type/subtype");
    }
    if (content == null) {
      throw ReportingException.of("attachment.content", null, "bytes");
    }
    content = content.clone();
  }

  /** A UTF-8 CSV attachment. */
  public static Attachment csv(String fileName, String description, String csv) {
    return new Attachment(fileName, description, "text/csv",
        csv.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Attachment a && a.fileName.equals(fileName)
        && a.description.equals(description) && a.mimeType.equals(mimeType)
        && Arrays.equals(a.content, content);
  }

  @Override
  public int hashCode() {
    return fileName.hashCode() * 31 + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "Attachment[" + fileName + ", " + mimeType + ", " + content.length + " bytes]";
  }
}
