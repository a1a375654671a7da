package io.github.cscbriefs.reporting;

import java.awt.Color;

/**
 * A red/amber/green status. Never conveyed by colour alone: each has a word and a distinct shape,
 * and the tints are from the Okabe-Ito palette so they stay apart for colour-blind readers.
 */
public enum Rag {
  /** Serious concern. */
  RED("Red", "\u25A0", new Color(0xF5, 0xC4, 0xA3)),
  /** Watch. */
  AMBER("Amber", "\u25B2", new Color(0xF9, 0xE1, 0xA8)),
  /** On track. */
  GREEN("Green", "\u25CF", new Color(0xB5, 0xE3, 0xD6));

  private final String word;
  private final String symbol;
  private final Color tint;

  Rag(String word, String symbol, Color tint) {
    this.word = word;
    this.symbol = symbol;
    this.tint = tint;
  }

  /** The status as a word, e.g. "Red". */
  public String word() {
    return word;
  }

  /** The shape drawn before the word: a square, triangle or circle. */
  public String symbol() {
    return symbol;
  }

  /** The light background tint of a status cell; text on it stays near-black for contrast. */
  public Color tint() {
    return tint;
  }
}
