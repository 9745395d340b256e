package dev.slippers.spark;

import dev.slippers.evidence.EventLogEngine;
import dev.slippers.evidence.EventLogEngineProvider;

/**
 * {@code --engine spark}: registered in {@code META-INF/services}, so the CLI finds it when this
 * module's jar and Spark are on the class path (the {@code ./slippers} launcher puts them there).
 * Finding it costs nothing; the session starts in {@link #open()}.
 */
public final class SparkEngineProvider implements EventLogEngineProvider {

  @Override
  public String name() {
    return "spark";
  }

  @Override
  public EventLogEngine open() {
    return SparkEngine.local();
  }
}
