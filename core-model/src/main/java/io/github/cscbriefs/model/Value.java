package io.github.cscbriefs.model;

import io.github.cscbriefs.model.problem.Problem;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

/** A published figure: either a finite number or a missing value that keeps its reason. */
public sealed interface Value permits Value.Present, Value.Missing {

  static Value of(double number) {
    return new Present(number);
  }

  static Value missing(MissingReason reason) {
    return new Missing(reason);
  }

  boolean isPresent();

  /** The number, or empty when missing. */
  OptionalDouble asDouble();

  /** Applies {@code f} to a present number; a missing value stays missing with its reason. */
  Value map(DoubleUnaryOperator f);

  /** A number. */
  record Present(double number) implements Value {
    public Present {
      if (!Double.isFinite(number)) {
        throw new ModelViolationException("Value", java.util.List.of(
            Problem.of("number", String.valueOf(number), "a finite number")));
      }
    }

    @Override
    public boolean isPresent() {
      return true;
    }

    @Override
    public OptionalDouble asDouble() {
      return OptionalDouble.of(number);
    }

    @Override
    public Value map(DoubleUnaryOperator f) {
      return Value.of(f.applyAsDouble(number));
    }

    @Override
    public String toString() {
      return Double.toString(number);
    }
  }

  /** No number, and why. */
  record Missing(MissingReason reason) implements Value {
    public Missing {
      java.util.Objects.requireNonNull(reason, "reason");
    }

    @Override
    public boolean isPresent() {
      return false;
    }

    @Override
    public OptionalDouble asDouble() {
      return OptionalDouble.empty();
    }

    @Override
    public Value map(DoubleUnaryOperator f) {
      return this;
    }

    @Override
    public String toString() {
      return reason.symbol().isEmpty() ? "(blank)" : reason.symbol();
    }
  }
}
