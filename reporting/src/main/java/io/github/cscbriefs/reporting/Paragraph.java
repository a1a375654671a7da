package io.github.cscbriefs.reporting;

import io.github.cscbriefs.model.problem.Expected;
import java.util.List;

/**
 * A paragraph of wrapped text, tagged P.
 *
 * @param spans the runs of text in reading order (at least one with visible text)
 * @param style how it is set
 */
public record Paragraph(List<Span> spans, TextStyle style) implements Block {

  /** Validates and copies the spans. */
  public Paragraph {
    spans = Texts.requireList("paragraph.spans", spans, true);
    if (spans.stream().allMatch(s -> s.text().isBlank())) {
      throw ReportingException.of("paragraph.spans", spans, Expected.atLeast("one span with text"));
    }
    if (style == null) {
      throw ReportingException.of("paragraph.style", null, Expected.instanceOf(TextStyle.class));
    }
  }

  /** A body paragraph of plain text. */
  public static Paragraph of(String text) {
    return new Paragraph(List.of(Span.plain(text)), TextStyle.BODY);
  }

  /** A paragraph of plain text in the given style. */
  public static Paragraph of(String text, TextStyle style) {
    return new Paragraph(List.of(Span.plain(text)), style);
  }

  /** A body paragraph opening with a bold lead-in, e.g. a figure, followed by plain text. */
  public static Paragraph lead(String boldLeadIn, String rest) {
    return new Paragraph(List.of(Span.bold(boldLeadIn), Span.plain(rest)), TextStyle.BODY);
  }

  /** The paragraph's text as read aloud: the spans joined. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    spans.forEach(s -> sb.append(s.text()));
    return sb.toString();
  }
}
