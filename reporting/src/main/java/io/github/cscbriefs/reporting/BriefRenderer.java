package io.github.cscbriefs.reporting;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.reporting.brief.BriefComposer;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Renders a council's improvement brief: cover, contents, one-page executive summary, dashboard,
 * trend and benchmark charts, inspection history, priority action plan, capacity, and
 * methodology, as an accessible (PDF/UA-1) and archival (PDF/A-3a) PDF with the figures attached
 * as CSV. Every figure comes from the {@link CouncilProfile}; nothing is recomputed here.
 *
 * <pre>{@code
 * CouncilProfile profile = BriefProfiles.of(dataset).profile(council, 2021);
 * byte[] pdf = BriefRenderer.withClock(Clock.systemDefaultZone())
 *     .render(profile, BriefOptions.from(dataset, council));
 * }</pre>
 */
public final class BriefRenderer {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final Clock clock;
  private final AccessiblePdf pdf;

  private BriefRenderer(Clock clock) {
    this.clock = clock;
    this.pdf = AccessiblePdf.withClock(clock);
  }

  /** A renderer dating its briefs by the clock (the same clock gives byte-identical files). */
  public static BriefRenderer withClock(Clock clock) {
    if (clock == null) {
      throw ReportingException.of("clock", null, Expected.instanceOf(Clock.class));
    }
    return new BriefRenderer(clock);
  }

  /** The brief's content, before layout. */
  public BriefDocument compose(CouncilProfile profile, BriefOptions options) {
    if (profile == null || options == null) {
      throw ReportingException.of("compose", profile, "a profile and options");
    }
    return BriefComposer.compose(profile, options, LocalDate.ofInstant(clock.instant(), UK));
  }

  /** The brief as PDF bytes. */
  public byte[] render(CouncilProfile profile, BriefOptions options) {
    return pdf.render(compose(profile, options));
  }

  /** Writes the brief as PDF to the stream, which is left open. */
  public void writeTo(CouncilProfile profile, BriefOptions options, OutputStream out) {
    pdf.writeTo(compose(profile, options), out);
  }
}
