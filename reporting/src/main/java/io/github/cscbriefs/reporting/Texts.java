package io.github.cscbriefs.reporting;

import io.github.cscbriefs.model.problem.Expected;
import java.util.List;

/** Argument checks shared by the content model's constructors. */
final class Texts {

  private Texts() {}

  static String requireText(String where, String text) {
    if (text == null || text.isBlank()) {
      throw ReportingException.of(where, text, "non-blank text");
    }
    return text;
  }

  static <T> List<T> requireList(String where, List<T> list, boolean nonEmpty) {
    if (list == null || list.stream().anyMatch(java.util.Objects::isNull)) {
      throw ReportingException.of(where, list, "a list without nulls");
    }
    if (nonEmpty && list.isEmpty()) {
      throw ReportingException.of(where, list, Expected.atLeast("one element"));
    }
    return List.copyOf(list);
  }
}
