package io.github.cscbriefs.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.model.Dataset;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ExportMetricsTest {

  @Test
  void everyCurrentCouncilsIndicatorsAreARowOfSevenCellsWithNumbersAsNumbers() throws IOException {
    Dataset dataset = OfficialData.load();
    StringBuilder out = new StringBuilder();
    ExportMetrics.write(dataset, 2024, out);
    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(out.toString())).getRecords();
    assertEquals(dataset.councils().current().size() * dataset.indicators().indicators().size(), rows.size());
    assertTrue(rows.stream().allMatch(r -> r.size() == 7));
    CSVRecord caseload = rows.stream().filter(r -> r.get("la_code").equals("812") && r.get("indicator").equals("caseload"))
        .findFirst().orElseThrow();
    assertEquals("North East Lincolnshire", caseload.get("council"));
    assertTrue(rows.stream().anyMatch(r -> r.get("difference").matches("-\\d+\\.\\d+(E-?\\d+)?")),
        "a negative difference is a number, not neutralised text");
  }
}
