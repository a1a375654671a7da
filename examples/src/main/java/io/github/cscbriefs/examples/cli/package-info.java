/**
 * The {@code csc-briefs} command line: argument parsing (picocli), progress and summaries, exit
 * codes, and safe, atomic output files. The only place in the project that prints.
 */
package io.github.cscbriefs.examples.cli;
