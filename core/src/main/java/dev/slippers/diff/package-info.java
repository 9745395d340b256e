/**
 * What changed between two versions of a journey: as-is against to-be, or last quarter against
 * this one. {@link dev.slippers.diff.JourneyDiffer} compares the models (stages, touchpoints, pain
 * points, transitions and metrics matched by id) and their analyses (friction per stage, outcome
 * probabilities, metrics that crossed their targets); {@link dev.slippers.diff.DiffJson} writes the
 * result as JSON in a stable order. The diff knows nothing of text or Markdown: the renderer formats
 * it.
 */
package dev.slippers.diff;
