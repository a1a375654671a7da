package io.github.cscbriefs.data.internal;

import io.github.cscbriefs.data.DataFileException;
import io.github.cscbriefs.data.ReadLimits;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens files and bundled resources, turning I/O failures into {@link DataFileException}s. */
public final class Inputs {

  /** Where the bundled official files live on the class path. */
  public static final String OFFICIAL = "/io/github/cscbriefs/data/official/";

  private Inputs() {}

  /**
   * A reader of a user's text file within the default size limit, its encoding found as {@link
   * TextFiles} describes.
   */
  public static Reader reader(Path file) {
    return TextFiles.open(file, ReadLimits.DEFAULT_MAX_BYTES);
  }

  /** A stream of a regular file (a folder, a named pipe, a device or a socket is refused before opening). */
  public static InputStream stream(Path file) {
    if (Files.isDirectory(file)) {
      throw DataFileException.of(Problem.inFile(file.toString(), "", "", "a file; this is a folder"));
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // opening a named pipe waits for a writer, and a device can be endless: refuse before opening
      throw DataFileException.of(Problem.inFile(file.toString(), "", "a named pipe or other special file",
          "a regular file (a named pipe, device or socket is refused, not waited on)"));
    }
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw DataFileException.of(Problem.inFile(file.toString(), "", "", "an existing file; there is none here"));
    } catch (AccessDeniedException e) {
      throw DataFileException.of(Problem.inFile(file.toString(), "", "", "a file this user may read; access is denied"));
    } catch (IOException e) {
      throw DataFileException.of(Problem.inFile(file.toString(), "", "",
          Expected.aReadableFile(e.getClass().getSimpleName() + ": " + e.getMessage())));
    }
  }

  /** A bundled resource, by its path below {@link #OFFICIAL} (or absolute, starting with '/'). */
  public static InputStream resource(String path) {
    String absolute = path.startsWith("/") ? path : OFFICIAL + path;
    InputStream in = Inputs.class.getResourceAsStream(absolute);
    if (in == null) {
      throw DataFileException.of(Problem.inFile(absolute, "", "", "a bundled resource on the class path"));
    }
    return in;
  }

  /** A UTF-8 reader of a bundled resource. */
  public static Reader resourceReader(String path) {
    return new InputStreamReader(resource(path), StandardCharsets.UTF_8);
  }

  /** The last part of a path or resource name. */
  public static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }
}
