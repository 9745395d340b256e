package dev.slippers.model;

/**
 * A customer type walking the journey.
 *
 * @param id          unique among the journey's personas
 * @param name        free text
 * @param type        the customer type from service practice, e.g. "I want everything now"; may be empty
 * @param description free text, may be empty
 */
public record Persona(String id, String name, String type, String description) {

  /** What maps and reports call the persona: its name, or its id where the name is blank. */
  public String displayName() {
    return name.isBlank() ? id : name;
  }
}
