/**
 * The csc-briefs command line and small programs that use the public API. Picocli builds the
 * commands reflectively from their package-private classes and fields, so {@code cli} is opened to
 * it alone.
 */
module io.github.cscbriefs.examples {
  requires io.github.cscbriefs.data;
  requires io.github.cscbriefs.metrics;
  requires io.github.cscbriefs.reporting;
  requires org.slf4j;
  requires org.apache.commons.csv;
  requires info.picocli;
  requires me.tongfei.progressbar;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports io.github.cscbriefs.examples;

  opens io.github.cscbriefs.examples.cli to info.picocli;
}
