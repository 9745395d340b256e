package dev.slippers.analysis;

/**
 * A stage the flow depends on.
 *
 * @param stageId           the stage
 * @param onEverySuccessPath true when every path from the entry to a success passes it
 * @param betweenness       normalised betweenness centrality in the stage graph, 0 to 1
 */
public record Bottleneck(String stageId, boolean onEverySuccessPath, double betweenness) {}
