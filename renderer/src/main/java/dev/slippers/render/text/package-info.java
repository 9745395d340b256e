/**
 * Text measurement and wrapping with a font bundled on the classpath (DejaVu Sans), so that the
 * same journey gives the same SVG on every machine.
 */
package dev.slippers.render.text;
