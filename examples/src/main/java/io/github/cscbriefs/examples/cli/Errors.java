package io.github.cscbriefs.examples.cli;

import io.github.cscbriefs.model.problem.Problem;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Error lines a person can act on: a sentence for every failure (never a bare exception name), and
 * always exactly one line, whatever the values in it hold. Control characters in a value are shown
 * as escapes ({@code \n}, {@code \u001b}), so a value can neither forge a second line nor send
 * escape codes to the terminal, and long values and lines are cut to a readable length.
 */
final class Errors {

  /** The most characters of a value shown in an error line. */
  static final int MAX_VALUE = 80;

  /** The most characters of an error line. */
  static final int MAX_LINE = 400;

  private Errors() {}

  /** {@code line} as one line of at most about {@link #MAX_LINE} characters, control characters made visible. */
  static String oneLine(String line) {
    String visible = visible(line);
    if (visible.length() <= MAX_LINE) {
      return visible;
    }
    int end = Character.isHighSurrogate(visible.charAt(MAX_LINE - 1)) ? MAX_LINE - 1 : MAX_LINE;
    return visible.substring(0, end) + "… (" + (visible.length() - end) + " more characters)";
  }

  /** Control, line-separating and text-direction characters as Java-style escapes. */
  static String visible(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
              || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** A problem's line with its value cut to {@link #MAX_VALUE} characters, saying how long it was. */
  static String problem(Problem p) {
    String value = p.value();
    if (value.length() <= MAX_VALUE) {
      return oneLine(p.toString());
    }
    String shortened = value.substring(0, MAX_VALUE) + "…";
    String line = new Problem(p.where(), shortened, p.expected()).toString()
        .replace("'" + shortened + "'", "'" + shortened + "' (" + value.length() + " characters)");
    return oneLine(line);
  }

  /** The temporary folder, when it does not exist: fonts and charts cannot be made without it. */
  static Optional<String> missingTempFolder() {
    String temp = System.getProperty("java.io.tmpdir", "");
    if (!temp.isEmpty() && Files.isDirectory(Path.of(temp))) {
      return Optional.empty();
    }
    return Optional.of("the temporary folder " + temp + " does not exist; create it, or name another with "
        + "CSC_BRIEFS_JAVA_OPTS=-Djava.io.tmpdir=FOLDER");
  }

  /** What went wrong, as a sentence. */
  static String describe(Throwable t) {
    if (t instanceof ExceptionInInitializerError || t instanceof NoClassDefFoundError) {
      Optional<String> temp = missingTempFolder();
      if (temp.isPresent()) {
        return temp.get();
      }
    }
    if (t instanceof ExceptionInInitializerError && t.getCause() != null) {
      return describe(t.getCause());
    }
    if (t instanceof NoClassDefFoundError && String.valueOf(t.getMessage()).startsWith("Could not initialize")) {
      return "a part of the program failed to start earlier in this run (see the first error; --debug shows why)";
    }
    if ((t instanceof java.util.concurrent.ExecutionException || t instanceof java.io.UncheckedIOException
        || t instanceof java.lang.reflect.InvocationTargetException) && t.getCause() != null) {
      return describe(t.getCause());
    }
    if (t instanceof FileSystemException f) {
      String file = f.getFile() == null ? "a file" : f.getFile();
      if (t instanceof NoSuchFileException) {
        return "no such file or folder: " + file;
      }
      if (t instanceof FileAlreadyExistsException) {
        return file + " already exists";
      }
      if (t instanceof AccessDeniedException) {
        return "permission denied: " + file;
      }
      if (t instanceof NotDirectoryException) {
        return file + " is not a folder";
      }
      if (t instanceof DirectoryNotEmptyException) {
        return file + " is a folder that is not empty";
      }
      return file + (f.getOtherFile() == null ? "" : " or " + f.getOtherFile()) + ": "
          + (f.getReason() == null ? "the file system refused (--debug shows why)" : f.getReason());
    }
    if (t instanceof OutOfMemoryError) {
      return "out of memory; give Java more with CSC_BRIEFS_JAVA_OPTS=-Xmx2g, or make fewer briefs at once";
    }
    if (t.getMessage() != null && !t.getMessage().isBlank()) {
      return t.getMessage();
    }
    if (t.getCause() != null) {
      return describe(t.getCause());
    }
    return "an unexpected internal error; run again with --debug to see where it happened, and please report it";
  }
}
