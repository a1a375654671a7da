package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.Intervention;
import io.github.cscbriefs.model.Judgement;
import io.github.cscbriefs.model.PartialDate;
import io.github.cscbriefs.model.SourceCoverage;
import io.github.cscbriefs.reporting.BriefChartTheme;
import io.github.cscbriefs.reporting.BriefTypeface;
import io.github.cscbriefs.reporting.ChartFigure;
import io.github.cscbriefs.reporting.Palette;
import io.github.cscbriefs.reporting.Table;
import io.github.cscbriefs.reporting.Wording;
import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The inspection history as a timeline: graded inspections at their overall judgement (better
 * higher), visits on their own row, interventions in force as shaded bands. Its numbers are the
 * inspection table that follows it.
 */
final class InspectionTimeline {

  private static final String[] ROWS = {"Visit", "Inadequate", "Requires improvement", "Good",
      "Outstanding"};

  private InspectionTimeline() {}

  static ChartFigure chart(CouncilProfile profile, Table inspections) {
    XYSeries graded = new XYSeries("Graded inspection (overall judgement)");
    XYSeries visits = new XYSeries("Visit or joint inspection (no judgement)");
    for (Inspection i : profile.inspections()) {
      if (i.type().isGraded()) {
        i.overall().filter(Judgement::isGraded)
            .ifPresent(j -> graded.add(when(i), row(j)));
      } else {
        visits.add(when(i), 0);
      }
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(graded);
    data.addSeries(visits);
    DateAxis time = new DateAxis("Date published");
    time.setRange(millis(start(profile).minusMonths(6)), millis(profile.asAt().plusMonths(3)));
    SymbolAxis judgement = new SymbolAxis(null, ROWS);
    judgement.setGridBandsVisible(false);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setSeriesLinesVisible(1, false);
    XYPlot plot = new XYPlot(data, time, judgement, renderer);
    JFreeChart chart = new JFreeChart(null, BriefTypeface.regular(8.5f), plot, true);
    BriefChartTheme.apply(chart);
    renderer.setSeriesPaint(0, Palette.BLUE);
    renderer.setSeriesStroke(0, new BasicStroke(1.5f));
    renderer.setSeriesPaint(1, Palette.PURPLE);
    time.setTickLabelFont(BriefTypeface.regular(7.5f));
    judgement.setTickLabelFont(BriefTypeface.regular(7.5f));
    double middle = (time.getLowerBound() + time.getUpperBound()) / 2;
    for (Intervention i : profile.interventions()) {
      plot.addDomainMarker(band(i, profile.asAt(), middle), Layer.BACKGROUND);
    }
    return new ChartFigure(chart, altText(profile), "Inspections and visits (the figures in "
        + "the timeline)", inspections, 150f);
  }

  // A band in the right half of the axis is labelled leftwards so its label stays in the plot.
  private static IntervalMarker band(Intervention intervention, LocalDate asAt, double middle) {
    double end = intervention.end().map(InspectionTimeline::millis).orElse(millis(asAt));
    IntervalMarker band = new IntervalMarker(millis(intervention.start()), end);
    band.setPaint(new Color(0xF9, 0xE1, 0xA8));
    band.setLabel(intervention.type().label());
    band.setLabelFont(BriefTypeface.regular(7.5f));
    boolean right = millis(intervention.start()) > middle;
    band.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
    band.setLabelTextAnchor(right ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
    return band;
  }

  private static LocalDate start(CouncilProfile profile) {
    LocalDate first = profile.inspections().get(0).published().earliest();
    return profile.interventions().stream().map(i -> i.start().earliest())
        .filter(d -> d.isBefore(first)).min(LocalDate::compareTo).orElse(first);
  }

  private static int row(Judgement judgement) {
    return 5 - judgement.grade();
  }

  private static double millis(LocalDate date) {
    return date.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  /**
   * Where a record sits: its publication, or — when that is known only to the year, as for the
   * visits of a local file — no earlier than the middle of the time on site, so that two visits
   * published "2019" are not drawn on one point.
   */
  private static double when(Inspection i) {
    return Math.max(millis(i.published()), millis(i.start()));
  }

  /** A date known only to its month or year sits in the middle of it: no invented day. */
  private static double millis(PartialDate date) {
    return (millis(date.earliest()) + millis(date.latest())) / 2;
  }

  private static String altText(CouncilProfile profile) {
    String events = profile.inspections().stream().map(i -> i.type().label() + " published "
        + Wording.date(i.published()) + (i.type().isGraded()
            ? ", judged " + i.overall().map(Judgement::label).orElse("not judged") : ""))
        .collect(Collectors.joining("; "));
    String interventions = !profile.interventions().isEmpty()
        ? " Interventions: " + profile.interventions().stream()
            .map(i -> i.type().label() + " " + Provenance.span(i))
            .collect(Collectors.joining("; ")) + "."
        : profile.vintage().coverage(SourceCoverage.Kind.INTERVENTIONS).isPresent()
            ? " No intervention in force according to the local evidence file."
            : " Interventions are not in the official data.";
    return "Timeline of Ofsted inspections and visits: " + events + "." + interventions;
  }
}
