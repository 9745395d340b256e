/**
 * Problems found in a journey, shared by every layer: parsing, validation and analysis report
 * {@link dev.slippers.diagnostic.Diagnostic}s that point at a file, line and column.
 */
package dev.slippers.diagnostic;
