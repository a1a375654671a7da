package io.github.cscbriefs.data.local;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.cscbriefs.data.DataFileException;
import io.github.cscbriefs.data.internal.Inputs;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a council's local evidence file, YAML ({@code .yaml}, {@code .yml}) or JSON ({@code
 * .json}), and validates it like the official data: every problem of the file is reported in one
 * run, each with the file, its line and the key path as the user typed it (e.g. {@code
 * plan[0].milestone}), the value and what was expected; an unknown key is reported with the nearest
 * valid key ("did you mean 'milestones'?"), and the rest of the file is still checked.
 *
 * <p>The file is read as Jackson's token stream into a {@link LocalFileTree} whose keys and
 * values know their lines, then bound onto {@link LocalFileModel} by {@link LocalFileBinder} and
 * given meaning by {@link LocalEvidenceConversion}. Only a syntax error stops the reading early.
 *
 * <p>Safe by construction: only this project's own records are created (no tags naming Java
 * classes are honoured), YAML aliases are refused (no "billion laughs"), and size, nesting depth
 * and string length are bounded.
 */
public final class LocalEvidenceReader {

  /** Files larger than this are refused before parsing. */
  public static final long MAX_BYTES = 2L * 1024 * 1024;
  /**
   * Longest text accepted in any value or key: 2,000 characters, about 300 words or half a page of
   * the brief (the longest in the shipped example is under 150). Jackson's own string-length limit
   * is not applied by its YAML parser (a 1 MB title was read), so the reader counts.
   */
  public static final int MAX_TEXT_CHARS = 2_000;

  private final CouncilDirectory councils;
  private final IndicatorCatalogue indicators;
  private final int latestYear;

  /** A reader accepting figures up to the current year by the system clock. */
  public LocalEvidenceReader(CouncilDirectory councils, IndicatorCatalogue indicators) {
    this(councils, indicators, java.time.Year.now().getValue());
  }

  /**
   * A reader accepting figures for reporting years up to {@code latestYear} (the current year by
   * the caller's clock): figures are as at 30 September of their year, so a later year cannot be
   * real, and a figure for it would pass for the latest.
   */
  public LocalEvidenceReader(CouncilDirectory councils, IndicatorCatalogue indicators, int latestYear) {
    this.councils = councils;
    this.indicators = indicators;
    this.latestYear = latestYear;
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
    checkTextLengths(factory, bytes, name);
    List<Problem> problems = new ArrayList<>();
    LocalFileTree.Parsed tree = parse(factory, bytes, name, problems);
    LocalFileBinder binder = new LocalFileBinder(name, problems);
    LocalFileModel.File model = binder.file(tree.root());
    if (model == null) {
      throw inLineOrder(problems);
    }
    LocalEvidenceConversion conversion =
        new LocalEvidenceConversion(name, tree.lines(), binder.reported(), councils, indicators, latestYear, problems);
    Council found = conversion.council(model.council());
    // An unknown council must not hide the other problems: check the rest as if for a placeholder.
    Council council = found == null ? LocalEvidenceConversion.placeholder() : found;
    LocalEvidence evidence = new LocalEvidence(council,
        conversion.inspections(council, model.inspections()),
        conversion.interventions(council, model.interventions()),
        conversion.workforce(council, model.workforce()),
        conversion.plan(council, model.plan()),
        new SourceRelease(council.name(), "Local evidence file", provenance(model), name,
            Optional.of(council.laCode())),
        model.interventions() != null);
    if (!problems.isEmpty()) {
      throw inLineOrder(problems);
    }
    return evidence;
  }

  /** What the file says of where its facts come from, e.g. "compiled from public reports (example)". */
  private static String provenance(LocalFileModel.File model) {
    return model.provenance() == null || model.provenance().isBlank() ? "user-supplied file"
        : model.provenance().strip();
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
      // a named pipe would wait for a writer and a device can be endless: refused before opening
      try (InputStream in = Inputs.stream(file)) {
        return in.readNBytes((int) MAX_BYTES + 1);
      }
    } catch (IOException e) {
      throw DataFileException.of(Problem.inFile(name, "", String.valueOf(e.getMessage()),
          Expected.aReadableFile()));
    }
  }

  /**
   * Refuses every key or string value longer than {@link #MAX_TEXT_CHARS}, with its line, key path
   * and length, in one pass over the tokens (YAML and JSON alike). Syntax errors are left to
   * {@link #parse}, which reports them.
   */
  private static void checkTextLengths(JsonFactory factory, byte[] bytes, String name) {
    List<Problem> tooLong = new ArrayList<>();
    try (JsonParser parser = factory.createParser(bytes)) {
      parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      for (JsonToken token = parser.nextToken(); token != null && tooLong.size() < 100; token = parser.nextToken()) {
        if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME)
            && parser.getTextLength() > MAX_TEXT_CHARS) {
          tooLong.add(Problem.at(name, parser.currentTokenLocation().getLineNr(), userPath(parser.getParsingContext()),
              parser.getTextLength() + " characters", Expected.ofAtMost("text", MAX_TEXT_CHARS + " characters")));
        }
      }
    } catch (IOException | RuntimeException e) {
      // a syntax error: parse reports it
    }
    if (!tooLong.isEmpty()) {
      throw new DataFileException(tooLong);
    }
  }

  /** A key path as the user writes it, e.g. {@code plan[0].title}. */
  private static String userPath(JsonStreamContext context) {
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + c.getCurrentIndex() + "]");
      } else if (c.getCurrentName() != null) {
        parts.push(c.getCurrentName());
      }
    }
    StringBuilder path = new StringBuilder();
    for (String part : parts) {
      path.append(part.startsWith("[") || path.length() == 0 ? "" : ".").append(part);
    }
    return path.toString();
  }

  /** The file as a tree of keys and values that know their lines; a syntax error ends here. */
  private static LocalFileTree.Parsed parse(JsonFactory factory, byte[] bytes, String name,
      List<Problem> problems) {
    try (JsonParser parser = factory.createParser(bytes)) {
      return LocalFileTree.read(parser, name, problems);
    } catch (JsonProcessingException e) {
      problems.add(syntaxProblem(name, e));
    } catch (IOException | RuntimeException e) {
      problems.add(Problem.inFile(name, "", String.valueOf(e.getMessage()),
          Expected.wellFormed("YAML or JSON within the size, alias and nesting limits")));
    }
    throw inLineOrder(problems);
  }

  private static Problem syntaxProblem(String name, JsonProcessingException e) {
    return Problem.at(name, line(e), "", "",
        Expected.wellFormed((name.toLowerCase(Locale.ROOT).endsWith(".json") ? "JSON" : "YAML")
            + " (" + firstLine(e.getOriginalMessage()) + ")"));
  }

  private static long line(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message;
    int newline = text.indexOf('\n');
    return (newline < 0 ? text : text.substring(0, newline)).trim();
  }
}
