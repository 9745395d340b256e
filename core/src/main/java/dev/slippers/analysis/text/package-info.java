/**
 * The friction analysis as a readable terminal summary: {@link dev.slippers.analysis.text.AnalysisText}.
 */
package dev.slippers.analysis.text;
