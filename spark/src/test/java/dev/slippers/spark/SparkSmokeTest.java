package dev.slippers.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class SparkSmokeTest {
  @Test
  void localSessionGroupsRows() {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("smoke")
        .config("spark.ui.enabled", "false").getOrCreate();
    try {
      long n = spark.sql("select id % 3 as k, count(*) from range(10) group by k").count();
      assertEquals(3, n);
    } finally {
      spark.stop();
    }
  }
}
