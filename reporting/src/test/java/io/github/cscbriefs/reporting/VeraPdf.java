package io.github.cscbriefs.reporting;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Runs veraPDF's greenfield validator on a PDF in memory and lists every failed rule. */
final class VeraPdf {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  /** The failed rules, one line each (clause-test: description, count, first location). */
  static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance()
            .createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      Map<String, List<TestAssertion>> byRule = new TreeMap<>();
      for (TestAssertion assertion : result.getTestAssertions()) {
        if (assertion.getStatus() == TestAssertion.Status.FAILED) {
          String rule = assertion.getRuleId().getSpecification() + " "
              + assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
          byRule.computeIfAbsent(rule, r -> new java.util.ArrayList<>()).add(assertion);
        }
      }
      List<String> lines = byRule.entrySet().stream()
          .map(e -> e.getKey() + ": " + e.getValue().get(0).getMessage() + " (x"
              + e.getValue().size() + ", e.g. " + e.getValue().get(0).getLocation().getContext()
              + " " + e.getValue().get(0).getErrorMessage() + ")")
          .collect(Collectors.toList());
      if (!result.isCompliant() && lines.isEmpty()) {
        lines.add("not compliant: " + result.getJobEndStatus());
      }
      return lines;
    }
  }
}
