package io.github.cscbriefs.reporting.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A node of the logical structure tree built while laying out, in reading order: its standard
 * structure type (P, H1, Table, TH, Figure, ...), its child nodes, and the attributes PDF/UA asks
 * of some types. The PDF writer turns it into structure elements. Mutable only while laying out.
 */
public final class StructNode implements Mark {

  private final String type;
  private final List<StructNode> children = new ArrayList<>();
  private String altText;
  private String scope;
  private float[] bbox;

  private StructNode(String type) {
    this.type = type;
  }

  /** The root of a document's structure. */
  public static StructNode document() {
    return new StructNode("Document");
  }

  /** Appends a child of the given standard structure type and returns it. */
  public StructNode add(String childType) {
    StructNode child = new StructNode(childType);
    children.add(child);
    return child;
  }

  /** The standard structure type. */
  public String type() {
    return type;
  }

  /** The children in reading order. */
  public List<StructNode> children() {
    return Collections.unmodifiableList(children);
  }

  /** Alternative text (figures). */
  public Optional<String> altText() {
    return Optional.ofNullable(altText);
  }

  /** The table header scope, {@code Column} or {@code Row} (TH). */
  public Optional<String> scope() {
    return Optional.ofNullable(scope);
  }

  /** The bounding box on its page: x0, y0, x1, y1 in points (figures). */
  public Optional<float[]> bbox() {
    return Optional.ofNullable(bbox).map(float[]::clone);
  }

  StructNode withAltText(String text) {
    this.altText = text;
    return this;
  }

  StructNode withScope(String value) {
    this.scope = value;
    return this;
  }

  StructNode withBbox(float x0, float y0, float x1, float y1) {
    this.bbox = new float[] {x0, y0, x1, y1};
    return this;
  }

  @Override
  public String toString() {
    return type + children;
  }
}
