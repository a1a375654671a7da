/**
 * The one problem type every module reports failures with: a {@link
 * io.github.cscbriefs.model.problem.Problem} says where (a {@link
 * io.github.cscbriefs.model.problem.Where}: file, line, column, field path) and what (the value
 * found and what was expected), and renders itself as one line. {@link
 * io.github.cscbriefs.model.problem.Expected} names the expected-wordings used in more than one
 * place, so that each is written once.
 */
package io.github.cscbriefs.model.problem;
