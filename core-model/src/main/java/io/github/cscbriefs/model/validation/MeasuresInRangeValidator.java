package io.github.cscbriefs.model.validation;

import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.problem.Expected;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

/** Checks {@link MeasuresInRange}, one violation per value out of range, keyed by measure id. */
public final class MeasuresInRangeValidator
    implements ConstraintValidator<MeasuresInRange, Map<Measure, Value>> {

  /** Created by the Bean Validation provider, which finds it through the constraint annotation. */
  public MeasuresInRangeValidator() {}

  @Override
  public boolean isValid(Map<Measure, Value> values, ConstraintValidatorContext context) {
    if (values == null) {
      return true;
    }
    boolean valid = true;
    context.disableDefaultConstraintViolation();
    for (Map.Entry<Measure, Value> entry : values.entrySet()) {
      Measure measure = entry.getKey();
      if (entry.getValue() instanceof Value.Present present
          && (present.number() < 0 || present.number() > measure.max())) {
        valid = false;
        String range = measure.max() == Double.MAX_VALUE ? "0 or more" : Expected.between(0, (int) measure.max());
        context.buildConstraintViolationWithTemplate(
                measure.id() + " " + range + ", but was " + present.number())
            .addBeanNode().inContainer(Map.class, 1).inIterable().atKey(measure)
            .addConstraintViolation();
      }
    }
    return valid;
  }
}
