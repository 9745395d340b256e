package dev.slippers.evidence.duckdb;

import dev.slippers.evidence.EventLogEngine;
import dev.slippers.evidence.EventLogEngineProvider;

/** Registers {@link DuckDbEngine} as {@code duckdb}. */
public final class DuckDbEngineProvider implements EventLogEngineProvider {

  @Override
  public String name() {
    return "duckdb";
  }

  @Override
  public EventLogEngine open() {
    return new DuckDbEngine();
  }
}
