/**
 * The words and numbers Slippers writes around a journey's own text, in the journey's
 * {@link dev.slippers.model.Language}: {@link dev.slippers.wording.Numerals} for numbers (decimal
 * point in English, decimal comma in Russian, narrow no-break spaces between thousands, "pp" or
 * "п. п."), {@link dev.slippers.wording.OutcomeNames} for the outcomes Slippers knows. Machine
 * formats (JSON, YAML) never go through here: they stay locale-neutral.
 */
package dev.slippers.wording;
