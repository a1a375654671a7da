package io.github.cscbriefs.reporting.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.data.UnknownKeyException;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

/** The distribution chart's dataset answers every question as JFreeChart's default one does. */
class OneRowDatasetProperties {

  @Test
  void answersAsTheDefaultDatasetBuiltFromTheSameValues() {
    qt().forAll(lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(1, 160)).check(figures -> {
      List<String> codes = new ArrayList<>();
      DefaultCategoryDataset expected = new DefaultCategoryDataset();
      for (int i = 0; i < figures.size(); i++) {
        codes.add(String.format("E%08d", (i * 7919) % 100_000));
        expected.addValue(figures.get(i), "Councils", codes.get(i));
      }
      OneRowDataset dataset = OneRowDataset.of("Councils", codes, figures);
      boolean same = dataset.getRowCount() == expected.getRowCount()
          && dataset.getColumnCount() == expected.getColumnCount()
          && dataset.getRowKeys().equals(expected.getRowKeys())
          && dataset.getColumnKeys().equals(expected.getColumnKeys())
          && dataset.getColumnIndex("E99999999") == expected.getColumnIndex("E99999999")
          && dataset.getRowIndex("Other") == expected.getRowIndex("Other");
      for (int i = 0; same && i < figures.size(); i++) {
        String code = codes.get(i);
        same = Objects.equals(dataset.getValue(0, i), expected.getValue(0, i))
            && Objects.equals(dataset.getValue("Councils", code), expected.getValue("Councils", code))
            && dataset.getColumnIndex(code) == expected.getColumnIndex(code)
            && dataset.getColumnKey(i).equals(expected.getColumnKey(i))
            && dataset.getRowIndex("Councils") == expected.getRowIndex("Councils");
      }
      return same;
    });
  }

  @Test
  void refusesUnknownKeysRepeatedColumnsAndAnEmptyRow() {
    OneRowDataset dataset = OneRowDataset.of("Councils", List.of("E06000001"), List.of(4.5));
    assertThrows(UnknownKeyException.class, () -> dataset.getValue("Councils", "E06000002"));
    assertThrows(UnknownKeyException.class, () -> dataset.getValue("Other", "E06000001"));
    IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class,
        () -> OneRowDataset.of("Councils", List.of("E06000001", "E06000001"), List.of(1.0, 2.0)));
    assertEquals("column key 'E06000001' is repeated", repeated.getMessage());
    assertThrows(IllegalArgumentException.class, () -> OneRowDataset.of("Councils", List.of(), List.of()));
  }
}
