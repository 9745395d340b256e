package dev.slippers.evidence;

/**
 * Makes engines of one kind; registered in {@code META-INF/services/dev.slippers.evidence.EventLogEngineProvider}.
 * Finding a provider must be cheap: the engine itself (a DuckDB connection, a Spark session) is only
 * started by {@link #open()}.
 */
public interface EventLogEngineProvider {

  /** The name users pass to {@code --engine}: {@code duckdb}, {@code spark}. */
  String name();

  EventLogEngine open();
}
