package io.github.cscbriefs.model.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A 9-character ONS GSS code for an English area, e.g. {@code E06000012}. */
@Documented
@NotNull
@Pattern(regexp = "E\\d{8}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface GssCode {
  String message() default "a 9-character GSS code such as E06000012";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
