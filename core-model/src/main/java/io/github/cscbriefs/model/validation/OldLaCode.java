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

/** A DfE "old" local authority code: three digits, e.g. {@code 812} for North East Lincolnshire. */
@Documented
@NotNull
@Pattern(regexp = "\\d{3}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface OldLaCode {
  String message() default "a three-digit DfE LA code such as 812";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
