package io.github.cscbriefs.examples;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Region;
import io.github.cscbriefs.reporting.BriefOptions;
import io.github.cscbriefs.reporting.BriefRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * A regional improvement alliance's pack: one brief per current council in a region, in a folder.
 *
 * <p>{@code java -cp examples/target/csc-briefs-cli.jar io.github.cscbriefs.examples.RegionalPack "North West" pack/}
 */
public final class RegionalPack {

  private RegionalPack() {}

  public static void main(String[] args) throws IOException {
    Region region = Region.byName(args.length > 0 ? args[0] : "North East")
        .orElseThrow(() -> new IllegalArgumentException("unknown region " + args[0]));
    Path folder = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "pack"));
    Dataset dataset = OfficialData.load();
    int year = dataset.latestYear();
    BriefProfiles profiles = BriefProfiles.of(dataset);
    BriefRenderer renderer = BriefRenderer.withClock(Clock.systemDefaultZone());
    for (Council council : dataset.councils().inRegion(region)) {
      byte[] pdf = renderer.render(profiles.profile(council, year), BriefOptions.from(dataset, council));
      String file = council.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".pdf";
      Files.write(folder.resolve(file), pdf);
      System.out.println(folder.resolve(file));
    }
  }
}
