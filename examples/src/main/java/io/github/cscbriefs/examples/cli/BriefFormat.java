package io.github.cscbriefs.examples.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Which editions {@code brief --format} writes: the PDF, the HTML page, or both (the default). */
enum BriefFormat {
  PDF, HTML, BOTH;

  boolean pdf() {
    return this != HTML;
  }

  boolean html() {
    return this != PDF;
  }

  /** Reads {@code pdf}, {@code html} or {@code both}, in any case. */
  static final class Converter implements ITypeConverter<BriefFormat> {
    @Override
    public BriefFormat convert(String value) {
      try {
        return BriefFormat.valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("expected pdf, html or both, but was '" + value + "'");
      }
    }
  }

  /** The values {@code --help} lists. */
  static final class Candidates extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Candidates() {
      super(java.util.List.of("pdf", "html", "both"));
    }
  }
}
