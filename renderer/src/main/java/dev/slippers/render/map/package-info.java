/**
 * The journey map as a semantic SVG: stages as columns in flow order, lanes for the customer's
 * actions, thoughts and emotions, pain points, opportunities, the service blueprint and metrics.
 */
package dev.slippers.render.map;
