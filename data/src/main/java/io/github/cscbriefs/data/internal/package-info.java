/**
 * Internals of the data readers: CSV tables with line numbers, problem collection, safe opening of
 * ODS archives. Not part of the public API; may change without notice.
 */
package io.github.cscbriefs.data.internal;
