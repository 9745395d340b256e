/** The DuckDB engine: the computation of {@link dev.slippers.evidence.EventLogEngine} in SQL, embedded. */
package dev.slippers.evidence.duckdb;
