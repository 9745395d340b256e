package dev.slippers.model;

/**
 * A customer type walking the journey.
 *
 * @param id          unique among the journey's personas
 * @param name        free text
 * @param type        the customer type from service practice, e.g. "I want everything now"; may be empty
 * @param description free text, may be empty
 */
public record Persona(String id, String name, String type, String description) {}
