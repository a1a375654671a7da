package io.github.cscbriefs.reporting.layout;

/**
 * What a drawn item belongs to: a node of the logical structure (real content, tagged) or an
 * artifact (decoration that assistive technology skips).
 */
public sealed interface Mark permits StructNode, Artifact {}
