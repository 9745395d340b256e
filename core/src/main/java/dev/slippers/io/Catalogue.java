package dev.slippers.io;

import dev.slippers.model.Channel;
import dev.slippers.model.Persona;
import java.util.List;

/**
 * A shared file of personas and channels that several journeys {@code include:}.
 *
 * @param id       the catalogue's id
 * @param title    free text, may be empty
 * @param personas in file order
 * @param channels in file order
 */
public record Catalogue(String id, String title, List<Persona> personas, List<Channel> channels) {

  public Catalogue {
    personas = List.copyOf(personas);
    channels = List.copyOf(channels);
  }
}
