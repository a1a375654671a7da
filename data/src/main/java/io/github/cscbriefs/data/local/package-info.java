/**
 * A council's own evidence file (YAML or JSON): what official data lacks — earlier inspections and
 * visits with their priority actions, interventions, figures newer than the last DfE release, and
 * the council's improvement-plan actions. Read safely (size and alias limits, no arbitrary types)
 * and validated like the official data.
 */
package io.github.cscbriefs.data.local;
