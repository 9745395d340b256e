/**
 * The slippers walk: one path through a journey, stage by stage, as the persona lives it, for a
 * review session. {@link dev.slippers.render.walk.WalkPaths} chooses the path,
 * {@link dev.slippers.render.walk.Walks} builds the {@link dev.slippers.render.walk.Walk} and
 * {@link dev.slippers.render.walk.WalkRenderer} renders one self-contained HTML page with keyboard
 * navigation, a progress bar, a reviewer's checklist per step and an export of the findings as
 * format-1 {@code pain_points:} YAML.
 */
package dev.slippers.render.walk;
