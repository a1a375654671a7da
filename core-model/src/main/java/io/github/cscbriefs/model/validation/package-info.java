/**
 * Bean Validation constraints for the domain (LA and GSS code formats, dates in order, values within
 * a measure's range) and the single entry point that validates a value on construction.
 */
package io.github.cscbriefs.model.validation;
