/**
 * Rendering of journeys and their analysis: maps (SVG, PNG, HTML), the stage graph, reports and
 * walks. Renderers return documents (strings or bytes); the caller decides where they go.
 */
package dev.slippers.render;
