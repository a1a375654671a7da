package io.github.cscbriefs.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Standard output that remembers why a write failed. A {@link PrintWriter} (like {@code
 * System.out}) swallows write errors; this one keeps the first, so that the command can say what
 * happened ("No space left on device") and tell a reader that stopped reading ({@code | head}) from
 * lost output.
 */
final class StandardOutput extends PrintWriter {

  private final Recording stream;

  private StandardOutput(Recording stream) {
    super(new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, Charset.defaultCharset())), true);
    this.stream = stream;
  }

  /** The process's standard output. */
  static StandardOutput system() {
    return over(new FileOutputStream(FileDescriptor.out));
  }

  static StandardOutput over(OutputStream out) {
    return new StandardOutput(new Recording(out));
  }

  /** Why the first failed write failed, or null. */
  String failure() {
    return stream.failure == null ? null : String.valueOf(stream.failure.getMessage());
  }

  /** Whether the reader went away (a closed pipe) rather than the output being lost. */
  boolean readerClosed() {
    String failure = failure();
    return failure != null && failure.toLowerCase(java.util.Locale.ROOT).contains("broken pipe");
  }

  private static final class Recording extends FilterOutputStream {
    private IOException failure;

    Recording(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        remember(e);
        throw e;
      }
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        remember(e);
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        remember(e);
        throw e;
      }
    }

    private void remember(IOException e) {
      if (failure == null) {
        failure = e;
      }
    }
  }
}
