/**
 * Evidence: a journey checked against what customers did, from an event log ({@code docs/evidence.md}).
 *
 * <p>The seam is {@link dev.slippers.evidence.EventLogEngine}: an engine reads a log and returns
 * {@link dev.slippers.evidence.Observations}, plain counts and times per stage; everything that
 * compares them with the journey ({@code Calibration}) is engine-independent Java. Engines are
 * found by name through {@link java.util.ServiceLoader} ({@link dev.slippers.evidence.EventLogEngines}):
 * {@code duckdb} (embedded, the default, in this module) and {@code spark} (its own module).
 */
package dev.slippers.evidence;
