package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.BriefOptions;
import io.github.cscbriefs.reporting.Heading;
import io.github.cscbriefs.reporting.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Every indicator's trend blocks, or benchmark blocks, gathered as one section (each indicator's
 * under a heading of its label), as the judgement areas' sections hold them, for tests of the
 * trend and benchmark producers across all indicators.
 */
final class AreaBlocks {

  private AreaBlocks() {}

  /** The notes said before the trend charts, then each indicator's heading and trend blocks. */
  static Section trends(CouncilProfile profile) {
    List<Block> blocks = new ArrayList<>(TrendSection.notes(profile, profile.comparisons()));
    for (IndicatorComparison c : profile.comparisons()) {
      blocks.add(Heading.h2(c.indicator().label()));
      blocks.addAll(TrendSection.blocks(profile, c));
    }
    return Section.onNewPage("Trends", blocks);
  }

  /** Each benchmarked indicator's heading and benchmark blocks. */
  static Section benchmarks(CouncilProfile profile, BriefOptions options) {
    List<Block> blocks = new ArrayList<>(BenchmarkSection.notes(profile, options));
    for (IndicatorComparison c : profile.comparisons()) {
      if (BenchmarkSection.benchmarked(c)) {
        blocks.add(Heading.h2(c.indicator().label()));
        blocks.addAll(BenchmarkSection.blocks(profile, options, c));
      }
    }
    return Section.onNewPage("Benchmarks", blocks);
  }
}
