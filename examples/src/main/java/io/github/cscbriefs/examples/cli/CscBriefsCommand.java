package io.github.cscbriefs.examples.cli;

import io.github.cscbriefs.data.DataFileException;
import io.github.cscbriefs.model.ModelViolationException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code csc-briefs}: accessible PDF improvement briefs on councils' children's social care. With
 * no command it writes the briefs of the three acceptance-story councils into {@code ./briefs/}.
 *
 * <p>Exit codes: 0 all done; 1 some council or input failed; 2 usage error.
 */
@Command(name = "csc-briefs", mixinStandardHelpOptions = true, versionProvider = CscBriefsCommand.Version.class,
    description = {
        "Accessible PDF and HTML improvement briefs on English councils' children's social care,",
        "from the official DfE, Ofsted and ONS data bundled with it.",
        "",
        "Without a command, writes the briefs for North East Lincolnshire, Sefton and",
        "North Northamptonshire into ./briefs/."},
    subcommands = {BriefCommand.class, MetricsCommand.class, ListCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all done", "1:some council or input failed", "2:usage error"})
public final class CscBriefsCommand implements Callable<Integer> {

  /** The councils of the default run: the project's acceptance stories. */
  static final List<String> DEFAULT_COUNCILS =
      List.of("North East Lincolnshire", "Sefton", "North Northamptonshire");

  /**
   * The local evidence file the default run uses, relative to the project's folder: the one the
   * {@code csc-briefs} launcher names in the {@value #HOME_PROPERTY} property, or else the working
   * directory.
   */
  static final String DEFAULT_LOCAL_FILE = "examples/local/north-east-lincolnshire.yaml";

  /** The system property in which the launcher names the project's folder. */
  static final String HOME_PROPERTY = "csc.briefs.home";

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces with errors.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    // Hibernate Validator logs through JBoss Logging; route it to SLF4J so it obeys our levels.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    if (java.util.Arrays.asList(args).contains("--debug")) {
      // The command's own debug lines; libraries stay at WARN (simplelogger.properties).
      System.setProperty("org.slf4j.simpleLogger.log.io.github.cscbriefs", "debug");
    }
    System.exit(execute(StandardOutput.system(), new PrintWriter(System.err, true), args));
  }

  /** Runs the command with the given output streams and returns the exit code. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new CscBriefsCommand());
    // Commands print to a writer whose close() only flushes, so that a command closing its output
    // (a CSV printer does) neither closes the caller's stream nor hides its write errors.
    commandLine.setOut(new PrintWriter(new java.io.FilterWriter(out) {
      @Override
      public void close() throws java.io.IOException {
        flush();
      }
    }, true));
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler((e, a) -> {
      err.println(Errors.oneLine("csc-briefs: " + e.getMessage()));
      err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return CommandLine.ExitCode.USAGE;
    });
    commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
      boolean debug = parsed.matchedOption("--debug") != null
          || parsed.subcommands().stream().anyMatch(p -> p.matchedOption("--debug") != null);
      reportFailure(err, e, debug);
      return e instanceof UsageProblem ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
    });
    int code;
    try {
      code = commandLine.execute(args);
    } catch (Error e) { // picocli hands on errors (ExceptionInInitializerError, OutOfMemoryError) unreported
      reportFailure(err, e, java.util.Arrays.asList(args).contains("--debug"));
      code = CommandLine.ExitCode.SOFTWARE;
    }
    // PrintWriter swallows write errors (a full disk, a closed pipe): without this check a run whose
    // output was lost would still exit 0.
    if (out.checkError()) {
      StandardOutput known = out instanceof StandardOutput s ? s : null;
      if (known == null || !known.readerClosed()) { // a reader that stopped reading (| head) needs no message
        err.println(Errors.oneLine("csc-briefs: could not write to standard output "
            + (known == null || known.failure() == null ? "(is the disk full, or was the reader closed?)"
                : "(" + known.failure() + ")") + "; the output is incomplete"));
        err.flush();
      }
      return code == 0 ? CommandLine.ExitCode.SOFTWARE : code;
    }
    return code;
  }

  /** One clear line per problem; a stack trace only with {@code --debug}. */
  static void reportFailure(PrintWriter err, Throwable e, boolean debug) {
    if (e instanceof DataFileException data) {
      data.problems().forEach(p -> err.println("csc-briefs: " + Errors.problem(p)));
    } else if (e instanceof ModelViolationException model) {
      model.violations().forEach(v -> err.println("csc-briefs: " + Errors.oneLine(model.type() + ": "
          + Errors.problem(v))));
    } else {
      err.println(Errors.oneLine("csc-briefs: " + Errors.describe(e)));
    }
    if (debug) {
      printStackTrace(err, e);
    }
    err.flush();
  }

  /**
   * A stack trace whose messages are each one line with control characters visible, like every
   * other error line (a value in a message must not forge lines or send escape codes with --debug).
   */
  static void printStackTrace(PrintWriter err, Throwable e) {
    String prefix = "";
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      err.println(prefix + Errors.oneLine(t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage())));
      for (StackTraceElement frame : t.getStackTrace()) {
        err.println("\tat " + frame);
      }
      prefix = "Caused by: ";
    }
  }

  @Override
  public Integer call() throws Exception {
    BriefCommand defaultRun = new BriefCommand();
    defaultRun.spec = spec;
    defaultRun.selection.councils.addAll(DEFAULT_COUNCILS);
    Path local = Path.of(System.getProperty(HOME_PROPERTY, "")).resolve(DEFAULT_LOCAL_FILE);
    if (Files.isRegularFile(local)) {
      defaultRun.data.local.add(local);
    } else {
      spec.commandLine().getErr().println(Errors.oneLine("csc-briefs: no local evidence file at " + local
          + "; North East Lincolnshire's brief uses the official data only"));
    }
    return defaultRun.call();
  }

  /** A usage problem found after parsing (e.g. an unknown council): exit code 2. */
  static final class UsageProblem extends RuntimeException {
    UsageProblem(String message) {
      super(message);
    }
  }

  /**
   * The version from the jar's manifest, or else from {@code version.properties}, which Maven fills
   * in from the pom when it builds the classes (so a run from the class path knows it too).
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"csc-briefs " + version()};
    }

    static String version() {
      String manifest = CscBriefsCommand.class.getPackage().getImplementationVersion();
      if (manifest != null) {
        return manifest;
      }
      try (java.io.InputStream in = CscBriefsCommand.class.getResourceAsStream("version.properties")) {
        java.util.Properties properties = new java.util.Properties();
        if (in != null) {
          properties.load(in);
        }
        String filtered = properties.getProperty("version", "");
        return filtered.isEmpty() || filtered.contains("${") ? "(version unknown: built without Maven)" : filtered;
      } catch (java.io.IOException e) {
        return "(version unknown: " + Errors.describe(e) + ")";
      }
    }
  }
}
