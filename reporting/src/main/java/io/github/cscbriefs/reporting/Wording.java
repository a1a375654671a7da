package io.github.cscbriefs.reporting;

import io.github.cscbriefs.metrics.Baseline;
import io.github.cscbriefs.metrics.ComparatorKind;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.DataQualityFinding;
import io.github.cscbriefs.metrics.Direction;
import io.github.cscbriefs.metrics.Evidence;
import io.github.cscbriefs.metrics.FigureSource;
import io.github.cscbriefs.metrics.Gap;
import io.github.cscbriefs.metrics.GapClosure;
import io.github.cscbriefs.metrics.Headline;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.metrics.IndicatorStatus;
import io.github.cscbriefs.metrics.OwnerRole;
import io.github.cscbriefs.metrics.PlanProgress;
import io.github.cscbriefs.metrics.PlanStatus;
import io.github.cscbriefs.metrics.PriorityAction;
import io.github.cscbriefs.metrics.QuartileBand;
import io.github.cscbriefs.metrics.RateInterval;
import io.github.cscbriefs.metrics.Rating;
import io.github.cscbriefs.metrics.SeriesPoint;
import io.github.cscbriefs.metrics.SmallNumbers;
import io.github.cscbriefs.metrics.Standing;
import io.github.cscbriefs.metrics.StatusReason;
import io.github.cscbriefs.metrics.Target;
import io.github.cscbriefs.metrics.TargetSource;
import io.github.cscbriefs.metrics.Trend;
import io.github.cscbriefs.metrics.Urgency;
import io.github.cscbriefs.metrics.WorstYear;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.Intervention;
import io.github.cscbriefs.model.JudgementArea;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.PlanAction;
import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.SuccessMeasure;
import io.github.cscbriefs.model.Unit;
import io.github.cscbriefs.model.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every word the briefs say about the findings, in one place: how numbers, figures, dates and
 * plurals are printed, and the sentences for priority actions, their evidence, trends and plan
 * progress. The PDF and every other edition word the same findings through this class, so a
 * sentence is written once. Numbers are British style ("1,234.5"), dates "26 November 2021".
 */
public final class Wording {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

  private static final Map<Indicator, String> INDICATOR_TITLES = Map.of(
      Indicators.CASELOAD, "Bring social workers' caseloads down to a manageable level",
      Indicators.TURNOVER, "Keep experienced social workers: reduce turnover",
      Indicators.AGENCY, "Reduce reliance on agency social workers",
      Indicators.VACANCY, "Fill social worker vacancies with permanent staff",
      Indicators.ABSENCE, "Reduce social workers' sickness absence",
      Indicators.CLA_SOCIAL_WORKER_CHANGES, "Give children in care a stable social worker");

  private Wording() {
  }

  // ---- numbers, figures and dates ----

  /**
   * British style: "1,234.5", rounded half up on the number's decimal, as DfE rounds: 14.75 prints
   * "14.8" at one place (the double nearest 14.75 may lie just below it; the decimal it was read
   * from does not). See {@link #decimal(double, int)}. Written as Java writes numbers without a
   * locale, which is the UK's convention (',' between thousands, '.' before decimals, ASCII digits
   * and signs).
   */
  public static String number(double value, int decimals) {
    BigDecimal d = decimal(value, decimals);
    String text = format("%,." + decimals + "f", d.abs());
    // A minus sign (U+2212), never a hyphen; and no sign on a value that rounds to zero.
    return d.signum() < 0 ? "\u2212" + text : text;
  }

  /**
   * The decimal a double stands for: its shortest decimal representation ({@link
   * BigDecimal#valueOf(double)}: 18.06 for the double read from "18.06"), with the floating-point
   * noise of arithmetic on such decimals removed by rounding to 15 significant digits (a neighbours'
   * mean of 18.060000000000002 is 18.06).
   */
  public static BigDecimal decimal(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a number to print must be finite, not " + value);
    }
    BigDecimal d = BigDecimal.valueOf(value).round(new MathContext(15, RoundingMode.HALF_EVEN));
    return d.signum() == 0 ? BigDecimal.ZERO : d;
  }

  /**
   * {@link #decimal(double)} rounded half up (away from zero) to {@code decimals} places: the
   * number as the brief and every export print it at that precision.
   */
  public static BigDecimal decimal(double value, int decimals) {
    BigDecimal d = decimal(value).setScale(decimals, RoundingMode.HALF_UP);
    return d.signum() == 0 ? d.abs() : d;
  }

  /**
   * What a {@code low} figure ("rounds to 0 but is not 0") is below: half the last place DfE
   * publishes the unit to, e.g. "0.05" for rates and FTE.
   */
  static String lowBound(Unit unit) {
    return BigDecimal.valueOf(5, unit.decimals() + 1).toPlainString();
  }

  /** {@link String#format} with numbers written the UK way (see {@link #number}). */
  static String format(String format, Object... args) {
    return String.format((Locale) null, format, args);
  }

  /**
   * A figure for a table: "24.9", "25.9%", "1,234"; {@code low} as what it is, "below 0.05%"; any
   * other missing value as its symbol as the brief prints it ({@link #shownSymbol}), e.g. "x", ".."
   * or "\u2013".
   */
  public static String figure(Value value, Unit unit) {
    if (value instanceof Value.Missing missing) {
      return missing.reason() == MissingReason.LOW
          ? "below " + lowBound(unit) + (unit == Unit.PERCENT ? "%" : "") : shownSymbol(missing.reason());
    }
    String number = number(value.asDouble().orElseThrow(), unit.decimals());
    return unit == Unit.PERCENT ? number + "%" : number;
  }

  /** A difference with its sign, e.g. "+8.6" or "−1.2"; missing as its symbol. */
  public static String signed(Value value, Unit unit) {
    if (value instanceof Value.Missing missing) {
      return shownSymbol(missing.reason());
    }
    double number = value.asDouble().orElseThrow();
    String text = number(Math.abs(number), unit.decimals());
    int rounded = decimal(number, unit.decimals()).signum(); // no sign on a difference that prints as 0
    String sign = rounded > 0 ? "+" : rounded < 0 ? "\u2212" : "";
    return sign + text + (unit == Unit.PERCENT ? " pts" : "");
  }

  /**
   * A figure with its unit in words, for sentences: "24.9 cases per FTE", "25.9%", "below 0.05 FTE"
   * for {@code low}; missing in words.
   */
  public static String withUnit(Value value, Unit unit) {
    if (value instanceof Value.Missing missing && missing.reason() != MissingReason.LOW) {
      return "not available (" + missing.reason().description() + ")";
    }
    String figure = figure(value, unit);
    return unit == Unit.PERCENT || unit.suffix().isEmpty() ? figure : figure + " " + unit.suffix();
  }

  /**
   * The symbol of a missing value in the data files (CSV): DfE's own, "-" for not published, an
   * en dash for a blank source cell.
   */
  public static String symbol(MissingReason reason) {
    return reason.symbol().isEmpty() ? "\u2013" : reason.symbol();
  }

  /**
   * The symbol of a missing value as the brief prints it. In the brief each dash has one meaning:
   * an en dash (\u2013) is "no figure" (not published in the release read, or blank in the
   * source) and nothing else; ranges are written in words ("2017 to 2021"); negatives take the
   * minus sign (\u2212); a hyphen joins words only. DfE's other symbols (x, z, c, low, u, ..) are
   * printed as published.
   */
  public static String shownSymbol(MissingReason reason) {
    return reason == MissingReason.NOT_PUBLISHED ? "\u2013" : symbol(reason);
  }

  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /**
   * A date to the precision its source gives: "26 November 2021", "May 2021" or "2017" — never an
   * invented day.
   */
  public static String date(io.github.cscbriefs.model.PartialDate date) {
    return switch (date.precision()) {
      case DAY -> date(date.earliest());
      case MONTH -> MONTH_YEAR.format(date.earliest());
      case YEAR -> String.valueOf(date.year());
    };
  }

  /** The date a workforce year's figures are taken at: "30 September 2020". */
  public static String asAt(int year) {
    return "30 September " + year;
  }

  /** The day a publication's years end on: "30 September", "31 March". */
  public static String dayAndMonth(io.github.cscbriefs.model.ReferencePeriod period) {
    return DAY_MONTH.format(period.end(2000));
  }

  /** The year axis of an indicator's trend chart: "Year (at 30 September)", "Year (to 31 March)". */
  public static String yearAxis(io.github.cscbriefs.model.Indicator indicator) {
    io.github.cscbriefs.model.ReferencePeriod period = indicator.publication().period();
    String day = dayAndMonth(period);
    return "Year (" + (period == io.github.cscbriefs.model.ReferencePeriod.YEAR_TO_31_MARCH ? "to " : "at ") + day + ")";
  }

  /**
   * When an indicator's figure of {@code year} was taken, after the figure: "at 30 September 2025"
   * for the workforce census, "in the year to 31 March 2025" for the children in need census and the
   * children looked after release's yearly tables, "at 31 March 2025" for its snapshots.
   */
  public static String when(io.github.cscbriefs.model.Indicator indicator, int year) {
    io.github.cscbriefs.model.ReferencePeriod period = indicator.publication().period();
    String day = date(period.end(year));
    return switch (period) {
      case YEAR_TO_31_MARCH -> "in the year to " + day;
      default -> "at " + day;
    };
  }

  /** "1 priority action", "3 priority actions". */
  public static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  // ---- whose figures: own, a predecessor's, a joint return's ----

  /** "North Northamptonshire and West Northamptonshire": the councils of a joint return. */
  public static String members(FigureSource.Joint joint) {
    return and(joint.members().stream().map(Council::name).toList());
  }

  /** "both councils", "all 3 councils". */
  private static String allOf(FigureSource.Joint joint) {
    return joint.members().size() == 2 ? "both councils" : "all " + joint.members().size() + " councils";
  }

  /**
   * A predecessor's name as a reader knows it: DfE's "(Pre LG)" left out, and "former" before a
   * name its successor kept ("former Dorset").
   */
  public static String predecessorName(FigureSource.Predecessor predecessor, Council council) {
    String name = predecessor.council().name().replace(" (Pre LG)", "").strip();
    return name.equals(council.name()) ? "former " + name : name;
  }

  /**
   * Whose figure it is, for a sentence: the council's name; "North Northamptonshire and West
   * Northamptonshire together (one joint return)"; "Cumbria (the council Cumberland replaced)".
   */
  public static String whose(FigureSource source, Council council) {
    if (source instanceof FigureSource.Joint joint) {
      return members(joint) + " together (one joint return)";
    } else if (source instanceof FigureSource.Predecessor p) {
      return predecessorName(p, council) + " (the council " + council.name() + " replaced)";
    }
    return council.name();
  }

  /**
   * Whose figure it is, short, for a chart's legend or a table's header: the council's name;
   * "North Northamptonshire / West Northamptonshire (joint return)"; "Cumbria (predecessor)".
   */
  public static String sourceLabel(FigureSource source, Council council) {
    if (source instanceof FigureSource.Joint joint) {
      return joint.area().name() + " (joint return)";
    } else if (source instanceof FigureSource.Predecessor p) {
      return capitalise(predecessorName(p, council)) + " (predecessor)";
    }
    return council.name();
  }

  /** A year as a table row heads it: "2024", or "2019 (Cumbria)" for a predecessor's year. */
  public static String year(SeriesPoint point, Council council) {
    return point.source() instanceof FigureSource.Predecessor p
        ? point.year() + " (" + predecessorName(p, council) + ")" : Integer.toString(point.year());
  }

  /** A year as a sentence names it: "2024", or "2019, under Cumbria" for a predecessor's year. */
  public static String yearInSentence(SeriesPoint point, Council council) {
    return point.source() instanceof FigureSource.Predecessor p
        ? point.year() + ", under " + predecessorName(p, council) : Integer.toString(point.year());
  }

  /**
   * ", including Cumbria's figures before 2023" when the comparison's trend counts a predecessor's
   * years ({@link IndicatorComparison#trendIncludesPredecessor()}), else "".
   */
  public static String includingPredecessor(IndicatorComparison c, Council council) {
    return c.trendIncludesPredecessor() ? including(c.predecessorSince(Integer.MIN_VALUE).orElseThrow(), council)
        : "";
  }

  /**
   * ", including Cumbria's figures before 2023" when the years from {@code fromYear} to the
   * comparison's include a predecessor's and its figures count ({@link
   * FigureSource.Predecessor#counts}), else "": for a run of years, such as those worse
   * than England.
   */
  public static String includingPredecessor(IndicatorComparison c, Council council, int fromYear) {
    return c.predecessorSince(fromYear).filter(p -> p.counts(c.indicator().measure()))
        .map(p -> including(p, council)).orElse("");
  }

  private static String including(FigureSource.Predecessor p, Council council) {
    return ", including " + predecessorName(p, council) + "'s figures before " + p.successorsFrom();
  }

  /**
   * The sentence saying that the council's figures this year are a joint return's, covering every
   * member: empty when none is. Names the publications' figures that are (the workforce census's).
   */
  public static Optional<String> jointReturnNote(CouncilProfile profile) {
    Optional<FigureSource.Joint> joint = profile.comparisons().stream().map(IndicatorComparison::source)
        .filter(FigureSource.Joint.class::isInstance).map(FigureSource.Joint.class::cast).findFirst()
        .or(() -> Optional.of(profile.capacity().source()).filter(FigureSource.Joint.class::isInstance)
            .map(FigureSource.Joint.class::cast));
    return joint.map(j -> "The workforce figures for " + profile.year() + " are one joint return of "
        + members(j) + ": they cover " + allOf(j) + " together, not " + profile.council().name() + " alone.");
  }

  /** "a", "a and b", "a, b and c". */
  static String and(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  // ---- the words for metrics' values ----

  public static String urgency(Urgency urgency) {
    return switch (urgency) {
      case IMMEDIATE -> "Immediate";
      case HIGH -> "High";
      case MEDIUM -> "Medium";
    };
  }

  /** E.g. "worsening". */
  public static String direction(Direction direction) {
    return switch (direction) {
      case IMPROVING -> "improving";
      case WORSENING -> "worsening";
      case STABLE -> "stable";
      case RISING -> "rising";
      case FALLING -> "falling";
      case INSUFFICIENT_DATA -> "not enough years to judge";
    };
  }

  /** E.g. "best quarter". */
  public static String band(QuartileBand band) {
    return switch (band) {
      case A -> "best quarter";
      case B -> "second quarter";
      case C -> "third quarter";
      case D -> "worst quarter";
    };
  }

  /** "closing by 2027", "not closing", ... for a sentence. */
  public static String closure(GapClosure closure) {
    return switch (closure.status()) {
      case NO_GAP -> "no gap to England";
      case CLOSING -> "closing by " + closure.year().orElseThrow();
      case NARROWING_SLOWLY -> "narrowing, too slowly to close within " + GapClosure.HORIZON_YEARS + " years";
      case NOT_CLOSING -> "not closing";
      case UNKNOWN -> "cannot be judged";
    };
  }

  public static String planStatus(PlanStatus status) {
    return switch (status) {
      case MET -> "Met";
      case ON_TRACK -> "On track";
      case OFF_TRACK -> "Off track";
      case NO_DATA -> "No data yet";
      case NO_MEASURE -> "No measure";
    };
  }

  public static String owner(OwnerRole role) {
    return switch (role) {
      case DIRECTOR_OF_CHILDRENS_SERVICES -> "Director of children's services";
      case PRINCIPAL_SOCIAL_WORKER_WITH_HR_LEAD -> "Principal social worker with the HR lead";
      case ASSISTANT_DIRECTOR_CHILDRENS_SOCIAL_CARE -> "Assistant director, children's social care";
      case HR_LEAD_FOR_CHILDRENS_SERVICES -> "HR lead for children's services";
      case HEAD_OF_SERVICE_HELP_AND_PROTECTION -> "Head of service, help and protection";
      case HEAD_OF_SERVICE_CHILDREN_IN_CARE -> "Head of service, children in care";
      case HEAD_OF_SERVICE_CARE_LEAVERS -> "Head of service, care leavers";
      case CHIEF_EXECUTIVE_AND_LEAD_MEMBER -> "Chief executive and lead member for children's services";
    };
  }

  /**
   * Why a figure has no rank, or an en dash when it needs no reason (no figure, or no better
   * direction): "not ranked: only 2 councils have a figure".
   */
  public static String unranked(IndicatorComparison c) {
    return c.unrankedForTooFewCouncils()
        ? "not ranked: only " + count(c.distribution().values().size(), "council has", "councils have") + " a figure"
        : "\u2013";
  }

  /** The name of what a gap compares with: "England", the region's name, the neighbours' mean. */
  public static String comparator(Gap gap, CouncilProfile profile) {
    return switch (gap.kind()) {
      case ENGLAND -> "England";
      case REGION -> profile.council().region().label();
      case NEIGHBOUR_MEAN -> "Statistical neighbours (mean)";
      case NEIGHBOUR_MEDIAN -> "Statistical neighbours (median)";
    };
  }

  // ---- chart descriptions ----

  /**
   * A trend chart's alternative text, telling its story from the findings: the years and lines
   * drawn, the council's peak (and its low, when different), the trend the metrics judged over its
   * window, and the latest year against England. E.g. "Line chart of Average caseload, 2017 to
   * 2020: North East Lincolnshire against England, Yorkshire and The Humber and the neighbours'
   * mean. North East Lincolnshire peaked at 32.7 cases per FTE in 2019 (lowest 19.4 cases per FTE
   * in 2017). Trend over 2017 to 2020: worsening. In 2020: 24.9 cases per FTE, above England's
   * 16.3 cases per FTE."
   *
   * @param council the council's name
   * @param label the indicator's label
   * @param unit its unit
   * @param points the years drawn, oldest first
   * @param trend the trend the metrics found
   * @param comparators the names of the other lines drawn, in order
   * @param englandDrawn whether England is among the lines (not for counts, whose England total is
   *     on another scale)
   */
  public static String trendChartAlt(String council, String label, Unit unit,
      java.util.List<io.github.cscbriefs.metrics.SeriesPoint> points, Trend trend,
      java.util.List<String> comparators, boolean englandDrawn) {
    if (points.isEmpty()) {
      return "Line chart of " + label + ": no year has published figures.";
    }
    int first = points.get(0).year();
    int last = points.get(points.size() - 1).year();
    StringBuilder sb = new StringBuilder("Line chart of " + label + ", " + years(first, last)
        + ": " + council + (comparators.isEmpty() ? "" : " against " + list(comparators)) + ". ");
    java.util.List<io.github.cscbriefs.metrics.SeriesPoint> known = points.stream()
        .filter(p -> p.council().isPresent()).toList();
    if (known.isEmpty()) {
      sb.append("No figure was published for ").append(council).append(". ");
    } else {
      var peak = known.stream().max(java.util.Comparator.comparingDouble(
          (io.github.cscbriefs.metrics.SeriesPoint p) -> p.council().asDouble().getAsDouble())
          .thenComparing(io.github.cscbriefs.metrics.SeriesPoint::year)).orElseThrow();
      var low = known.stream().min(java.util.Comparator.comparingDouble(
          (io.github.cscbriefs.metrics.SeriesPoint p) -> p.council().asDouble().getAsDouble())
          .thenComparing(io.github.cscbriefs.metrics.SeriesPoint::year)).orElseThrow();
      sb.append(council).append(known.size() == 1 ? " had " : " peaked at ")
          .append(withUnit(peak.council(), unit)).append(" in ").append(peak.year());
      if (known.size() > 1 && low.council().asDouble().getAsDouble()
          < peak.council().asDouble().getAsDouble()) {
        sb.append(" (lowest ").append(withUnit(low.council(), unit)).append(" in ")
            .append(low.year()).append(")");
      }
      sb.append(". ");
    }
    sb.append(trend.slope().map(f -> "Trend over " + years(f.firstYear(), f.lastYear()) + ": "
        + direction(trend.direction()) + ". ").orElse("Too few years to judge a trend. "));
    var latest = points.get(points.size() - 1);
    sb.append("In ").append(last).append(": ").append(withUnit(latest.council(), unit));
    if (englandDrawn && latest.council().isPresent() && latest.england().isPresent()) {
      double gap = latest.council().asDouble().getAsDouble()
          - latest.england().asDouble().getAsDouble();
      String side = Math.abs(gap) < Math.pow(10, -unit.decimals()) / 2 ? "level with"
          : gap > 0 ? "above" : "below";
      sb.append(", ").append(side).append(" England's ").append(withUnit(latest.england(), unit));
    } else if (englandDrawn) {
      sb.append("; England ").append(withUnit(latest.england(), unit));
    }
    return sb.append(".").toString();
  }

  /** A run of years in words: "2017 to 2021", or one year. */
  public static String years(int first, int last) {
    return first == last ? Integer.toString(first) : first + " to " + last;
  }

  /** "a", "a and b", "a, b and c". */
  static String list(java.util.List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and "
        + items.get(items.size() - 1);
  }

  // ---- priority actions ----

  /** What to do, in words a board member understands. */
  public static String title(PriorityAction action) {
    return switch (action.kind()) {
      case INDICATOR -> action.indicator().map(i -> INDICATOR_TITLES.getOrDefault(i, "Improve " + lower(i.label())))
          .orElseThrow();
      case JUDGEMENT -> areaTitle(action.area().orElseThrow()) + " (judged "
          + ((Baseline.Judged) action.baseline()).judgement().label() + ")";
      case JUDGEMENT_REPEATED -> areaTitle(action.area().orElseThrow()) + " (below good at two inspections running)";
      case VISIT_REPEATED -> "Resolve weaknesses Ofsted has criticised again";
      case INTERVENTION -> "Satisfy the Department for Education's intervention ("
          + lower(((Baseline.InterventionInForce) action.baseline()).intervention().type().label()) + ")";
    };
  }

  private static String areaTitle(JudgementArea area) {
    return switch (area) {
      case OVERALL_EFFECTIVENESS -> "Make children's services good overall";
      case IMPACT_OF_LEADERS -> "Strengthen leaders' grip on social work practice";
      case HELP_AND_PROTECTION -> "Make help and protection for children good";
      case CHILDREN_IN_CARE -> "Improve the experiences and progress of children in care";
      case CARE_LEAVERS -> "Improve support for care leavers";
    };
  }

  /** Where the action starts from, with its date. */
  public static String baseline(PriorityAction action) {
    Baseline b = action.baseline();
    if (b instanceof Baseline.Figure f) {
      return withUnit(f.value(), f.indicator().unit()) + " " + when(f.indicator(), f.year());
    } else if (b instanceof Baseline.Judged j) {
      return j.judgement().label() + " (Ofsted, published " + date(j.inspection().published()) + ")";
    } else if (b instanceof Baseline.PriorityActionsAtVisit v) {
      return count(v.visit().priorityActions().size(), "priority action", "priority actions") + " at the visit of "
          + date(v.visit().start());
    }
    Intervention i = ((Baseline.InterventionInForce) b).intervention();
    return i.type().label() + " in force since " + date(i.start());
  }

  /** What the action aims for. */
  public static String target(PriorityAction action) {
    Target t = action.target();
    if (t instanceof Target.Figure f) {
      return withUnit(f.value(), f.indicator().unit()) + " or better ("
          + (f.source() == TargetSource.CALLER ? "the council's target" : "England " + when(f.indicator(), f.year())) + ")";
    } else if (t instanceof Target.GoodAtNextInspection) {
      return "Good or better at the next graded inspection";
    } else if (t instanceof Target.PriorityActionsAddressed) {
      return "Ofsted finds every priority action addressed at its next visit";
    }
    return "Intervention lifted by the Department for Education";
  }

  /**
   * What the action aims for and by when, briefly, for a sentence that follows its evidence: "Aim:
   * England's figure by 30 September 2022" when the target is England's (the evidence states it),
   * else "Aim: " and the {@link #target}.
   */
  public static String aim(PriorityAction action) {
    boolean england = action.target() instanceof Target.Figure f && f.source() != TargetSource.CALLER;
    return "Aim: " + (england ? "England's figure" : lowerFirst(target(action))) + " by " + date(action.targetDate());
  }

  private static String lowerFirst(String text) {
    return text.startsWith("Good") || text.startsWith("Ofsted") || text.isEmpty() ? text
        : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /** One fact behind an action, as a sentence. */
  public static String statement(Evidence evidence, CouncilProfile profile) {
    if (evidence instanceof Evidence.AgainstEngland e) {
      Unit unit = e.indicator().unit();
      return e.indicator().label() + " was " + withUnit(e.value(), unit) + " " + when(e.indicator(), e.year())
          + ", against " + withUnit(e.england(), unit) + " for England" + howFar(e.value(), e.england(), unit) + ".";
    } else if (evidence instanceof Evidence.AgainstComparator e) {
      String who = e.gap().kind() == ComparatorKind.NEIGHBOUR_MEAN
          ? "the mean of " + e.gap().contributors() + " statistical neighbours" : comparator(e.gap(), profile);
      return "Compared with " + who + ": " + withUnit(e.gap().comparator(), e.indicator().unit()) + ".";
    } else if (evidence instanceof Evidence.Ranked e) {
      Standing s = e.standing();
      return "Ranked " + s.rank() + " of " + s.outOf() + " councils (1 = best); quartile band " + s.band()
          + ", the " + band(s.band()) + ".";
    } else if (evidence instanceof Evidence.Movement e) {
      return movement(e.trend());
    } else if (evidence instanceof Evidence.SignificantlyWorse e) {
      RateInterval i = e.interval();
      return "Worse than England by more than chance would explain in a service of this size: the rate "
          + "is very likely between " + number(i.lower(), 1) + "% and " + number(i.upper(), 1) + "%.";
    } else if (evidence instanceof Evidence.CapacityNeed e) {
      return capacity(e) + (profile.capacity().source() instanceof FigureSource.Joint joint
          ? " These are the figures of one joint return of " + members(joint) + ", " + allOf(joint) + " together."
          : "");
    } else if (evidence instanceof Evidence.Judged e) {
      Inspection i = e.inspection();
      return "Ofsted judged " + lower(e.area().shortLabel()) + " " + i.judgement(e.area()).label() + " ("
          + i.type().label() + ", " + date(i.start()) + ").";
    } else if (evidence instanceof Evidence.PriorityActionsNamed e) {
      return "Ofsted's " + lower(e.visit().type().label()) + " of " + date(e.visit().start()) + " named "
          + count(e.visit().priorityActions().size(), "priority action", "priority actions") + ".";
    } else if (evidence instanceof Evidence.RepeatedPriorityAction e) {
      return "The visit of " + date(e.later().start()) + " repeats a priority action from "
          + date(e.earlier().start()) + ": \"" + e.text() + "\".";
    } else if (evidence instanceof Evidence.ThemeRevisited e) {
      return "Ofsted returned to the theme \"" + e.later().theme().orElseThrow() + "\" on " + date(e.later().start())
          + " and again named priority actions (first on " + date(e.earlier().start()) + ").";
    } else if (evidence instanceof Evidence.NotAddressed e) {
      return "The visit of " + date(e.visit().start()) + " found an earlier priority action not addressed: \""
          + e.text() + "\".";
    } else if (evidence instanceof Evidence.SmallBase e) {
      return e.indicator().label() + " was " + withUnit(e.value(), e.indicator().unit()) + " "
          + when(e.indicator(), e.year())
          + ", but " + smallNumbers(e.smallNumbers()) + ".";
    } else if (evidence instanceof Evidence.Questioned e) {
      return questioned(e.finding()) + ".";
    }
    Intervention i = ((Evidence.InterventionInForce) evidence).intervention();
    // With no end recorded the intervention counts as in force, and the brief says on what ground.
    return (i.end().isPresent() ? "DfE intervention in force: " : "DfE intervention with no end recorded: ")
        + i.type().label() + " since " + date(i.start()) + ". " + i.description();
  }

  private static String movement(Trend t) {
    String years = t.slope().map(s -> " over " + s.firstYear() + " to " + s.lastYear()).orElse("");
    return "Worse than England for " + count(t.yearsWorseThanEngland(), "year", "years running") + "; "
        + direction(t.direction()) + years + "; gap to England " + closure(t.gapClosure()) + ".";
  }

  /**
   * How far a figure is from England's, in plain words: " (more than twice England's rate)" when at
   * least twice it, else " (8.6 above England's)" or " (12.4 points above England's)" for a rate;
   * empty when either is missing or they are equal.
   */
  static String howFar(Value value, Value england, Unit unit) {
    if (!value.isPresent() || !england.isPresent()) {
      return "";
    }
    double v = value.asDouble().getAsDouble();
    double e = england.asDouble().getAsDouble();
    String what = unit == Unit.PERCENT ? "rate" : "figure";
    if (e > 0 && v >= 3 * e) {
      return " (more than three times England's " + what + ")";
    } else if (e > 0 && v >= 2 * e) {
      return " (more than twice England's " + what + ")";
    }
    String gap = number(Math.abs(v - e), unit.decimals());
    if (gap.equals(number(0, unit.decimals()))) {
      return "";
    }
    return " (" + gap + (unit == Unit.PERCENT ? " points" : "") + (v > e ? " above" : " below") + " England's)";
  }

  private static String capacity(Evidence.CapacityNeed e) {
    double n = e.amount().asDouble().orElseThrow();
    return switch (e.need()) {
      case SOCIAL_WORKERS_NEEDED -> "About " + number(n, 1) + " more case-holding FTE would bring the average "
          + "caseload to " + withUnit(e.benchmark(), Unit.CASES_PER_FTE) + ".";
      case AGENCY_TO_CONVERT -> "Converting about " + number(n, 1) + " agency FTE to permanent posts would match "
          + "England's agency rate of " + withUnit(e.benchmark(), Unit.PERCENT) + ".";
      case VACANCIES_TO_FILL -> number(n, 1) + " FTE vacancies to fill.";
    };
  }

  /** The facts behind an action, each as a sentence ({@link #statement}), most telling first. */
  public static java.util.List<String> evidence(PriorityAction action, CouncilProfile profile) {
    return action.evidence().stream().map(e -> statement(e, profile)).toList();
  }

  /** A plan action's success measure: "Average caseload: 24.9 (2020) to 18.0 by 2023", or "None given". */
  public static String measure(PlanAction action) {
    return action.measure().map(m -> m.indicator().label() + ": " + number(m.baseline(), 1) + " ("
        + m.baselineYear() + ") to " + number(m.target(), 1) + " by " + m.targetYear()).orElse("None given");
  }

  /** One sentence on the action list, saying so when it is short, and Ofsted's latest judgement. */
  public static String actionSummary(CouncilProfile profile) {
    String judged = profile.latestGradedInspection().flatMap(Inspection::overall)
        .map(j -> " Ofsted's latest judgement: " + j.label() + ".").orElse("");
    var actions = profile.actions();
    if (actions.isEmpty()) {
      return "No priority actions: no workforce figure is markedly worse than England's and no inspection "
          + "or intervention calls for one." + judged;
    }
    long immediate = actions.stream().filter(a -> a.urgency() == Urgency.IMMEDIATE).count();
    String first = " First: " + title(actions.get(0)) + ".";
    if (profile.shortList()) {
      return "A short list of " + count(actions.size(), "priority action", "priority actions")
          + ": most figures are at or better than England's." + first + judged;
    }
    return actions.size() + " priority actions, " + immediate + " immediate." + first + judged;
  }

  /** How a plan action stands against the line from its baseline to its target, with the figures. */
  public static String progress(PlanProgress p, int year) {
    if (p.status() == PlanStatus.NO_MEASURE) {
      return "The plan gives no success measure for this action.";
    }
    SuccessMeasure m = p.action().measure().orElseThrow();
    if (p.status() == PlanStatus.NO_DATA) {
      return "No figure after the baseline year " + m.baselineYear() + " up to " + year + ".";
    }
    return format("%d: %s against %s expected on the line from %s (%d) to %s (%d).", p.latestYear().orElseThrow(),
        number(p.latest().asDouble().orElseThrow(), 1), number(p.expected().asDouble().orElseThrow(), 1),
        number(m.baseline(), 1), m.baselineYear(), number(m.target(), 1), m.targetYear());
  }

  // ---- statuses, small numbers and questioned figures ----

  /** The status word: "Red", "Amber", "Green". */
  public static String rating(Rating rating) {
    return switch (rating) {
      case RED -> "Red";
      case AMBER -> "Amber";
      case GREEN -> "Green";
    };
  }

  /**
   * Why an indicator has its status, as a clause: "in the worst quarter of councils and clearly worse
   * than England"; for Green, "no worse than England by a clear margin and in the best half of
   * councils".
   */
  public static String statusReasons(IndicatorStatus status) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    for (StatusReason reason : status.reasons()) {
      parts.add(switch (reason) {
        case WORST_QUARTER -> "in the worst quarter of councils";
        case THIRD_QUARTER -> "in the third quarter of councils";
        case CLEARLY_WORSE_THAN_ENGLAND -> "clearly worse than England";
        case CLEARLY_WORSE_THAN_NEIGHBOURS -> "clearly worse than its statistical neighbours";
        case WORSENING -> status.has(StatusReason.CLEARLY_WORSE_THAN_ENGLAND) ? "getting worse"
            : "worse than England and getting worse";
        case SMALL_NUMBERS -> "not Red because it rests on small numbers";
        case QUESTIONED_FIGURE -> "not Red because the figure is queried";
      });
    }
    if (parts.isEmpty()) {
      return "in the best half of councils and not clearly worse than England";
    }
    return parts.size() == 1 ? parts.get(0)
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  /**
   * A small-numbers warning, as a clause: "it rests on 2.0 FTE, so one person more or less moves it by
   * about 50 percentage points; it is not rated Red" (the last part only for a rated indicator).
   */
  public static String smallNumbers(SmallNumbers s) {
    String base = base(s);
    String person = s.unit() == SmallNumbers.BaseUnit.FTE ? "one person" : "one child";
    String moves = s.indicator().isRate() && s.base() > 0
        ? "moves it by about " + number(100 / s.base(), 0) + " percentage points"
        : "changes it a great deal";
    return "it rests on " + base + ", so " + person + " more or less " + moves
        + (s.indicator().polarity() == io.github.cscbriefs.model.Polarity.NONE ? "" : "; it is not rated Red");
  }

  /**
   * One sentence for every figure of a year that rests on small numbers: "Small numbers: in 2025 the
   * average caseload rests on 1.0 FTE and the agency worker rate on 2.0 FTE, so one person more or
   * less moves each a long way; none is rated Red."
   */
  public static String smallNumbersNote(java.util.List<SmallNumbers> all) {
    java.util.List<String> parts = all.stream().map(s -> lower(s.indicator().label())
        + (s == all.get(0) ? " rests on " : " on ") + base(s)).toList();
    String list = parts.size() == 1 ? parts.get(0)
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    return "Small numbers: in " + all.get(0).year() + " the " + list + ", so one "
        + (all.stream().allMatch(s -> s.unit() == SmallNumbers.BaseUnit.CHILDREN) ? "child" : "person")
        + " more or less moves " + (all.size() == 1 ? "it" : "each") + " a long way; "
        + (all.size() == 1 ? "it is not" : "none is") + " rated Red.";
  }

  private static String base(SmallNumbers s) {
    return number(s.base(), 1) + (s.unit() == SmallNumbers.BaseUnit.FTE ? " FTE" : " children");
  }

  /**
   * A questioned figure, without a full stop: "Sickness absence rate of 0.5% in 2022 is far from 5.7%
   * in 2021 and 6.6% in 2024, so it may be a recording error: check it with the council".
   */
  public static String questioned(DataQualityFinding finding) {
    Unit unit = finding.indicator().unit();
    if (finding instanceof DataQualityFinding.Spike sp) {
      return finding.indicator().label() + " of " + withUnit(Value.of(sp.value()), unit) + " in " + sp.year()
          + " is far from " + withUnit(Value.of(sp.before()), unit) + " in " + sp.beforeYear() + " and "
          + withUnit(Value.of(sp.after()), unit) + " in " + sp.afterYear()
          + ", so it may be a recording error: check it with the council before relying on it";
    }
    DataQualityFinding.ZeroRun z = (DataQualityFinding.ZeroRun) finding;
    return finding.indicator().label() + " was published as exactly " + withUnit(Value.of(0), unit)
        + " in each of the " + z.years() + " years " + years(z.firstYear(), z.lastYear())
        + ", which is unlikely for a social work service: check it with the council before relying on it";
  }

  /**
   * The flag on a plan baseline that disagrees with the official figure for its year, e.g. "The
   * plan's baseline, 20.0 in 2021, is not the official figure for 2021: 22.7 cases per FTE."
   */
  public static String baselineMismatch(io.github.cscbriefs.metrics.BaselineMismatch mismatch,
      Unit unit) {
    return "The plan's baseline, " + number(mismatch.planBaseline(), unit.decimals()) + " in "
        + mismatch.year() + ", is not the official figure for " + mismatch.year() + ": "
        + withUnit(Value.of(mismatch.official()), unit) + ".";
  }

  /**
   * What a plan action involves, as the plan gives it: how it will be done, what it answers and
   * its dated milestones, e.g. "How: weekly caseload review. Answers: Priority action: reduce
   * caseloads. Milestones: caseload cap agreed, due 31 March 2022; all teams within the cap, due
   * 30 September 2023." Empty when the plan gives none of them.
   */
  public static String planDetails(PlanAction action) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    action.how().ifPresent(how -> parts.add("How: " + sentence(how)));
    action.answers().ifPresent(answers -> parts.add("Answers: " + sentence(answers)));
    if (!action.milestones().isEmpty()) {
      parts.add((action.milestones().size() == 1 ? "Milestone: " : "Milestones: ")
          + String.join("; ", action.milestones().stream()
              .map(m -> m.description().strip() + ", due " + date(m.due())).toList()) + ".");
    }
    return String.join(" ", parts);
  }

  /** The text with a full stop at its end unless it already ends a sentence. */
  private static String sentence(String text) {
    String t = text.strip();
    return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
  }

  /**
   * What Ofsted asked for at an inspection, from a local file: its recommendations and the link
   * to its report, e.g. "Recommendations: strengthen oversight; improve supervision. Report:
   * https://reports.ofsted.gov.uk/...". Empty when there are neither.
   */
  public static String recommendations(Inspection inspection) {
    String recs = inspection.recommendations().isEmpty() ? ""
        : (inspection.recommendations().size() == 1 ? "Recommendation: " : "Recommendations: ")
            + String.join("; ", inspection.recommendations().stream().map(String::strip).toList())
            + (inspection.recommendations().get(inspection.recommendations().size() - 1).strip()
                .endsWith(".") ? "" : ".");
    String link = inspection.reportLink().map(u -> "Report: " + u).orElse("");
    return (recs + (recs.isEmpty() || link.isEmpty() ? "" : " ") + link).strip();
  }

  // ---- headline facts ----

  /**
   * A headline fact as a sentence, e.g. "Average caseload was the highest in England in 2018, 2019
   * and 2020: 26.8, 32.7 and 24.9, against England's 17.4, 16.9 and 16.3."
   */
  public static String headline(Headline headline) {
    Unit unit = headline.indicator().unit();
    String label = headline.indicator().label();
    if (headline instanceof Headline.ExtremeInEngland e) {
      boolean joint = e.years().stream().anyMatch(y -> y.tied() > 0);
      return label + " was the " + (joint ? "joint " : "") + extremeWord(e) + " in England " + years(e.years())
          + figures(e.years(), unit);
    } else if (headline instanceof Headline.Multiplied m) {
      String verb = switch (m.times()) {
        case 2 -> "doubled";
        case 3 -> "tripled";
        default -> "rose to more than " + m.times() + " times its figure";
      };
      // "in 1 year", never "in 1 years"
      return label + " " + verb + " in " + count(m.toYear() - m.fromYear(), "year", "years") + ", from "
          + figure(m.from(), unit)
          + " in " + m.fromYear() + " to " + figure(m.to(), unit) + " in " + m.toYear() + ".";
    } else if (headline instanceof Headline.Moved m) {
      return label + (m.to() > m.from() ? " rose" : " fell") + " from " + figure(m.from(), unit) + " in "
          + m.fromYear() + " to " + figure(m.to(), unit) + " in " + m.toYear()
          + (m.england().isPresent() ? " (England " + figure(m.england(), unit) + ")" : "") + "; the trend is "
          + direction(m.direction()) + ".";
    }
    Headline.RunAgainstEngland r = (Headline.RunAgainstEngland) headline;
    Headline.YearFigure now = r.latest();
    boolean above = now.england().isPresent() && now.value() > now.england().asDouble().getAsDouble();
    return label + " has been " + (above ? "above" : "below") + " England's every year since " + r.firstYear()
        + ": " + figure(now.value(), unit) + " in " + now.year() + " against " + figure(now.england(), unit) + ".";
  }

  private static String extremeWord(Headline.ExtremeInEngland e) {
    boolean worst = e.extreme() == Headline.Extreme.WORST;
    boolean highest = worst == (e.indicator().polarity() == Polarity.LOWER_IS_BETTER);
    return highest ? "highest" : "lowest";
  }

  /** "in 2020", "in 2019 and 2020", "in 2018, 2019 and 2020", "in each of the 5 years from 2017 to 2021". */
  private static String years(List<Headline.YearFigure> years) {
    List<String> list = years.stream().map(y -> Integer.toString(y.year())).toList();
    if (list.size() > 3) {
      return "in each of the " + list.size() + " years from " + list.get(0) + " to " + list.get(list.size() - 1);
    }
    return "in " + and(list);
  }

  /** ": 32.7 and 24.9, against England's 16.9 and 16.3." — for a long run only the latest year. */
  private static String figures(List<Headline.YearFigure> years, Unit unit) {
    List<Headline.YearFigure> shown = years.size() > 3 ? years.subList(years.size() - 1, years.size()) : years;
    String council = and(shown.stream().map(y -> figure(y.value(), unit)
        + (shown.size() > 1 ? " in " + y.year() : "")).toList());
    boolean englandKnown = shown.stream().allMatch(y -> y.england().isPresent());
    String england = englandKnown ? ", against England's " + and(shown.stream().map(y -> figure(y.england(), unit))
        .toList()) : "";
    String latest = years.size() > 3 ? " in " + shown.get(0).year() : "";
    Headline.YearFigure last = years.get(years.size() - 1);
    String tied = last.tied() == 0 ? "" : "; " + count(last.tied(), "other council", "other councils") + " had the same figure";
    return ": " + council + latest + england + " (of " + last.outOf() + " councils with a figure"
        + (years.size() > 1 ? " in " + last.year() : "") + tied + ").";
  }

  private static String figure(double value, Unit unit) {
    return figure(Value.of(value), unit);
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.UK);
  }
}
