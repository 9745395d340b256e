/**
 * Pages of the live preview ({@code slippers serve}): the index of the journeys being watched, the
 * located problems of a journey that does not validate (shown instead of a stale picture), the
 * stage graph as a page, and the small live-reload script added to every page served.
 *
 * <p>Like every renderer these return documents; the server in the command line module sends them.
 */
package dev.slippers.render.preview;
