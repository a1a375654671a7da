/**
 * Hand-built councils and datasets for the tests of every module above core-model, made through
 * the model's public constructors so that its validation vouches for them: {@link
 * io.github.cscbriefs.testkit.Councils} (real councils, including combined returns and reorganised
 * councils), {@link io.github.cscbriefs.testkit.Fixtures} (a five-year workforce dataset made from
 * counts), {@link io.github.cscbriefs.testkit.Reorganised} (councils whose series run back through
 * a predecessor) and {@link io.github.cscbriefs.testkit.MissingValues} (a council with every {@link
 * io.github.cscbriefs.model.MissingReason} in its series).
 */
package io.github.cscbriefs.testkit;
