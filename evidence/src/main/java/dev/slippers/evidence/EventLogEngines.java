package dev.slippers.evidence;

import java.util.ServiceLoader;
import java.util.TreeSet;

/** Finds event-log engines by name on the class path. */
public final class EventLogEngines {

  public static final String DEFAULT = "duckdb";

  private EventLogEngines() {}

  /**
   * Opens the engine called {@code name}.
   *
   * @throws EventLogException when no such engine is on the class path; the message names those that
   *                           are, and for {@code spark} says how to get it
   */
  public static EventLogEngine open(String name) {
    TreeSet<String> found = new TreeSet<>();
    for (EventLogEngineProvider provider : ServiceLoader.load(EventLogEngineProvider.class)) {
      if (provider.name().equals(name)) {
        return provider.open();
      }
      found.add(provider.name());
    }
    String how = name.equals("spark")
        ? "; the Spark engine is a separate download to keep this jar small: put slippers-spark's jar on the class path"
            + " (see docs/evidence.md), or run without --engine for DuckDB"
        : "";
    throw new EventLogException("no event-log engine '" + name + "' here (engines available: " + String.join(", ", found)
        + ")" + how);
  }
}
