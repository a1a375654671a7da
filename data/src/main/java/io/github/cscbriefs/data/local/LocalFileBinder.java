package io.github.cscbriefs.data.local;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.cscbriefs.data.internal.EesCells;
import io.github.cscbriefs.data.local.LocalFileTree.Entry;
import io.github.cscbriefs.data.local.LocalFileTree.Mapping;
import io.github.cscbriefs.data.local.LocalFileTree.Node;
import io.github.cscbriefs.data.local.LocalFileTree.Scalar;
import io.github.cscbriefs.data.local.LocalFileTree.Sequence;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds a {@link LocalFileTree} onto the records of {@link LocalFileModel}, whose components name
 * the keys (a {@link JsonProperty} gives the key where it differs from the Java name). Every
 * unknown key and every value of the wrong kind is recorded as a problem, at its line and under
 * the key path as the user typed it, and left out, so that the rest of the file is still bound and
 * checked: one run reports every problem of a file.
 *
 * <p>Values are kept as written (text) except {@code Integer} and {@code Double} components;
 * their meaning (dates, kinds, councils) is checked by {@link LocalEvidenceConversion}.
 */
final class LocalFileBinder {

  private final String file;
  private final List<Problem> problems;
  private final Set<String> reported = new HashSet<>();

  LocalFileBinder(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /**
   * The key paths already reported here, and the keys an unknown key was taken to mean: a later
   * check need not say again that such a key is missing or wrong.
   */
  Set<String> reported() {
    return reported;
  }

  /** The file's content, or null when its root is not a mapping (recorded as a problem). */
  LocalFileModel.File file(Node root) {
    if (root == null || root instanceof Scalar s && s.text() == null) {
      problems.add(Problem.inFile(file, "", "", "a mapping with at least the key 'council'"));
      return null;
    }
    return (LocalFileModel.File) bind(root, LocalFileModel.File.class, "");
  }

  private Object bind(Node node, Type type, String path) {
    if (node instanceof Scalar s && s.text() == null) {
      return null;
    }
    if (type == String.class) {
      return node instanceof Scalar s ? s.text() : wrongKind(node, path, "a single value");
    }
    if (type == Integer.class) {
      return node instanceof Scalar s ? wholeNumber(s, path) : wrongKind(node, path, "a whole number");
    }
    if (type == Double.class) {
      return node instanceof Scalar s ? number(s, path) : wrongKind(node, path, "a number");
    }
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return list(node, p.getActualTypeArguments()[0], path);
    }
    if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
      return map(node, path);
    }
    if (type instanceof Class<?> c && c.isRecord()) {
      return record(node, c, path);
    }
    throw new IllegalStateException("LocalFileModel holds a type the binder does not know: " + type);
  }

  private List<Object> list(Node node, Type item, String path) {
    if (!(node instanceof Sequence sequence)) {
      return wrongKind(node, path, "a list (each item on its own line after '- ', or [a, b])");
    }
    List<Object> result = new ArrayList<>();
    for (int i = 0; i < sequence.items().size(); i++) {
      Node element = sequence.items().get(i);
      String at = path + "[" + i + "]";
      if (element instanceof Scalar s && s.text() == null) {
        problem(at, element.line(), "", "an entry, not an empty item");
        continue;
      }
      Object value = bind(element, item, at);
      if (value != null) {
        result.add(value);
      }
    }
    return result;
  }

  /** Free keys with single values: judgements, and a year's figures. */
  private Map<String, String> map(Node node, String path) {
    if (!(node instanceof Mapping mapping)) {
      return wrongKind(node, path, "keys with values (key: value), one a line");
    }
    Map<String, String> result = new LinkedHashMap<>();
    for (Entry entry : mapping.entries()) {
      String at = path + "." + entry.key();
      if (entry.value() instanceof Scalar s) {
        result.put(entry.key(), s.text());
      } else {
        wrongKind(entry.value(), at, "a single value");
      }
    }
    return result;
  }

  private Object record(Node node, Class<?> type, String path) {
    if (!(node instanceof Mapping mapping)) {
      return wrongKind(node, path, "keys with values (key: value), one a line");
    }
    RecordComponent[] components = type.getRecordComponents();
    List<String> keys = Arrays.stream(components).map(LocalFileBinder::key).toList();
    Object[] values = new Object[components.length];
    for (Entry entry : mapping.entries()) {
      String at = path.isEmpty() ? entry.key() : path + "." + entry.key();
      int index = keys.indexOf(entry.key());
      if (index < 0) {
        NearestKey.among(entry.key(), keys)
            .ifPresent(meant -> reported.add(path.isEmpty() ? meant : path + "." + meant));
        problem(at, entry.line(), entry.key(), "one of the keys "
            + Expected.anyOf(keys.toArray(String[]::new)) + NearestKey.suggestion(entry.key(), keys));
        continue;
      }
      values[index] = bind(entry.value(), components[index].getGenericType(), at);
    }
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      return canonical.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + type.getSimpleName(), e);
    }
  }

  /** The key a record component is written as. */
  static String key(RecordComponent component) {
    // @JsonProperty does not target record components: Java puts it on the accessor (and field).
    JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
    return property == null || property.value().isEmpty() ? component.getName() : property.value();
  }

  private Integer wholeNumber(Scalar s, String path) {
    try {
      return Integer.valueOf(s.text().trim().replaceFirst("^\\+", ""));
    } catch (NumberFormatException e) {
      problem(path, s.line(), s.text(), "a whole number");
      return null;
    }
  }

  private Double number(Scalar s, String path) {
    try {
      String text = s.text().trim();
      if (EesCells.underflows(text)) { // 1e-999 would read as 0, which the file did not say
        problem(path, s.line(), s.text(), EesCells.expected(text));
        return null;
      }
      // Java alone would also take 0x1p4, 16d and Infinity, which no council writes for a figure.
      double value = text.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")
          ? Double.parseDouble(text) : Double.NaN;
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(path, s.line(), s.text(), "a number");
    return null;
  }

  private <T> T wrongKind(Node node, String path, String expected) {
    String found = node instanceof Sequence ? "(a list)" : node instanceof Mapping ? "(keys with values)"
        : ((Scalar) node).text();
    problem(path, node.line(), found, expected);
    return null;
  }

  private void problem(String path, long line, String value, String expected) {
    reported.add(path);
    problems.add(Problem.at(file, line, path, value, expected));
  }
}
