/**
 * Synthetic journeys of any size for tests and benchmarks:
 * {@link dev.slippers.synthetic.SyntheticJourneys#generate(int, long)}.
 */
package dev.slippers.synthetic;
