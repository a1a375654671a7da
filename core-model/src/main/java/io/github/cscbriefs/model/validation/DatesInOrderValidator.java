package io.github.cscbriefs.model.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import io.github.cscbriefs.model.PartialDate;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** Checks {@link DatesInOrder} on a record, reporting the first date that comes too early. */
public final class DatesInOrderValidator implements ConstraintValidator<DatesInOrder, Record> {

  private String[] names;

  /** Created by the Bean Validation provider, which finds it through the constraint annotation. */
  public DatesInOrderValidator() {}

  @Override
  public void initialize(DatesInOrder annotation) {
    names = annotation.value();
  }

  @Override
  public boolean isValid(Record value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    PartialDate previous = null;
    String previousName = null;
    for (String name : names) {
      PartialDate date = read(value, name);
      if (date == null) {
        continue;
      }
      // Dates known to a month or a year are in order when they can be: "2025" may follow "July 2025".
      if (previous != null && date.latest().isBefore(previous.earliest())) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(
                "a date on or after " + previousName + " (" + previous + ")")
            .addPropertyNode(name)
            .addConstraintViolation();
        return false;
      }
      previous = date;
      previousName = name;
    }
    return true;
  }

  private static PartialDate read(Record value, String name) {
    RecordComponent component = Arrays.stream(value.getClass().getRecordComponents())
        .filter(c -> c.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(
            "@DatesInOrder names " + name + ", which " + value.getClass().getSimpleName() + " lacks"));
    try {
      Object raw = component.getAccessor().invoke(value);
      if (raw instanceof Optional<?> optional) {
        raw = optional.orElse(null);
      }
      if (raw == null || raw instanceof PartialDate) {
        return (PartialDate) raw;
      }
      return PartialDate.day((LocalDate) raw);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + name, e);
    }
  }
}
