package io.github.cscbriefs.data.local;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A local evidence file as a tree whose every key and value knows its line, read from Jackson's
 * token stream (the same for YAML and JSON).
 *
 * <p>Why a tree of our own rather than binding with Jackson directly: Jackson's binding stops at
 * the first value of the wrong kind, and binds records from buffered tokens whose locations and
 * paths are lost (an unknown key {@code plan[0].milestone} was reported as {@code
 * plan[0].milestone[2]}, with no line); Jackson's {@code JsonNode} keeps no locations at all.
 * Reading the tokens once, with each token's {@link com.fasterxml.jackson.core.JsonLocation},
 * gives every key and value its line and its path as the user typed it, so that every problem of a
 * file can be found in one pass and reported where it is.
 */
final class LocalFileTree {

  /** A key's or value's place in the tree. */
  sealed interface Node permits Scalar, Sequence, Mapping {
    /** The line the node starts on, from 1. */
    long line();
  }

  /** A single value, as written; {@code text} is null for an empty value ({@code key:}, {@code null}, {@code ~}). */
  record Scalar(String text, long line) implements Node {}

  record Sequence(List<Node> items, long line) implements Node {}

  /** A key, the line it is on, and its value. */
  record Entry(String key, long line, Node value) {}

  record Mapping(List<Entry> entries, long line) implements Node {}

  private final String file;
  private final List<Problem> problems;
  private final Map<String, Long> lines = new HashMap<>();

  private LocalFileTree(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** The root node, or null for an empty file; {@code lines} receives each key path's line. */
  record Parsed(Node root, Map<String, Long> lines) {}

  /**
   * Reads the whole token stream. A key given twice and a YAML alias are recorded in {@code
   * problems} and the rest is still read; a syntax error ends the reading (the parser cannot go on).
   */
  static Parsed read(JsonParser parser, String file, List<Problem> problems) throws IOException {
    // Keys given twice are reported as problems with both lines, not as a parser failure.
    parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    LocalFileTree tree = new LocalFileTree(file, problems);
    JsonToken first = parser.nextToken();
    Node root = first == null ? null : tree.value(parser, "");
    return new Parsed(root, tree.lines);
  }

  private Node value(JsonParser parser, String path) throws IOException {
    long line = lineOf(parser);
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      problems.add(Problem.at(file, line, path, "*" + parser.getText(),
          "plain values: YAML aliases are not accepted in local evidence files"));
      return new Scalar(null, line);
    }
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return mapping(parser, path, line);
    }
    if (token == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        String at = path + "[" + items.size() + "]";
        lines.putIfAbsent(at, lineOf(parser));
        items.add(value(parser, at));
      }
      return new Sequence(items, line);
    }
    return new Scalar(token == JsonToken.VALUE_NULL ? null : parser.getText(), line);
  }

  private Mapping mapping(JsonParser parser, String path, long line) throws IOException {
    Map<String, Long> seen = new LinkedHashMap<>();
    List<Entry> entries = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      long keyLine = lineOf(parser);
      String at = path.isEmpty() ? key : path + "." + key;
      parser.nextToken();
      Node value = value(parser, at);
      Long earlier = seen.putIfAbsent(key, keyLine);
      if (earlier != null) {
        problems.add(Problem.at(file, keyLine, at, key,
            Expected.eachOnce("key") + " (" + key + " is already given at line " + earlier + ")"));
        continue;
      }
      lines.putIfAbsent(at, keyLine);
      entries.add(new Entry(key, keyLine, value));
    }
    return new Mapping(entries, line);
  }

  private static long lineOf(JsonParser parser) {
    return Math.max(0, parser.currentTokenLocation().getLineNr());
  }
}
