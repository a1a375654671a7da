package io.github.cscbriefs.reporting;

import io.github.cscbriefs.metrics.Baseline;
import io.github.cscbriefs.metrics.ComparatorKind;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.Direction;
import io.github.cscbriefs.metrics.Evidence;
import io.github.cscbriefs.metrics.Gap;
import io.github.cscbriefs.metrics.GapClosure;
import io.github.cscbriefs.metrics.Headline;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.metrics.OwnerRole;
import io.github.cscbriefs.metrics.PlanProgress;
import io.github.cscbriefs.metrics.PlanStatus;
import io.github.cscbriefs.metrics.PriorityAction;
import io.github.cscbriefs.metrics.QuartileBand;
import io.github.cscbriefs.metrics.RateInterval;
import io.github.cscbriefs.metrics.Standing;
import io.github.cscbriefs.metrics.Target;
import io.github.cscbriefs.metrics.TargetSource;
import io.github.cscbriefs.metrics.Trend;
import io.github.cscbriefs.metrics.Urgency;
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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every word the briefs say about the findings, in one place: how numbers, figures, dates and
 * plurals are printed, and the sentences for priority actions, their evidence, trends and plan
 * progress. The PDF and every other edition word the same findings through this class, so a
 * sentence is written once. Numbers are British style ("1,234.5"), dates "26 November 2021".
 */
public final class Wording {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

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
   * British style: "1,234.5". Written as Java writes numbers without a locale, which is the UK's
   * convention (',' between thousands, '.' before decimals, ASCII digits and signs); given {@code
   * Locale.UK} the JDK builds a {@code NumberFormat} on every call, at four times the cost.
   */
  public static String number(double value, int decimals) {
    return format("%,." + decimals + "f", value);
  }

  /** {@link String#format} with numbers written the UK way (see {@link #number}). */
  static String format(String format, Object... args) {
    return String.format((Locale) null, format, args);
  }

  /** A figure for a table: "24.9", "25.9%", "1,234"; a missing value as its symbol, e.g. "x" or "..". */
  public static String figure(Value value, Unit unit) {
    if (value instanceof Value.Missing missing) {
      return symbol(missing.reason());
    }
    String number = number(value.asDouble().orElseThrow(), unit.decimals());
    return unit == Unit.PERCENT ? number + "%" : number;
  }

  /** A difference with its sign, e.g. "+8.6" or "−1.2"; missing as its symbol. */
  public static String signed(Value value, Unit unit) {
    if (value instanceof Value.Missing missing) {
      return symbol(missing.reason());
    }
    double number = value.asDouble().orElseThrow();
    String text = number(Math.abs(number), unit.decimals());
    String sign = number > 0 ? "+" : number < 0 ? "\u2212" : "";
    return sign + text + (unit == Unit.PERCENT ? " pts" : "");
  }

  /** A figure with its unit in words, for sentences: "24.9 cases per FTE", "25.9%"; missing in words. */
  public static String withUnit(Value value, Unit unit) {
    if (value instanceof Value.Missing missing) {
      return "not available (" + missing.reason().description() + ")";
    }
    String figure = figure(value, unit);
    return unit == Unit.PERCENT || unit.suffix().isEmpty() ? figure : figure + " " + unit.suffix();
  }

  /** The symbol printed for a missing value; a blank source cell prints as an en dash. */
  public static String symbol(MissingReason reason) {
    return reason.symbol().isEmpty() ? "\u2013" : reason.symbol();
  }

  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** The date a workforce year's figures are taken at: "30 September 2020". */
  public static String asAt(int year) {
    return "30 September " + year;
  }

  /** "1 priority action", "3 priority actions". */
  public static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
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
      return withUnit(f.value(), f.indicator().unit()) + " at " + asAt(f.year());
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
          + (f.source() == TargetSource.CALLER ? "the council's target" : "England at " + asAt(f.year())) + ")";
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
      return e.indicator().label() + " was " + withUnit(e.value(), unit) + " at " + asAt(e.year())
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
      return capacity(e);
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
    }
    Intervention i = ((Evidence.InterventionInForce) evidence).intervention();
    return "DfE intervention in force: " + i.type().label() + " since " + date(i.start()) + ". " + i.description();
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
        default -> "rose more than " + m.times() + "-fold";
      };
      return label + " " + verb + " in " + (m.toYear() - m.fromYear()) + " years, from " + figure(m.from(), unit)
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

  /** "a", "a and b", "a, b and c". */
  static String and(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.UK);
  }
}
