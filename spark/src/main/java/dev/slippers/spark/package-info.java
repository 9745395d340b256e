/**
 * The event-log calibration as an Apache Spark job, for logs that outgrow one machine
 * (docs/evidence.md, "Apache Spark").
 *
 * <p>{@link dev.slippers.spark.SparkEngine} computes from a log what the DuckDB engine computes, with
 * Spark SQL's window functions and exact percentiles; {@link dev.slippers.spark.SparkCalibrate} is
 * the main class for {@code spark-submit}. Nothing else in Slippers depends on this package, so
 * Spark is loaded only when it is asked for.
 */
package dev.slippers.spark;
