package dev.slippers.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema of the format ({@code docs/slippers.schema.json}), shipped in the jar so that
 * editors and other tools can use it outside this repository ({@code slippers schema > file}).
 * It is kept by hand beside the reader; {@code SchemaTest} and {@code SchemaKeysTest} hold the two
 * to the same keys and the same verdict on every structural rule.
 */
public final class Schema {

  /** The schema's {@code $id}. */
  public static final String ID = "urn:slippers:format:" + JourneyReader.FORMAT_VERSION;

  private Schema() {}

  /** The schema as JSON text, UTF-8, ending with a newline. */
  public static String json() {
    try (InputStream in = Schema.class.getResourceAsStream("slippers.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("slippers.schema.json is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
