package dev.slippers.model;

/**
 * Where a touchpoint happens: app, web site, phone, pick-up point, courier...
 *
 * @param id   unique among the journey's channels
 * @param name free text
 * @param kind what sort of channel it is: digital, physical, phone or person; may be empty
 */
public record Channel(String id, String name, String kind) {

  /** What maps and reports call the channel: its name, or its id where the name is blank. */
  public String displayName() {
    return name.isBlank() ? id : name;
  }
}
