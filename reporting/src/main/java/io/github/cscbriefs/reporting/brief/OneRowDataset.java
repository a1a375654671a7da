package io.github.cscbriefs.reporting.brief;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.data.UnknownKeyException;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.general.AbstractDataset;

/**
 * A fixed row of values, one per column key, as a chart's category dataset, which finds a column
 * by its key in constant time. JFreeChart's default dataset scans its keys for every value added
 * and every value looked up by key: for a distribution chart of 150 councils, over 11,000 key
 * comparisons to build it. There is at least one column, column keys are distinct, and a value
 * may be {@code null} (no bar).
 */
final class OneRowDataset extends AbstractDataset implements CategoryDataset {

  private final String rowKey;
  private final List<String> columnKeys;
  private final Map<String, Integer> columnIndex;
  private final List<? extends Number> values;

  private OneRowDataset(String rowKey, List<String> columnKeys, List<? extends Number> values) {
    if (columnKeys.size() != values.size()) {
      throw new IllegalArgumentException(
          columnKeys.size() + " column keys for " + values.size() + " values");
    }
    if (columnKeys.isEmpty()) {
      // a dataset with no values has no row either
      throw new IllegalArgumentException("a row needs at least one column");
    }
    this.rowKey = rowKey;
    this.columnKeys = List.copyOf(columnKeys);
    this.values = Collections.unmodifiableList(new ArrayList<>(values));
    this.columnIndex = new HashMap<>(columnKeys.size() * 2);
    for (int i = 0; i < columnKeys.size(); i++) {
      if (columnIndex.put(columnKeys.get(i), i) != null) {
        throw new IllegalArgumentException("column key '" + columnKeys.get(i) + "' is repeated");
      }
    }
  }

  /** The row named {@code rowKey} with {@code values.get(i)} under {@code columnKeys.get(i)}. */
  static OneRowDataset of(String rowKey, List<String> columnKeys, List<? extends Number> values) {
    return new OneRowDataset(rowKey, columnKeys, values);
  }

  @Override
  public int getRowCount() {
    return 1;
  }

  @Override
  public int getColumnCount() {
    return columnKeys.size();
  }

  @Override
  public Number getValue(int row, int column) {
    requireTheRow(row);
    return values.get(column);
  }

  @Override
  public Comparable<?> getRowKey(int row) {
    requireTheRow(row);
    return rowKey;
  }

  private static void requireTheRow(int row) {
    if (row != 0) {
      throw new IndexOutOfBoundsException("row " + row + " of 1");
    }
  }

  @Override
  @SuppressWarnings("rawtypes")
  public int getRowIndex(Comparable key) {
    return rowKey.equals(key) ? 0 : -1;
  }

  @Override
  public List<String> getRowKeys() {
    return List.of(rowKey);
  }

  @Override
  public Comparable<?> getColumnKey(int column) {
    return columnKeys.get(column);
  }

  @Override
  @SuppressWarnings("rawtypes")
  public int getColumnIndex(Comparable key) {
    Integer index = columnIndex.get(key);
    return index == null ? -1 : index;
  }

  @Override
  public List<String> getColumnKeys() {
    return columnKeys;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Number getValue(Comparable rowKey, Comparable columnKey) {
    int column = getColumnIndex(columnKey);
    if (getRowIndex(rowKey) < 0 || column < 0) {
      throw new UnknownKeyException("no value for row '" + rowKey + "', column '" + columnKey + "'");
    }
    return values.get(column);
  }
}
