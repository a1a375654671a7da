package io.github.cscbriefs.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The exit code and both streams of one run of the command, in this JVM.
 *
 * @param exitCode what the command returned
 * @param out what it wrote to standard output
 * @param err what it wrote to standard error
 */
record CommandRun(int exitCode, String out, String err) {

  /** Runs {@code csc-briefs} with {@code args}. */
  static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CscBriefsCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CommandRun(code, out.toString(), err.toString());
  }
}
