package io.github.cscbriefs.data.local;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.cscbriefs.data.DataFileException;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.IndicatorCatalogue;
import io.github.cscbriefs.model.SourceRelease;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a council's local evidence file, YAML ({@code .yaml}, {@code .yml}) or JSON ({@code
 * .json}), and validates it like the official data: every problem is reported with the file, line
 * and key path, the value and what was expected; unknown keys are reported, not ignored.
 *
 * <p>Safe by construction: Jackson maps YAML onto this project's own types only (no tags naming
 * Java classes are honoured), aliases are limited (no "billion laughs"), and size, nesting depth
 * and string length are bounded.
 */
public final class LocalEvidenceReader {

  /** Files larger than this are refused before parsing. */
  public static final long MAX_BYTES = 2L * 1024 * 1024;
  /**
   * Longest text accepted in any value or key: 2,000 characters, about 300 words or half a page of
   * the brief (the longest in the shipped example is under 150). Jackson's own string-length limit
   * is not applied to YAML, so the reader counts.
   */
  public static final int MAX_TEXT_CHARS = 2_000;

  private final CouncilDirectory councils;
  private final IndicatorCatalogue indicators;

  public LocalEvidenceReader(CouncilDirectory councils, IndicatorCatalogue indicators) {
    this.councils = councils;
    this.indicators = indicators;
  }

  /**
   * Reads and validates {@code file}.
   *
   * @throws DataFileException listing every problem found
   */
  public LocalEvidence read(Path file) {
    String name = file.getFileName().toString();
    JsonFactory factory = factoryFor(name);
    byte[] bytes = readBounded(file, name);
    Map<String, Long> lines = lineIndex(factory, bytes, name);
    List<Problem> problems = new ArrayList<>();
    LocalFileModel.File model = bind(factory, bytes, name, lines, problems);
    if (!problems.isEmpty()) {
      throw inLineOrder(problems);
    }
    LocalEvidenceConversion conversion =
        new LocalEvidenceConversion(name, lines, councils, indicators, problems);
    Council council = conversion.council(model.council());
    LocalEvidence evidence = council == null ? null : new LocalEvidence(council,
        conversion.inspections(council, model.inspections()),
        conversion.interventions(council, model.interventions()),
        conversion.workforce(council, model.workforce()),
        conversion.plan(council, model.plan()),
        new SourceRelease(council.name(), "Local evidence file", "supplied by the council", name));
    if (!problems.isEmpty()) {
      throw inLineOrder(problems);
    }
    return evidence;
  }

  private static DataFileException inLineOrder(List<Problem> problems) {
    return new DataFileException(problems.stream()
        .sorted(java.util.Comparator.comparingLong((Problem p) -> p.where().line())).toList());
  }

  private static JsonFactory factoryFor(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    StreamReadConstraints limits = StreamReadConstraints.builder()
        .maxNestingDepth(32).maxStringLength((int) MAX_BYTES).maxNumberLength(50).build();
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(20);
      options.setAllowRecursiveKeys(false);
      options.setNestingDepthLimit(32);
      options.setCodePointLimit((int) MAX_BYTES);
      return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(limits).build();
    }
    if (lower.endsWith(".json")) {
      return JsonFactory.builder().streamReadConstraints(limits)
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }
    throw DataFileException.of(Problem.inFile(name, "", name,
        "a local evidence file named *.yaml, *.yml or *.json"));
  }

  private static byte[] readBounded(Path file, String name) {
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw DataFileException.of(Problem.inFile(name, "", size + " bytes",
            Expected.ofAtMost("a local evidence file", MAX_BYTES + " bytes")));
      }
      try (InputStream in = Files.newInputStream(file)) {
        return in.readNBytes((int) MAX_BYTES + 1);
      }
    } catch (IOException e) {
      throw DataFileException.of(Problem.inFile(name, "", String.valueOf(e.getMessage()),
          Expected.aReadableFile()));
    }
  }

  /** Maps each key path (e.g. {@code /plan/0/measure}) to the line it starts on. */
  private static Map<String, Long> lineIndex(JsonFactory factory, byte[] bytes, String name) {
    Map<String, Long> lines = new HashMap<>();
    List<Problem> tooLong = new ArrayList<>();
    try (JsonParser parser = factory.createParser(bytes)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        long line = parser.currentTokenLocation().getLineNr();
        // Jackson's maxStringLength is not applied by the YAML parser: count here, for YAML and JSON alike
        if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME)
            && parser.getTextLength() > MAX_TEXT_CHARS && tooLong.size() < 100) {
          tooLong.add(Problem.at(name, line, pointerPath(parser), parser.getTextLength() + " characters",
              Expected.ofAtMost("text", MAX_TEXT_CHARS + " characters")));
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
          throw DataFileException.of(Problem.at(name, line, pointerPath(parser), "*" + parser.getText(),
              "plain values: YAML aliases are not accepted in local evidence files"));
        }
        if (token == JsonToken.FIELD_NAME) {
          lines.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(), line);
        } else if (token.isStructStart() && parser.getParsingContext().getParent() != null) {
          lines.putIfAbsent(parser.getParsingContext().getParent().pathAsPointer().toString(), line);
        }
      }
      if (!tooLong.isEmpty()) {
        throw new DataFileException(tooLong);
      }
      return lines;
    } catch (DataFileException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw DataFileException.of(syntaxProblem(name, e));
    } catch (IOException | RuntimeException e) {
      throw DataFileException.of(Problem.inFile(name, "", String.valueOf(e.getMessage()),
          Expected.wellFormed("YAML or JSON within the size, alias and nesting limits")));
    }
  }

  private static String pointerPath(JsonParser parser) {
    return LocalEvidenceConversion.pointerToPath(parser.getParsingContext().pathAsPointer().toString());
  }

  private static LocalFileModel.File bind(JsonFactory factory, byte[] bytes, String name,
      Map<String, Long> lines, List<Problem> problems) {
    ObjectMapper mapper = new ObjectMapper(factory)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .addHandler(new UnknownKeys(name, lines, problems));
    try {
      LocalFileModel.File model = mapper.readValue(bytes, LocalFileModel.File.class);
      if (model == null) {
        problems.add(Problem.inFile(name, "", "", "a mapping with at least the key 'council'"));
      }
      return model;
    } catch (JsonMappingException e) {
      problems.add(Problem.at(name, line(e), LocalEvidenceConversion.path(e.getPath()),
          valueOf(e), "a value of the right kind: " + firstLine(e.getOriginalMessage())));
      return null;
    } catch (IOException e) {
      problems.add(Problem.inFile(name, "", String.valueOf(e.getMessage()), Expected.wellFormed("YAML or JSON")));
      return null;
    }
  }

  private static Problem syntaxProblem(String name, JsonProcessingException e) {
    return Problem.at(name, line(e), "", "",
        Expected.wellFormed((name.toLowerCase(Locale.ROOT).endsWith(".json") ? "JSON" : "YAML")
            + " (" + firstLine(e.getOriginalMessage()) + ")"));
  }

  private static long line(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
  }

  private static String valueOf(JsonMappingException e) {
    return e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
        && m.getTargetType() != null ? "(not a " + m.getTargetType().getSimpleName() + ")" : "";
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message;
    int newline = text.indexOf('\n');
    return (newline < 0 ? text : text.substring(0, newline)).trim();
  }

  /** Reports every unknown key with its line, then skips it so the rest is still checked. */
  private static final class UnknownKeys extends DeserializationProblemHandler {
    private final String file;
    private final Map<String, Long> lines;
    private final List<Problem> problems;

    UnknownKeys(String file, Map<String, Long> lines, List<Problem> problems) {
      this.file = file;
      this.lines = lines;
      this.problems = problems;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
        JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
      // Records are bound from buffered tokens, which lose their location: take the line from the index.
      String pointer = parser.getParsingContext().pathAsPointer().toString();
      long line = lines.getOrDefault(pointer, Math.max(0, (long) parser.currentTokenLocation().getLineNr()));
      problems.add(Problem.at(file, line, pointerPath(parser),
          propertyName, "one of the documented keys (see LOCAL-FILE.md); '" + propertyName + "' is unknown"));
      parser.skipChildren();
      return true;
    }
  }
}
