/**
 * Internal: composes a council's improvement brief from its metrics profile: cover, executive
 * summary, dashboard, one section per Ofsted judgement area with indicators (its latest judgement,
 * then each indicator's trend and benchmark charts), inspection history, action plan, capacity and
 * methodology, plus the CSV of its figures. Prints what the metrics computed; computes nothing
 * they could supply. Not part of the public API.
 */
package io.github.cscbriefs.reporting.brief;
