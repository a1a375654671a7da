package io.github.cscbriefs.examples.cli;

import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.reporting.AccessiblePdf;
import io.github.cscbriefs.reporting.BriefDocument;
import io.github.cscbriefs.reporting.BriefIndex;
import io.github.cscbriefs.reporting.BriefOptions;
import io.github.cscbriefs.reporting.BriefRenderer;
import io.github.cscbriefs.reporting.html.HtmlBrief;
import io.github.cscbriefs.reporting.html.HtmlIndex;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code csc-briefs brief}: writes one brief per council selected, as PDF and as an HTML page with
 * the same file name stem (either alone with {@code --format}), in parallel on every core. A region
 * or all councils also get {@code index.html} and {@code index.csv}. One council's failure never
 * stops the others; each failure is reported and the exit code is 1.
 */
@Command(name = "brief", mixinStandardHelpOptions = true,
    description = "Write accessible improvement briefs: PDF (PDF/UA-1, PDF/A-3a) and an HTML page.")
final class BriefCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(BriefCommand.class);

  @Mixin CouncilSelection selection = new CouncilSelection();

  @Option(names = "--year", paramLabel = "YYYY", split = ",",
      description = "Workforce reporting year (as at 30 September); repeat it or list years (2021,2025) for one "
          + "brief per year. Default: the latest in the data. The year is part of each file's name "
          + "(sefton-2025.pdf), so briefs of different years never replace each other.")
  List<Integer> years = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "briefs",
      description = "Folder for the PDFs (created if needed). Default: ${DEFAULT-VALUE}")
  Path out;

  @Option(names = "--format", paramLabel = "pdf|html|both", defaultValue = "both",
      converter = BriefFormat.Converter.class, completionCandidates = BriefFormat.Candidates.class,
      description = "Which editions to write: pdf, html or both (same name, e.g. sefton-2025.pdf and "
          + "sefton-2025.html). Default: ${DEFAULT-VALUE}. --region and --all also write index.html "
          + "and index.csv.")
  BriefFormat format = BriefFormat.BOTH;

  @Mixin DataOptions data = new DataOptions();

  @Spec CommandSpec spec;

  /** One brief to write: a council's, for a reporting year. */
  record Job(Council council, int year) {}

  /** What happened to one council's brief: the files written (PDF first), or why it failed. */
  record Outcome(Job job, List<Path> files, String failure) {
    Council council() {
      return job.council();
    }

    boolean ok() {
      return failure == null;
    }
  }

  @Override
  public Integer call() throws Exception {
    if (out == null) {
      out = Path.of("briefs");
    }
    requireFolder(out);
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Dataset dataset = data.load();
    List<Council> councils = selection.resolve(dataset.councils());
    Errors.missingTempFolder().ifPresent(message -> {
      throw new IllegalStateException(message);
    });
    int removed = OutputFiles.removeUnfinished(out);
    if (removed > 0) {
      LOG.debug("removed {} unfinished file(s) left in {} by an interrupted run", removed, out);
    }
    BriefProfiles profiles = BriefProfiles.of(dataset);
    List<Integer> reportingYears = Years.reportingYears(dataset, profiles, years, err);
    CouncilSelection.requireExisting(dataset, councils, reportingYears);
    data.requireLocalFilesFor(dataset, councils, selection.asked(councils));
    List<Job> jobs = new ArrayList<>();
    for (Council council : councils) {
      reportingYears.forEach(y -> jobs.add(new Job(council, y)));
    }
    BriefRenderer renderer = BriefRenderer.withClock(data.clock);
    AccessiblePdf pdf = AccessiblePdf.withClock(data.clock);
    boolean interactive = System.console() != null;
    List<Outcome> outcomes = writeAll(jobs,
        job -> render(profiles, pdf, renderer, dataset, job.council(), job.year()), interactive ? err : null);
    List<Path> index = selection.region != null || selection.all ? writeIndex(profiles, outcomes) : List.of();
    report(outcomes, reportingYears.size() > 1, stdout, err);
    index.forEach(f -> stdout.println(f.toAbsolutePath().normalize()));
    stdout.flush();
    return outcomes.stream().allMatch(Outcome::ok) ? 0 : 1;
  }

  /**
   * Lays out the council's brief in memory (the CPU's work) and returns how to store its files (the
   * disk's), which {@link #writeAll} runs apart so that a core never waits for a file to reach disk.
   */
  private Stored render(BriefProfiles profiles, AccessiblePdf pdf, BriefRenderer renderer, Dataset dataset,
      Council council, int reportingYear) {
    CouncilProfile profile = profiles.profile(council, reportingYear);
    // One document for both editions: the same words, laid out twice.
    BriefDocument document = renderer.compose(profile, BriefOptions.from(dataset, council));
    List<String> names = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    if (format.pdf()) {
      names.add(OutputFiles.safeName(council.name(), reportingYear, "pdf"));
      contents.add(pdf.render(document));
    }
    if (format.html()) {
      names.add(OutputFiles.safeName(council.name(), reportingYear, "html"));
      contents.add(HtmlBrief.utf8(document));
    }
    return () -> {
      List<Path> files = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        files.add(write(names.get(i), contents.get(i)));
      }
      return files;
    };
  }

  private Path write(String name, byte[] content) throws java.io.IOException {
    Path file = out.resolve(name);
    try {
      OutputFiles.writeAtomically(file, stream -> stream.write(content));
    } catch (java.nio.file.FileSystemException e) {
      throw new java.io.IOException("cannot write " + file + ": "
          + (e.getReason() == null ? Errors.describe(e) : e.getReason()), e);
    }
    LOG.debug("wrote {} ({} bytes)", file, content.length);
    return file;
  }

  /**
   * Writes {@code index.html} and {@code index.csv} beside the briefs: one row per brief written,
   * composed by reporting from the same profiles. A failed index is reported as a failure.
   */
  private List<Path> writeIndex(BriefProfiles profiles, List<Outcome> outcomes) throws java.io.IOException {
    List<BriefIndex.Entry> entries = new ArrayList<>();
    for (Outcome o : outcomes) {
      if (o.ok()) {
        entries.add(new BriefIndex.Entry(profiles.profile(o.council(), o.job().year()),
            named(o.files(), ".pdf"), named(o.files(), ".html")));
      }
    }
    BriefIndex index = BriefIndex.of(entries);
    return List.of(write("index.html", HtmlIndex.html(index).getBytes(StandardCharsets.UTF_8)),
        write("index.csv", index.csv()));
  }

  private static Optional<String> named(List<Path> files, String extension) {
    return files.stream().map(f -> f.getFileName().toString()).filter(n -> n.endsWith(extension)).findFirst();
  }

  /** Makes one job's brief in memory, and says how to store it. */
  @FunctionalInterface
  interface BriefWriter {
    Stored write(Job job) throws Exception;
  }

  /** A brief made in memory, not yet stored: storing writes its files and returns them. */
  @FunctionalInterface
  interface Stored {
    List<Path> store() throws Exception;
  }

  /**
   * Makes every brief on a pool as wide as the machine and stores them on one thread of their own,
   * in the order they are made, so that a core never waits for a file to reach disk. At most two
   * briefs per core wait to be stored at a time, which bounds the memory they hold. With a {@code
   * progress} stream (a terminal) and more than one brief, shows a progress bar there, counting the
   * briefs stored.
   */
  static List<Outcome> writeAll(List<Job> jobs, BriefWriter writer, PrintWriter progress)
      throws InterruptedException {
    int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ExecutorService disk = Executors.newSingleThreadExecutor();
    Semaphore unstored = new Semaphore(2 * threads);
    try (ProgressBar bar = jobs.size() > 1 && progress != null ? progressBar(jobs.size(), progress) : null) {
      Runnable done = () -> {
        unstored.release();
        if (bar != null) {
          bar.step();
        }
      };
      // each job's brief is made on the pool, which hands it to the disk and goes on to the next job
      List<Future<Future<List<Path>>>> futures = new ArrayList<>();
      for (Job job : jobs) {
        futures.add(pool.submit(() -> {
          unstored.acquire();
          Stored made;
          try {
            made = writer.write(job);
          } catch (Exception | Error e) {
            done.run();
            throw e;
          }
          return disk.submit(() -> {
            try {
              return made.store();
            } finally {
              done.run();
            }
          });
        }));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (int i = 0; i < jobs.size(); i++) {
        try {
          outcomes.add(new Outcome(jobs.get(i), futures.get(i).get().get(), null));
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          LOG.debug("brief for {} {} failed", jobs.get(i).council().name(), jobs.get(i).year(), cause);
          outcomes.add(new Outcome(jobs.get(i), List.of(), Errors.describe(cause)));
        }
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
      disk.shutdownNow();
    }
  }

  private static ProgressBar progressBar(int total, PrintWriter err) {
    return new ProgressBarBuilder().setTaskName("Briefs").setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate()
        .setConsumer(new DelegatingProgressBarConsumer(line -> {
          err.print("\r" + line);
          err.flush();
        }, 72))
        .clearDisplayOnFinish().build();
  }

  private static void report(List<Outcome> outcomes, boolean severalYears, PrintWriter stdout, PrintWriter err) {
    long written = outcomes.stream().filter(Outcome::ok).count();
    long failed = outcomes.size() - written;
    outcomes.stream().filter(o -> !o.ok()).forEach(o -> err.println(Errors.oneLine("csc-briefs: "
        + o.council().name() + (severalYears ? " " + o.job().year() : "") + ": " + o.failure())));
    if (outcomes.size() <= 10) {
      outcomes.stream().filter(Outcome::ok).flatMap(o -> o.files().stream())
          .forEach(f -> stdout.println(f.toAbsolutePath().normalize()));
    }
    Path folder = outcomes.stream().filter(Outcome::ok).flatMap(o -> o.files().stream()).findFirst()
        .map(f -> f.toAbsolutePath().normalize().getParent()).orElse(null);
    stdout.println("Wrote " + written + " brief" + (written == 1 ? "" : "s")
        + (folder == null ? "" : " to " + folder) + (failed == 0 ? "." : "; " + failed + " failed (see above)."));
    stdout.flush();
    err.flush();
  }

  /**
   * Refuses an {@code --out} that cannot be a folder: empty, or naming a file (or a path below one)
   * — a usage error, before any data is read.
   */
  static void requireFolder(Path out) {
    if (out.toString().isBlank()) {
      throw new CscBriefsCommand.UsageProblem("--out needs a folder's name, e.g. --out briefs");
    }
    Path existing = out.toAbsolutePath().normalize();
    while (existing != null && !java.nio.file.Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null && !java.nio.file.Files.isDirectory(existing)) {
      throw new CscBriefsCommand.UsageProblem("--out must be a folder, but " + existing + " is a file");
    }
  }
}
