package io.github.cscbriefs.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
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
 * example in the main sources' javadoc. Each example becomes the body of a method of its own
 * class, whose fields give the names the examples take as given (a {@code dataset}, a {@code
 * council}, a {@code clock}, ...); an example's own declarations shadow them. All are compiled in
 * one run of the JDK's javac against the modules' classes.
 */
class CodeExamplesTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern MARKDOWN = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
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
      import io.github.cscbriefs.metrics.*;
      import io.github.cscbriefs.model.*;
      import io.github.cscbriefs.reporting.*;
      import java.io.*;
      import java.nio.file.*;
      import java.time.*;
      import java.util.*;
      """;

  private record Example(String where, String code) {
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
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      Path source = dir.resolve("Example" + i + ".java");
      Files.writeString(source, unit("Example" + i, examples.get(i)));
      sources.add(source.toString());
    }
    List<String> command = new ArrayList<>(List.of(javac(), "-proc:none", "-nowarn", "-d",
        dir.resolve("classes").toString(), "-cp", classPath()));
    command.addAll(sources);
    Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(javac.waitFor(120, TimeUnit.SECONDS), "javac did not finish");
    assertEquals(0, javac.exitValue(), () -> explain(output, examples));
  }

  /** The examples in a file, each named by its file and line. */
  private static List<Example> find(Path file, Pattern pattern, boolean javadoc) throws IOException {
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

  private static String explain(String output, List<Example> examples) {
    StringBuilder text = new StringBuilder("a code example does not compile:\n");
    Matcher m = Pattern.compile("Example(\\d+)\\.java").matcher(output);
    List<String> named = new ArrayList<>();
    while (m.find()) {
      String where = examples.get(Integer.parseInt(m.group(1))).where();
      if (!named.contains(where)) {
        named.add(where);
      }
    }
    return text.append("examples: ").append(named).append('\n').append(output).toString();
  }

  private static String javac() {
    return Path.of(System.getProperty("java.home"), "bin", "javac").toString();
  }

  /** The modules' classes and libraries, on the module path when surefire runs the tests in the module. */
  private static String classPath() {
    List<String> entries = new ArrayList<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String path = System.getProperty(property);
      if (path != null && !path.isEmpty()) {
        entries.add(path);
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
