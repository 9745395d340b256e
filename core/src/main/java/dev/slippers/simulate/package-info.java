/**
 * Synthetic event logs: {@link dev.slippers.simulate.JourneySimulator} walks customers through a
 * journey (shares, durations with a spread, loops; lost ends the case) and
 * {@link dev.slippers.simulate.EventLogFormat} writes the events as CSV or JSON lines, so that
 * calibration can be tested against known truth (docs/evidence.md, "Simulated logs").
 */
package dev.slippers.simulate;
