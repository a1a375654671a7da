package io.github.cscbriefs.model.validation;

import io.github.cscbriefs.model.ModelViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Validates domain values with Hibernate Validator; every record calls it from its constructor. */
public final class ModelValidation {

  private static final Validator VALIDATOR = buildValidator();

  private ModelValidation() {}

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
    List<ModelViolationException.Violation> found = violations.stream()
        .map(v -> new ModelViolationException.Violation(
            path(v), String.valueOf(v.getInvalidValue() instanceof Record ? "…" : v.getInvalidValue()),
            v.getMessage()))
        .sorted(Comparator.comparing(ModelViolationException.Violation::path)
            .thenComparing(ModelViolationException.Violation::expected))
        .toList();
    throw new ModelViolationException(value.getClass().getSimpleName(), found);
  }

  private static String path(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    return path.isEmpty() ? "(whole value)" : path;
  }
}
