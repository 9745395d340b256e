/**
 * The friction analysis as JSON: {@link dev.slippers.analysis.json.AnalysisJson}, a stable contract
 * for other tools, kept apart from the analysis so that it knows nothing of its output formats.
 */
package dev.slippers.analysis.json;
