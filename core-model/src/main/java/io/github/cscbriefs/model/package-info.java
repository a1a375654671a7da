/**
 * The domain of children's social care improvement, as validated immutable values: councils and
 * their history, regions, Ofsted inspections and visits, DfE interventions, workforce figures that
 * keep the reason a value is missing, statistical neighbours and the indicator catalogue.
 *
 * <p>Every type validates itself on construction with Jakarta Bean Validation; an invalid value
 * fails with one {@link io.github.cscbriefs.model.ModelViolationException} listing every problem.
 */
package io.github.cscbriefs.model;
