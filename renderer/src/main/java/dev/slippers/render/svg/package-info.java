/** The SVG document builder shared by the map and the graph: Batik's DOM, stable numbers, escaped text. */
package dev.slippers.render.svg;
