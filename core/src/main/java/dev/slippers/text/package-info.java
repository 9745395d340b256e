/**
 * Characters that outputs cannot carry as written: those XML 1.0 cannot hold (validation refuses
 * them, renderers replace them visibly) and those a terminal would obey instead of showing
 * (escaped in every line Slippers prints).
 */
package dev.slippers.text;
