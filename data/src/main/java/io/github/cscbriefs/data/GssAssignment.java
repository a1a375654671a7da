package io.github.cscbriefs.data;

/**
 * A GSS code a council was published under in a given year, as learned from a data file (DfE
 * re-codes councils, so one council can have several).
 *
 * @param laCode the council's three-digit LA code
 * @param gssCode the 9-character GSS code
 * @param year the year the file used it (workforce reporting year, or the inspection's year)
 */
public record GssAssignment(String laCode, String gssCode, int year) {}
