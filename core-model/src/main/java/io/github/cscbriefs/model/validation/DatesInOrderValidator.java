package io.github.cscbriefs.model.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
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
    LocalDate previous = null;
    String previousName = null;
    for (String name : names) {
      LocalDate date = read(value, name);
      if (date == null) {
        continue;
      }
      if (previous != null && date.isBefore(previous)) {
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

  private static LocalDate read(Record value, String name) {
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
      return (LocalDate) raw;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + name, e);
    }
  }
}
