package dev.slippers.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session the engine runs in: the one already active (under {@code spark-submit}, or a
 * test's), or a local one.
 *
 * <p>A local session uses every core ({@code local[*]}) unless {@code -Dspark.master} says otherwise
 * (Spark reads {@code spark.*} system properties), has no web UI (nobody watches a command-line run,
 * and its port may be taken) and logs warnings only. Every session computes in UTC, so that a
 * timestamp without a zone is read as UTC, as the DuckDB engine reads it.
 */
final class SparkSessions {

  private static final String QUIET_LOGGING = "dev/slippers/spark/log4j2-local.properties";

  private SparkSessions() {}

  /** The active session, or a new local one. */
  static SparkSession activeOrLocal() {
    scala.Option<SparkSession> active = SparkSession.getActiveSession();
    scala.Option<SparkSession> known = active.isDefined() ? active : SparkSession.getDefaultSession();
    SparkSession session = known.isDefined() ? known.get() : local();
    session.conf().set("spark.sql.session.timeZone", "UTC");
    return session;
  }

  private static SparkSession local() {
    // Before Spark's first class logs: log4j reads its configuration once.
    if (System.getProperty("log4j2.configurationFile") == null && System.getProperty("log4j.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", QUIET_LOGGING);
    }
    SparkConf conf = new SparkConf();
    SparkSession.Builder builder = SparkSession.builder().appName("slippers calibrate")
        .config("spark.ui.enabled", conf.get("spark.ui.enabled", "false"))
        .config("spark.sql.session.timeZone", "UTC");
    if (!conf.contains("spark.master")) {
      builder.master("local[*]");
    }
    return builder.getOrCreate();
  }
}
