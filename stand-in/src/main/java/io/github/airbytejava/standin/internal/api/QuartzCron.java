package io.github.airbytejava.standin.internal.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks Quartz cron expressions, the kind Airbyte schedules connections with: {@code seconds
 * minutes hours day-of-month month day-of-week [year]}, e.g. {@code 0 0 12 * * ?} for every day at
 * noon.
 *
 * <p>A validator, not a scheduler: it never works out fire times. It checks that there are six or
 * seven fields, that each is made of what Quartz accepts there (numbers in the field's range, month
 * and day names, {@code * , - /}, {@code ?} and the {@code L W #} forms of the day fields), and
 * Quartz's rule that exactly one of day-of-month and day-of-week is {@code ?}. Close enough to
 * Quartz's own parser for a stand-in: what it refuses, Airbyte refuses too.
 */
final class QuartzCron {
  /** The layout, for problem details. */
  static final String LAYOUT = "seconds minutes hours day-of-month month day-of-week [year]";

  private static final String DAY_NAMES = "SUN|MON|TUE|WED|THU|FRI|SAT";
  private static final Pattern SPECIAL_DAY_OF_MONTH =
      Pattern.compile("L(-([0-9]|[12][0-9]|30))?|LW|([1-9]|[12][0-9]|3[01])W");
  private static final Pattern SPECIAL_DAY_OF_WEEK =
      Pattern.compile("L|([1-7]|" + DAY_NAMES + ")(L|#[1-5])");
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");

  private QuartzCron() {}

  /** Why {@code expression} is not a valid Quartz cron expression; empty if it is one. */
  static Optional<String> problem(String expression) {
    String[] fields = expression.trim().toUpperCase(Locale.ROOT).split("\\s+");
    if (fields.length < 6 || fields.length > 7) {
      return Optional.of(
          "it has " + fields.length + (fields.length == 1 ? " field" : " fields") + ", not 6 or 7");
    }
    List<Field> layout = List.of(Field.values());
    for (int i = 0; i < fields.length; i++) {
      Field field = layout.get(i);
      Optional<String> problem = field.problem(fields[i]);
      if (problem.isPresent()) {
        return Optional.of("in its " + field.label + " field, " + problem.get());
      }
    }
    boolean anyDayOfMonth = fields[Field.DAY_OF_MONTH.ordinal()].equals("?");
    boolean anyDayOfWeek = fields[Field.DAY_OF_WEEK.ordinal()].equals("?");
    if (anyDayOfMonth == anyDayOfWeek) {
      return Optional.of(
          "exactly one of its day-of-month and day-of-week fields must be '?' (Quartz cannot"
              + " combine them)");
    }
    return Optional.empty();
  }

  /** The fields, in order. */
  private enum Field {
    SECONDS("seconds", 0, 59, List.of()),
    MINUTES("minutes", 0, 59, List.of()),
    HOURS("hours", 0, 23, List.of()),
    DAY_OF_MONTH("day-of-month", 1, 31, List.of()),
    MONTH(
        "month",
        1,
        12,
        List.of(
            "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")),
    DAY_OF_WEEK("day-of-week", 1, 7, List.of(DAY_NAMES.split("\\|"))),
    YEAR("year", 1970, 2099, List.of());

    private final String label;
    private final int min;
    private final int max;
    private final List<String> names;

    Field(String label, int min, int max, List<String> names) {
      this.label = label;
      this.min = min;
      this.max = max;
      this.names = names;
    }

    /** What is wrong with this field's text (upper case), as the end of a sentence. */
    Optional<String> problem(String text) {
      if (text.equals("?")) {
        return this == DAY_OF_MONTH || this == DAY_OF_WEEK
            ? Optional.empty()
            : Optional.of("'?' is not allowed: only day-of-month and day-of-week take it");
      }
      if ((this == DAY_OF_MONTH && SPECIAL_DAY_OF_MONTH.matcher(text).matches())
          || (this == DAY_OF_WEEK && SPECIAL_DAY_OF_WEEK.matcher(text).matches())) {
        return Optional.empty();
      }
      for (String element : text.split(",", -1)) {
        Optional<String> problem = elementProblem(element);
        if (problem.isPresent()) {
          return problem;
        }
      }
      return Optional.empty();
    }

    /** One element of a list: {@code *}, a value or a range, optionally with a {@code /step}. */
    private Optional<String> elementProblem(String element) {
      int slash = element.indexOf('/');
      String base = slash < 0 ? element : element.substring(0, slash);
      if (slash >= 0) {
        String step = element.substring(slash + 1);
        // Quartz caps a step at the field's largest value (a year may step by any span).
        int maxStep = this == YEAR ? max - min : max;
        if (!NUMBER.matcher(step).matches()
            || Integer.parseInt(step) < 1
            || Integer.parseInt(step) > maxStep) {
          return Optional.of("'/" + step + "' is not a step from 1 to " + maxStep);
        }
      }
      if (base.equals("*")) {
        return Optional.empty();
      }
      int dash = base.indexOf('-', 1);
      if (dash < 0) {
        return valueProblem(base);
      }
      return valueProblem(base.substring(0, dash)).or(() -> valueProblem(base.substring(dash + 1)));
    }

    private Optional<String> valueProblem(String value) {
      if (names.contains(value)) {
        return Optional.empty();
      }
      if (NUMBER.matcher(value).matches()) {
        int number = Integer.parseInt(value);
        if (number >= min && number <= max) {
          return Optional.empty();
        }
      }
      return Optional.of(
          "'"
              + value
              + "' is neither a number from "
              + min
              + " to "
              + max
              + (names.isEmpty()
                  ? ""
                  : " nor a name " + names.get(0) + "-" + names.get(names.size() - 1))
              + " nor *");
    }
  }
}
