package io.github.cscbriefs.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.testkit.ChildJvm;
import java.io.File;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The README's "Use it as a library" section is a project a developer can copy: a complete {@code
 * pom.xml} (well-formed, naming the published artifacts at this version, compiling for Java 17 with
 * a pinned compiler plugin, since Maven 3.8's default one cannot) and a complete program, which
 * compiles as it is against the modules' classes (without the examples module's) and runs. Maven
 * itself is not run: it would need the network and minutes.
 */
class ReadmeLibraryExampleTest {

  private static final String POM_NS = "http://maven.apache.org/POM/4.0.0";
  private static final Pattern XML = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL);

  private static String section;

  @BeforeAll
  static void read() throws Exception {
    String readme = Files.readString(CodeExamplesTest.ROOT.resolve("README.md"));
    int start = readme.indexOf("## Use it as a library");
    assertTrue(start >= 0, "README has no 'Use it as a library' section");
    int end = readme.indexOf("\n## ", start + 1);
    section = readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static String pomText() {
    Matcher m = XML.matcher(section);
    while (m.find()) {
      if (m.group(1).contains("<project")) {
        return m.group(1);
      }
    }
    throw new AssertionError("the library section shows no complete pom.xml (an xml block with <project>)");
  }

  private static Document pom() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(pomText())));
  }

  private static CodeExamplesTest.Example program() {
    Matcher m = CodeExamplesTest.MARKDOWN.matcher(section);
    while (m.find()) {
      CodeExamplesTest.Example example = new CodeExamplesTest.Example("README.md", m.group(1));
      if (example.typeName().isPresent()) {
        return example;
      }
    }
    throw new AssertionError("the library section shows no complete Java program");
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e && POM_NS.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }

  private static Element child(Element parent, String path) {
    Element at = parent;
    for (String name : path.split("/")) {
      List<Element> found = children(at, name);
      assertEquals(1, found.size(), "one <" + name + "> in <" + at.getLocalName() + ">");
      at = found.get(0);
    }
    return at;
  }

  private static String text(Element parent, String path) {
    return child(parent, path).getTextContent().trim();
  }

  /** This project's version, from the parent pom. */
  private static String projectVersion() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document parent = factory.newDocumentBuilder().parse(CodeExamplesTest.ROOT.resolve("pom.xml").toFile());
    return text(parent.getDocumentElement(), "version");
  }

  @Test
  void thePomIsCompleteAndNamesThePublishedArtifactsAndJava17() throws Exception {
    Element project = pom().getDocumentElement();
    assertEquals("project", project.getLocalName());
    assertEquals(POM_NS, project.getNamespaceURI());
    assertEquals("4.0.0", text(project, "modelVersion"));
    for (String coordinate : List.of("groupId", "artifactId", "version")) {
      assertFalse(text(project, coordinate).isEmpty(), coordinate);
    }
    assertEquals("17", text(project, "properties/maven.compiler.release"));
    assertEquals("UTF-8", text(project, "properties/project.build.sourceEncoding"));

    String version = projectVersion();
    List<String> dependencies = children(child(project, "dependencies"), "dependency").stream()
        .map(d -> text(d, "groupId") + ":" + text(d, "artifactId") + ":" + text(d, "version")).toList();
    assertEquals(List.of("io.github.cscbriefs:csc-briefs-reporting:" + version,
        "io.github.cscbriefs:csc-briefs-data:" + version), dependencies);

    List<Element> plugins = children(child(project, "build/plugins"), "plugin");
    for (Element plugin : plugins) {
      assertFalse(text(plugin, "version").isEmpty(), "every plugin's version is pinned: " + text(plugin, "artifactId"));
    }
    Element compiler = plugins.stream().filter(p -> text(p, "artifactId").equals("maven-compiler-plugin"))
        .findFirst().orElseThrow(() -> new AssertionError("the pom pins no maven-compiler-plugin"));
    assertEquals("org.apache.maven.plugins", text(compiler, "groupId"));
    int[] v = Arrays.stream(text(compiler, "version").split("\\.")).mapToInt(Integer::parseInt).toArray();
    assertTrue(v[0] > 3 || v[0] == 3 && v[1] >= 6, "maven-compiler-plugin 3.6+ knows <release>: " + text(compiler, "version"));
    Element exec = plugins.stream().filter(p -> text(p, "artifactId").equals("exec-maven-plugin"))
        .findFirst().orElseThrow();
    assertEquals(program().typeName().orElseThrow(), text(exec, "configuration/mainClass"));
  }

  @Test
  void theProgramIsACompleteClassWithAMainMethod() {
    String code = program().code();
    assertEquals("SeftonBrief", program().typeName().orElseThrow());
    assertTrue(code.contains("public class SeftonBrief {"), code);
    assertTrue(code.contains("public static void main(String[] args) throws Exception {"), code);
    assertFalse(code.contains("package "), "the program is in src/main/java itself, in no package");
    assertTrue(section.contains("src/main/java/SeftonBrief.java"), "the section says where the program goes");
    assertTrue(code.contains("BriefOptions.from(dataset, profile)"), "the council is not given twice");
  }

  @Test
  void theProgramCompilesAsItIsAndWritesTheBrief(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("src/SeftonBrief.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, program().code());
    Path classes = dir.resolve("classes");
    // The library's modules and their libraries; not the examples module, which the pom does not name.
    String classPath = Arrays.stream(ChildJvm.classPath(ReadmeLibraryExampleTest.class).split(File.pathSeparator))
        .filter(entry -> !entry.contains("examples" + File.separator + "target"))
        .collect(Collectors.joining(File.pathSeparator));
    run(dir, CodeExamplesTest.javac(), "--release", "17", "-proc:none",
        "-d", classes.toString(), "-cp", classPath, source.toString());

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String output = run(dir, java, "-Djava.awt.headless=true", "-cp", classes + File.pathSeparator + classPath,
        "SeftonBrief");
    assertTrue(output.contains("against England's"), output);
    assertTrue(output.matches("(?s).*rank \\d+ of \\d+, band [A-D].*"), output);
    byte[] pdf = Files.readAllBytes(dir.resolve("sefton.pdf"));
    assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
  }

  private static String run(Path dir, String... command) throws Exception {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(180, TimeUnit.SECONDS), "did not finish: " + command[0]);
    assertEquals(0, process.exitValue(), () -> String.join(" ", command).replace(File.pathSeparator, " ").substring(0,
        Math.min(200, String.join(" ", command).length())) + "\n" + output);
    return output;
  }
}
