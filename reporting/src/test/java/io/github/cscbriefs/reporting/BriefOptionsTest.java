package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.model.Dataset;
import org.junit.jupiter.api.Test;

/** A brief's options come from the dataset and the profile alone: the council is the profile's. */
class BriefOptionsTest {

  @Test
  void theProfilesCouncilGivesTheSameOptionsAsNamingItAgain() {
    Dataset dataset = RealBriefs.dataset();
    for (String laCode : new String[] {"812", "343", "940"}) {
      CouncilProfile profile = RealBriefs.profile(laCode, 2023);
      BriefOptions options = BriefOptions.from(dataset, profile);
      assertEquals(RealBriefs.options(laCode), options, laCode);
      assertTrue(options.neighbours().isPresent(), laCode);
      assertEquals(laCode, options.neighbours().orElseThrow().laCode());
    }
  }
}
