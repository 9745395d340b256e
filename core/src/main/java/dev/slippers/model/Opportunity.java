package dev.slippers.model;

import java.util.List;

/**
 * An idea that turns a pain into a strength.
 *
 * @param id          unique among the journey's opportunities
 * @param description free text
 * @param addresses   ids of the pain points it would remove
 */
public record Opportunity(String id, String description, List<String> addresses) {

  public Opportunity {
    addresses = List.copyOf(addresses);
  }
}
