/**
 * The journey model: immutable records for a customer journey map as a stage graph.
 *
 * <p>A {@link dev.slippers.model.Journey} is a directed graph of {@link dev.slippers.model.Stage}s
 * joined by {@link dev.slippers.model.Transition}s. Stages hold the touchpoints where the customer
 * meets the business, the pain points met there, the opportunities that address them and the
 * metrics measured there. The model knows nothing of YAML, source positions or output formats:
 * those live in {@code dev.slippers.io} and the renderer.
 */
package dev.slippers.model;
