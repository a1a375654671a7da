package io.github.cscbriefs.reporting;

/**
 * One unit of a document's flow: laid out top to bottom, in reading order, and tagged with the
 * matching PDF structure type.
 */
public sealed interface Block permits Heading, Paragraph, BulletList, Table, ChartFigure {}
