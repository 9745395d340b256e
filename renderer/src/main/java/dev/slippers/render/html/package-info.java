/** The self-contained HTML page of a journey, from a FreeMarker template with auto-escaping on. */
package dev.slippers.render.html;
