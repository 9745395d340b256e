/** PNG pictures of the SVG maps and graphs through Batik's transcoder. */
package dev.slippers.render.png;
