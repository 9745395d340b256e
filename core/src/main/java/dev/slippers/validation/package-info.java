/**
 * Validation rules over a loaded journey. Each rule is a small class with a stable dotted id
 * ({@code reference.unknown}, {@code stage.unreachable}...) that reports every finding with its
 * position and a hint on what to do; {@link dev.slippers.validation.Validator} runs them all.
 */
package dev.slippers.validation;
