package io.github.cscbriefs.reporting.html;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.data.local.LocalEvidenceReader;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.reporting.BriefDocument;
import io.github.cscbriefs.reporting.BriefIndex;
import io.github.cscbriefs.reporting.BriefOptions;
import io.github.cscbriefs.reporting.BriefRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTML editions the tests look at, of real councils from the bundled data, each composed once
 * and kept in target/html for looking at: the three stories (North East Lincolnshire 2020 with its
 * local evidence file, Sefton 2021, North Northamptonshire 2025), the smallest council (the Isles
 * of Scilly), a combined return (Kingston upon Thames) and an index of them.
 */
final class HtmlSamples {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZoneOffset.UTC);
  static final Path DIR = Path.of("target", "html");

  /** A brief to look at: its file name stem, council and year, and whether with local evidence. */
  record Sample(String stem, String laCode, int year, boolean local) {}

  static final List<Sample> SAMPLES = List.of(
      new Sample("north-east-lincolnshire-2020", "812", 2020, true),
      new Sample("sefton-2021", "343", 2021, false),
      new Sample("north-northamptonshire-2025", "940", 2025, false),
      new Sample("isles-of-scilly-2025", "420", 2025, false),
      new Sample("kingston-upon-thames-2025", "314", 2025, false));

  private static Dataset official;
  private static Dataset local;
  private static final Map<Sample, BriefDocument> DOCUMENTS = new HashMap<>();

  private HtmlSamples() {}

  static synchronized Dataset dataset(boolean withLocal) {
    if (official == null) {
      official = OfficialData.load();
    }
    if (withLocal && local == null) {
      local = new LocalEvidenceReader(official.councils(), official.indicators())
          .read(Path.of("..", "examples", "local", "north-east-lincolnshire.yaml"))
          .applyTo(official);
    }
    return withLocal ? local : official;
  }

  static CouncilProfile profile(Sample s) {
    Dataset data = dataset(s.local());
    return BriefProfiles.of(data).profile(data.councils().require(s.laCode()), s.year());
  }

  /** The sample's document, composed once. */
  static synchronized BriefDocument document(Sample s) {
    return DOCUMENTS.computeIfAbsent(s, key -> {
      Dataset data = dataset(s.local());
      Council council = data.councils().require(s.laCode());
      return BriefRenderer.withClock(CLOCK).compose(profile(s), BriefOptions.from(data, council));
    });
  }

  /** The sample's HTML edition, written to target/html/STEM.html. */
  static Path html(Sample s) {
    return keep(s.stem() + ".html", HtmlBrief.html(document(s)));
  }

  /** The index of every sample. */
  static BriefIndex index() {
    return BriefIndex.of(SAMPLES.stream().map(s -> new BriefIndex.Entry(profile(s),
        Optional.of(s.stem() + ".pdf"), Optional.of(s.stem() + ".html"))).toList());
  }

  /** The index page, written to target/html/index.html. */
  static Path indexHtml() {
    return keep("index.html", HtmlIndex.html(index()));
  }

  static Path keep(String name, String html) {
    try {
      Files.createDirectories(DIR);
      Path file = DIR.resolve(name);
      Files.writeString(file, html, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
