package io.github.cscbriefs.model.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Every present value in a {@code Map<Measure, Value>} is between 0 and the measure's maximum
 * (100 for rates that cannot exceed it).
 */
@Documented
@Constraint(validatedBy = MeasuresInRangeValidator.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface MeasuresInRange {
  String message() default "a value within the measure's range";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
