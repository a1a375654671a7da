package io.github.cscbriefs.testkit;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a test needs to start a program of its own in a new JVM, or to compile against the build. */
public final class ChildJvm {

  private ChildJvm() {}

  /**
   * A class path on which a child JVM (or javac) finds {@code testClass}'s folder of test classes,
   * the modules' main classes and every library. When surefire runs tests in a named module, the
   * main classes and the modules they read are on {@code jdk.module.path} and the test classes are
   * patched into the module, so {@code java.class.path} alone holds neither.
   */
  public static String classPath(Class<?> testClass) {
    String resource = testClass.getName().replace('.', '/') + ".class";
    Path root;
    try {
      root = Path.of(testClass.getResource("/" + resource).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the class file of " + testClass.getName(), e);
    }
    for (int i = 0; i < resource.split("/").length; i++) {
      root = root.getParent();
    }
    List<String> entries = new ArrayList<>(List.of(root.toString()));
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String path = System.getProperty(property);
      if (path != null && !path.isEmpty()) {
        entries.add(path);
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
