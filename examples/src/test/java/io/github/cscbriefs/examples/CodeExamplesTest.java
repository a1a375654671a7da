package io.github.cscbriefs.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.testkit.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java code example the project shows its users compiles against the current API: the
 * README's and each module README's {@code java} blocks, and every {@code <pre>{@code ...}</pre>}
 * example in the main sources' javadoc. An example that declares a top-level type (a complete
 * program such as the README's {@code SeftonBrief}) is compiled as it is, in a file named after
 * the type, with nothing added: its imports must be its own. Any other example is a fragment and
 * becomes the body of a method of its own class, whose fields give the names the examples take as
 * given (a {@code dataset}, a {@code council}, a {@code clock}, ...); an example's own declarations
 * shadow them. All are compiled in one run of the JDK's javac against the modules' classes.
 */
class CodeExamplesTest {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Pattern MARKDOWN = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern JAVADOC = Pattern.compile("<pre>\\{@code\\n(.*?)\\}</pre>", Pattern.DOTALL);

  /** The names examples use without declaring them. */
  private static final String GIVEN = """
        Dataset dataset;
        Council council;
        Clock clock;
        CouncilProfile profile;
        DocumentInfo info;
        List<Block> coverBlocks;
        List<Section> sections;
        List<Attachment> attachments;
        MetricsSettings settings;
        PriorityRules myRules;
      """;

  private static final String IMPORTS = """
      import io.github.cscbriefs.data.*;
      import io.github.cscbriefs.data.local.*;
      import io.github.cscbriefs.examples.*;
      import io.github.cscbriefs.metrics.*;
      import io.github.cscbriefs.model.*;
      import io.github.cscbriefs.reporting.*;
      import java.io.*;
      import java.nio.file.*;
      import java.time.*;
      import java.util.*;
      """;

  /** A line that starts a top-level type: the example is a complete compilation unit. */
  static final Pattern TOP_LEVEL_TYPE = Pattern.compile(
      "(?m)^(?:public\\s+)?(?:(?:final|abstract|sealed)\\s+)*(?:class|record|interface|enum)\\s+(\\w+)");

  record Example(String where, String code) {

    /** The name of the example's first top-level type, if it declares one. */
    java.util.Optional<String> typeName() {
      Matcher m = TOP_LEVEL_TYPE.matcher(code);
      return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }
  }

  @Test
  void everyCodeExampleCompiles(@TempDir Path dir) throws Exception {
    List<Example> examples = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT, 2)) {
      for (Path md : files.filter(p -> p.getFileName().toString().equals("README.md")).sorted().toList()) {
        examples.addAll(find(md, MARKDOWN, false));
      }
    }
    for (String module : List.of("core-model", "data", "metrics", "reporting", "examples")) {
      try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
        for (Path java : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          examples.addAll(find(java, JAVADOC, true));
        }
      }
    }
    assertTrue(examples.size() >= 8, "examples found: " + examples.stream().map(Example::where).toList());
    assertTrue(examples.stream().anyMatch(e -> e.typeName().isPresent()), "no complete program among the examples");
    List<String> sources = new ArrayList<>();
    java.util.Map<String, Example> byFile = new java.util.HashMap<>();
    for (int i = 0; i < examples.size(); i++) {
      Example example = examples.get(i);
      String name = example.typeName().orElse("Example" + i);
      Example earlier = byFile.put(name + ".java", example);
      assertTrue(earlier == null, () -> name + " is declared by two examples: " + earlier.where() + " and " + example.where());
      Path source = dir.resolve(name + ".java");
      Files.writeString(source, example.typeName().isPresent() ? example.code() : unit(name, example));
      sources.add(source.toString());
    }
    List<String> command = new ArrayList<>(List.of(javac(), "-proc:none", "-nowarn", "-d",
        dir.resolve("classes").toString(), "-cp", ChildJvm.classPath(CodeExamplesTest.class)));
    command.addAll(sources);
    Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(javac.waitFor(120, TimeUnit.SECONDS), "javac did not finish");
    assertEquals(0, javac.exitValue(), () -> explain(output, byFile));
  }

  /** The examples in a file, each named by its file and line. */
  static List<Example> find(Path file, Pattern pattern, boolean javadoc) throws IOException {
    String text = Files.readString(file);
    List<Example> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
      String code = m.group(1);
      if (javadoc) {
        code = code.replaceAll("(?m)^\\s*\\* ?", "").replace("&lt;", "<").replace("&gt;", ">")
            .replace("&amp;", "&").replace("{@literal @}", "@");
      }
      found.add(new Example(ROOT.relativize(file) + ":" + line, code));
    }
    return found;
  }

  /** A compilation unit whose method's body is the example; its import lines go to the top. */
  private static String unit(String name, Example example) {
    StringBuilder imports = new StringBuilder(IMPORTS);
    StringBuilder body = new StringBuilder();
    for (String line : example.code().split("\n", -1)) {
      if (line.startsWith("import ")) {
        imports.append(line).append('\n');
      } else {
        body.append(line).append('\n');
      }
    }
    return "// " + example.where() + "\n" + imports + "\nclass " + name + " {\n" + GIVEN
        + "  void run() throws Exception {\n" + body + "  }\n}\n";
  }

  private static String explain(String output, java.util.Map<String, Example> byFile) {
    StringBuilder text = new StringBuilder("a code example does not compile:\n");
    Matcher m = Pattern.compile("(\\w+\\.java)").matcher(output);
    List<String> named = new ArrayList<>();
    while (m.find()) {
      Example example = byFile.get(m.group(1));
      if (example != null && !named.contains(example.where())) {
        named.add(example.where());
      }
    }
    return text.append("examples: ").append(named).append('\n').append(output).toString();
  }

  static String javac() {
    return Path.of(System.getProperty("java.home"), "bin", "javac").toString();
  }
}
