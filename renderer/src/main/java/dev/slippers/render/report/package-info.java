/**
 * The friction report: what a manager must act on in one journey, or in a folder of them.
 *
 * <p>{@link dev.slippers.render.report.FrictionReports} turns a journey and its analysis into a
 * {@link dev.slippers.render.report.FrictionReport} (numbers taken from the analysis, formatted once
 * for every output), and {@link dev.slippers.render.report.ReportRenderer} renders it as
 * self-contained HTML, as Markdown for a pull-request comment and as JSON. Diffs between versions
 * render through {@link dev.slippers.render.report.DiffRenderer}.
 */
package dev.slippers.render.report;
