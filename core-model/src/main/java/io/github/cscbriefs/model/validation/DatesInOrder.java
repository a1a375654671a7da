package io.github.cscbriefs.model.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The named record components, each a {@link java.time.LocalDate}, a {@link
 * io.github.cscbriefs.model.PartialDate} or an {@code Optional} of one, are in non-decreasing order
 * (a date known only to its month or year is in order when some day of it is); absent dates are
 * skipped.
 */
@Documented
@Constraint(validatedBy = DatesInOrderValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface DatesInOrder {
  /** Record component names, earliest first. */
  String[] value();

  String message() default "dates in order";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
