package io.github.cscbriefs.reporting;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** Small documents that exercise every block type, and documents built to overflow. */
final class SampleDocuments {

  static final String[] YEARS = {"2017", "2018", "2019", "2020", "2021"};
  static final double[] COUNCIL = {17.9, 26.4, 32.7, 24.9, 21.0};
  static final double[] ENGLAND = {17.8, 17.4, 16.9, 16.3, 16.6};

  private SampleDocuments() {}

  static DocumentInfo info(String council) {
    return new DocumentInfo(council + ": children's social care workforce brief",
        "Improvement brief on the children's social care workforce of " + council,
        "CSC Briefs", council + " \u00B7 Children's social care workforce brief",
        "DfE children's social work workforce 2021 (published February 2022); Ofsted");
  }

  /** A short brief with a chart, a status table, a list and an attachment. */
  static BriefDocument sample() {
    List<Section> sections = List.of(
        Section.onNewPage("Executive summary", List.of(
            Paragraph.lead("Caseloads are the highest in England. ",
                "Average caseload was 32.7 in 2019 against 16.9 for England."),
            Heading.h2("Biggest risks"),
            BulletList.of("Caseload 32.7, almost double England's 16.9",
                "Agency rate rose from 8.2% to 24.5%",
                "Vacancy rate 28.4%, the highest in the region"),
            Heading.h2("Dashboard"),
            dashboard())),
        Section.onNewPage("Trends", List.of(
            Paragraph.of("Average caseload per case-holding social worker, by year."),
            chart())),
        Section.continuing("Methodology and sources", List.of(
            Paragraph.of("Average caseload = cases held \u00F7 FTE of case-holding social "
                + "workers, including agency workers.", TextStyle.BODY),
            Paragraph.of("Contains public sector information licensed under the Open "
                + "Government Licence v3.0.", TextStyle.NOTE))));
    return new BriefDocument(info("North East Lincolnshire"), "North East Lincolnshire",
        List.of(Paragraph.of("Children's social care workforce: improvement brief",
            TextStyle.LEAD), keyFacts()),
        "Contents", sections,
        List.of(Attachment.csv("figures.csv", "The brief's figures",
            "indicator,year,value\ncaseload,2019,32.7\n")));
  }

  static Table keyFacts() {
    return Table.withColumns(Column.text("Fact", 1), Column.text("Value", 2))
        .row("Region", "Yorkshire and the Humber")
        .row("Latest Ofsted judgement", "Inadequate (October 2021)")
        .build();
  }

  static Table dashboard() {
    return Table.withColumns(Column.text("Indicator", 2.2f), Column.number("Latest", 1),
            Column.number("England", 1), Column.text("Trend", 0.8f), Column.text("Status", 1.2f))
        .row(Cell.rowHeader("Average caseload"), Cell.of("32.7"), Cell.of("16.9"),
            Cell.of("\u2191 worse"), Cell.status(Rag.RED))
        .row(Cell.rowHeader("Agency worker rate"), Cell.of("24.5%"), Cell.of("15.8%"),
            Cell.of("\u2191 worse"), Cell.status(Rag.AMBER))
        .row(Cell.rowHeader("Absence rate"), Cell.of("2.9%"), Cell.of("3.1%"),
            Cell.of("\u2192 same"), Cell.status(Rag.GREEN))
        .build();
  }

  static ChartFigure chart() {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Table.Builder table = Table.withColumns(Column.text("Year", 1),
        Column.number("North East Lincolnshire", 1), Column.number("England", 1));
    for (int i = 0; i < YEARS.length; i++) {
      data.addValue(COUNCIL[i], "North East Lincolnshire", YEARS[i]);
      data.addValue(ENGLAND[i], "England", YEARS[i]);
      table.row(YEARS[i], Double.toString(COUNCIL[i]), Double.toString(ENGLAND[i]));
    }
    JFreeChart chart = ChartFactory.createLineChart("Average caseload", "Year (at 30 September)",
        "Cases per social worker", data, PlotOrientation.VERTICAL, true, false, false);
    BriefChartTheme.apply(chart);
    return new ChartFigure(chart, "Line chart of average caseload 2017 to 2021: North East "
        + "Lincolnshire rose from 17.9 to a peak of 32.7 in 2019, against England's 16 to 18.",
        "Average caseload by year (chart data)", table.build(), 230);
  }

  /** Very long words, cells longer than a page, and a table of many rows. */
  static BriefDocument overflowing() {
    String longWord = "Supercalifragilistic".repeat(12);
    StringBuilder longCell = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      longCell.append("action").append(i).append(' ');
    }
    Table.Builder many = Table.withColumns(Column.text("Rank", 0.5f),
        Column.text("Action", 3), Column.text(longWord, 1), Column.number("Target", 1));
    for (int i = 1; i <= 70; i++) {
      many.row(Cell.rowHeader(Integer.toString(i)), Cell.of("Reduce caseloads in team " + i
          + " " + (i % 7 == 0 ? longWord : "")), Cell.of(i == 30 ? longCell.toString() : "x"),
          i % 3 == 0 ? Cell.status(Rag.RED) : Cell.of("18.0"));
    }
    List<Section> sections = new ArrayList<>();
    sections.add(Section.onNewPage(longWord + " section", List.of(
        Paragraph.of(longWord + " " + longWord),
        Heading.h2(longWord),
        BulletList.of(longWord, longCell.toString()),
        many.build())));
    sections.add(Section.onNewPage("After", List.of(Paragraph.of("The end."))));
    return new BriefDocument(info(longWord), longWord, List.of(Paragraph.of(longWord)),
        "Contents", sections, List.of());
  }
}
