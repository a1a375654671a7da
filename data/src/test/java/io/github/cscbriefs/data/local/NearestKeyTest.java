package io.github.cscbriefs.data.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearestKeyTest {

  private static final List<String> PLAN = List.of("id", "title", "owner", "how", "answers", "milestones", "measure");

  @Test
  void aNearKeyIsSuggestedAndAFarOneIsNot() {
    assertEquals(Optional.of("milestones"), NearestKey.among("milestone", PLAN));
    assertEquals(Optional.of("measure"), NearestKey.among("mesure", PLAN));
    assertEquals(Optional.of("baseline-year"), NearestKey.among("baselineYear", List.of("baseline", "baseline-year")));
    assertEquals(Optional.of("priority-actions"), NearestKey.among("priority_actions", List.of("priority-actions")));
    assertEquals(Optional.of("title"), NearestKey.among("Title", PLAN));
    assertEquals(Optional.empty(), NearestKey.among("colour", List.of("council", "inspections", "plan")));
    assertEquals(Optional.empty(), NearestKey.among("x".repeat(100_000), PLAN));
    assertEquals(Optional.empty(), NearestKey.among("", PLAN));
  }

  @Test
  void theSuggestionReadsAsAQuestion() {
    assertEquals(" (did you mean 'milestones'?)", NearestKey.suggestion("milestone", PLAN));
    assertEquals("", NearestKey.suggestion("sponsor", PLAN));
  }
}
