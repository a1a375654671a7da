package io.github.cscbriefs.examples;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.reporting.BriefOptions;
import io.github.cscbriefs.reporting.BriefRenderer;
import io.github.cscbriefs.reporting.Wording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Load → compare → render: one council's brief from the bundled official data.
 *
 * <p>{@code java -cp examples/target/csc-briefs-cli.jar io.github.cscbriefs.examples.OneBrief Sefton 2021 sefton.pdf}
 */
public final class OneBrief {

  private OneBrief() {}

  public static void main(String[] args) throws IOException {
    String name = args.length > 0 ? args[0] : "North East Lincolnshire";
    Dataset dataset = OfficialData.load();                                   // read + validate
    Council council = dataset.councils().find(name)
        .orElseThrow(() -> new IllegalArgumentException("no council called " + name));
    int year = args.length > 1 ? Integer.parseInt(args[1]) : dataset.latestYear();

    CouncilProfile profile = BriefProfiles.of(dataset).profile(council, year);   // compare
    profile.comparison(Indicators.CASELOAD).ifPresent(c -> System.out.printf(
        "%s caseload %d: %s (England %s), rank %s%n", council.name(), year, c.value(),
        c.england().comparator(), c.rank().isPresent() ? c.rank().getAsInt() + " of " + c.outOf().getAsInt() : "-"));
    profile.actions().stream().limit(3).forEach(a -> System.out.println("  action: " + Wording.title(a)));

    byte[] pdf = BriefRenderer.withClock(Clock.systemDefaultZone())            // lay out + write
        .render(profile, BriefOptions.from(dataset, profile));
    Path out = Path.of(args.length > 2 ? args[2] : "brief.pdf");
    Files.write(out, pdf);
    System.out.println("wrote " + out.toAbsolutePath());
  }
}
