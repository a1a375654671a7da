package io.github.cscbriefs.reporting.layout;

/** Kinds of decoration, marked /Artifact so that screen readers skip them. */
public enum Artifact implements Mark {
  /** Running header and footer, page numbers. */
  PAGINATION,
  /** Rules, backgrounds, repeated table headers. */
  LAYOUT
}
