package io.github.cscbriefs.model.problem;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The expected-wordings used in more than one place, each written once here. Each returns the
 * text of {@link Problem#expected()}; a wording used in one place only stays at that place.
 */
public final class Expected {

  private Expected() {}

  // ---- files

  /** {@code a readable file}. */
  public static String aReadableFile() {
    return "a readable file";
  }

  /** {@code a readable file (detail)}, e.g. the reason it could not be read. */
  public static String aReadableFile(String detail) {
    return aReadableFile() + " (" + detail + ")";
  }

  /** {@code a readable bundled resource}. */
  public static String aReadableBundledResource() {
    return "a readable bundled resource";
  }

  /** {@code well-formed format}, e.g. {@code well-formed CSV (…)}. */
  public static String wellFormed(String format) {
    return "well-formed " + format;
  }

  // ---- sizes and ranges

  /** {@code at most limit}, e.g. {@code at most 5000 entries in the archive}. */
  public static String atMost(String limit) {
    return "at most " + limit;
  }

  /** {@code what of at most limit}, e.g. {@code a file of at most 40 MB}. */
  public static String ofAtMost(String what, String limit) {
    return what + " of " + atMost(limit);
  }

  /** {@code at least least}, e.g. {@code at least 3} or {@code at least one element}. */
  public static String atLeast(Object least) {
    return "at least " + least;
  }

  /** {@code between lo and hi}, both included, e.g. {@code between 0 and 100}. */
  public static String between(Object lo, Object hi) {
    return "between " + lo + " and " + hi;
  }

  /** {@code strictly between lo and hi}, neither included. */
  public static String strictlyBetween(Object lo, Object hi) {
    return "strictly " + between(lo, hi);
  }

  // ---- values

  /** The choices as a sentence lists them: {@code A, B or C} (one choice alone: {@code A}). */
  public static String anyOf(String... choices) {
    List<String> all = Arrays.asList(choices);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("anyOf needs at least one choice");
    }
    int last = all.size() - 1;
    return last == 0 ? all.get(0) : String.join(", ", all.subList(0, last)) + " or " + all.get(last);
  }

  /** {@code one of a, b, c}: the spellings accepted, e.g. an enumeration's names. */
  public static String oneOf(Collection<String> names) {
    return "one of " + String.join(", ", names);
  }

  /** {@code a number or one of the symbols x, z, c, low, u}: a figure, or why it is missing. */
  public static String aNumberOrSymbol() {
    return "a number or one of the symbols x, z, c, low, u";
  }

  /** {@code a date as format}, e.g. {@code a date as YYYY-MM-DD}. */
  public static String aDateAs(String format) {
    return "a date as " + format;
  }

  /** {@code a Type} or {@code an Type}: a value of that type rather than none. */
  public static String instanceOf(Class<?> type) {
    String name = type.getSimpleName();
    return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }

  // ---- councils and uniqueness

  /** {@code a known council}: a council of the directory. */
  public static String aKnownCouncil() {
    return "a known council";
  }

  /** {@code what in the DfE LA code list}, e.g. {@code a neighbour's LA code in the DfE LA code list}. */
  public static String inTheLaCodeList(String what) {
    return Objects.requireNonNull(what, "what") + " in the DfE LA code list";
  }

  /** {@code each what once}, e.g. {@code each LA code once}. */
  public static String eachOnce(String what) {
    return "each " + what + " once";
  }

  /** {@code one row per key}, e.g. {@code one row per area and year}. */
  public static String oneRowPer(String key) {
    return "one row per " + key;
  }
}
