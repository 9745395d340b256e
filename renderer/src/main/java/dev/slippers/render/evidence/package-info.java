/**
 * The drift report of {@code slippers calibrate -o DIR}: a journey against what an event log shows.
 *
 * <p>The renderer does not depend on the evidence module: the CLI copies the calibration's figures
 * into {@link dev.slippers.render.evidence.DriftFigures}, plain data, and
 * {@link dev.slippers.render.evidence.DriftReport} renders them, so data flows one way (evidence to
 * CLI to renderer) and the renderer stays free of DuckDB.
 */
package dev.slippers.render.evidence;
