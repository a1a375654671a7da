package io.github.cscbriefs.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Indicators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Main code names indicators by their constants ({@code Indicators.CASELOAD}), never by their id
 * as a string literal: a renamed id would otherwise fail silently. Only {@code Indicators}, which
 * defines the ids, may write them.
 */
class IndicatorIdsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void noMainCodeWritesAnIndicatorIdAsAStringLiteral() throws IOException {
    List<String> found = new ArrayList<>();
    for (String module : List.of("core-model", "data", "metrics", "reporting", "examples", "benchmarks")) {
      try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
        for (Path java : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          if (java.getFileName().toString().equals("Indicators.java")) {
            continue;
          }
          String text = Files.readString(java);
          for (Indicator i : Indicators.all()) {
            if (text.contains("\"" + i.id() + "\"")) {
              found.add(ROOT.relativize(java) + ": \"" + i.id() + "\"");
            }
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }
}
