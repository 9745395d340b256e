/**
 * Reading and writing journey files: a small located YAML tree built from Jackson's streaming
 * parser (so that every message can name a line and column), the mapping of that tree to the model,
 * catalogue includes, and the canonical writer.
 */
package dev.slippers.io;
