package io.github.cscbriefs.model.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  void countsTheFewestInsertionsDeletionsAndSubstitutions() {
    assertEquals(0, EditDistance.between("", ""));
    assertEquals(3, EditDistance.between("", "abc"));
    assertEquals(3, EditDistance.between("kitten", "sitting"));
    assertEquals(1, EditDistance.between("milestone", "milestones"));
    assertEquals(2, EditDistance.between("ab", "ba"));
    assertEquals(1, EditDistance.between("seftn", "sefton"));
  }
}
