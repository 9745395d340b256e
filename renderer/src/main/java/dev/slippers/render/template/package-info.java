/** The one FreeMarker configuration every HTML and Markdown output is produced with. */
package dev.slippers.render.template;
