package io.github.cscbriefs.model;

/** The level a published figure describes. */
public enum GeographicLevel {
  NATIONAL,
  REGIONAL,
  LOCAL_AUTHORITY
}
