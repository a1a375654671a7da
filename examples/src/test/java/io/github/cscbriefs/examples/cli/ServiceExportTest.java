package io.github.cscbriefs.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cscbriefs.model.Indicators;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The metrics export carries the help and protection, children in care and care leavers indicators
 * beside the workforce's, with England's published or recomputed figure beside each council's.
 */
class ServiceExportTest {

  private static Map<String, CSVRecord> byIndicator(String... args) throws IOException {
    CommandRun run = CommandRun.of(args);
    assertEquals(0, run.exitCode(), run.err());
    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(run.out())).getRecords();
    return rows.stream().collect(Collectors.toMap(r -> r.get("indicator"), r -> r));
  }

  @Test
  void northEastLincolnshire2021ShowsReReferralsOf31Point1BesideEnglands() throws IOException {
    Map<String, CSVRecord> nel = byIndicator("metrics", "--la", "812", "--year", "2021");
    assertEquals(Indicators.all().size(), nel.size(), nel.keySet().toString());
    CSVRecord rereferrals = nel.get(Indicators.REREFERRALS.id());
    assertEquals("31.1", rereferrals.get("value"));
    assertEquals("22.7", rereferrals.get("england")); // DfE's published England figure for 2021
    assertEquals("lower_is_better", rereferrals.get("polarity"));
    // a rate per 10,000 children is compared with England but never ranked or rated
    CSVRecord inNeed = nel.get(Indicators.CHILDREN_IN_NEED_RATE.id());
    assertEquals("none", inNeed.get("polarity"));
    assertEquals("z", inNeed.get("rank"), inNeed.toString()); // not applicable: no better direction
    assertEquals("", inNeed.get("rating"), inNeed.toString());
    // 2,214 children in need on 31 March 2021 over 33,205 children aged 0 to 17 at mid-2020
    assertEquals("666.8", inNeed.get("value"));
  }

  @Test
  void sefton2025ShowsCareLeaversAged17To18InEducationEmploymentOrTrainingAt65() throws IOException {
    Map<String, CSVRecord> sefton = byIndicator("metrics", "--la", "Sefton", "--year", "2025");
    assertEquals("65.0", sefton.get(Indicators.LEAVERS_EET_17_18.id()).get("value"));
    assertEquals("higher_is_better", sefton.get(Indicators.LEAVERS_EET_17_18.id()).get("polarity"));
  }

  @Test
  void theJsonExportGivesEveryNewIndicatorANumberOrNullWithItsReason() throws IOException {
    CommandRun run = CommandRun.of("metrics", "--la", "Sefton", "--year", "2025", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode rows = new ObjectMapper().readTree(run.out());
    int seen = 0;
    for (JsonNode row : rows) {
      if (row.get("indicator").asText().equals(Indicators.LONG_TERM_STABILITY.id())) {
        JsonNode value = row.get("value");
        assertTrue(value.isNumber() || value.isNull() && row.hasNonNull("value_missing"), row.toString());
        seen++;
      }
    }
    assertEquals(1, seen);
  }
}
