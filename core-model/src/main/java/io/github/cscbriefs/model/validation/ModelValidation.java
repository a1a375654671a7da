package io.github.cscbriefs.model.validation;

import io.github.cscbriefs.model.ModelViolationException;
import io.github.cscbriefs.model.problem.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Validates domain values with Hibernate Validator; every record calls it from its constructor. */
public final class ModelValidation {

  /**
   * Hibernate Validator logs through JBoss Logging, which, when the caller has set up no logging
   * library, writes to java.util.logging, whose default console handler prints INFO: an
   * "HV000001: Hibernate Validator" line in every caller's console. Its logger is lowered to
   * WARNING unless the caller has given it a level (e.g. {@code org.hibernate.validator.level=INFO}
   * in logging.properties); other logging libraries keep their own configuration. Held here so the
   * level is not lost when the logger would otherwise be collected.
   */
  private static final java.util.logging.Logger HIBERNATE_VALIDATOR_LOG = quietHibernateValidator();

  private static final Validator VALIDATOR = buildValidator();

  private ModelValidation() {}

  private static java.util.logging.Logger quietHibernateValidator() {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.hibernate.validator");
    if (logger.getLevel() == null) {
      logger.setLevel(java.util.logging.Level.WARNING);
    }
    return logger;
  }

  private static Validator buildValidator() {
    ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
    return factory.getValidator();
  }

  /**
   * Returns {@code value} if it satisfies its constraints.
   *
   * @throws ModelViolationException listing every violated constraint, sorted by field path
   */
  public static <T> T requireValid(T value) {
    Set<ConstraintViolation<T>> violations = VALIDATOR.validate(value);
    if (violations.isEmpty()) {
      return value;
    }
    List<Problem> found = violations.stream()
        .map(v -> Problem.of(
            path(v), invalidValue(v), v.getMessage()))
        .sorted(Comparator.comparing((Problem p) -> p.where().location())
            .thenComparing(Problem::expected))
        .toList();
    throw new ModelViolationException(value.getClass().getSimpleName(), found);
  }

  /**
   * The rejected value as text. A class-level constraint reports the whole record as its value; the
   * component its path names is the value a reader needs.
   */
  private static String invalidValue(ConstraintViolation<?> violation) {
    Object value = violation.getInvalidValue();
    if (value instanceof Record record) {
      String leaf = null;
      for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
        leaf = node.getName();
      }
      value = component(record, leaf);
    }
    if (value instanceof java.util.Optional<?> optional) {
      value = optional.orElse(null);
    }
    return String.valueOf(value);
  }

  private static Object component(Record record, String name) {
    for (java.lang.reflect.RecordComponent c : record.getClass().getRecordComponents()) {
      if (c.getName().equals(name)) {
        try {
          c.getAccessor().setAccessible(true);
          return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
          return "(unreadable)";
        }
      }
    }
    return "(whole " + record.getClass().getSimpleName() + ")";
  }

  private static String path(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    return path.isEmpty() ? "(whole value)" : path;
  }
}
