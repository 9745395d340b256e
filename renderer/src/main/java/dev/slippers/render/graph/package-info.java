/**
 * The stage graph: layout with Eclipse ELK's layered algorithm as plain geometry
 * ({@link dev.slippers.render.graph.GraphLayout}), then an SVG drawing of it.
 */
package dev.slippers.render.graph;
