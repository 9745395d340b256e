package dev.slippers.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}: a rendered document must equal its golden
 * file byte for byte. Run with {@code -Dslippers.updateGolden=true} to rewrite them on purpose,
 * then review the diff before committing.
 */
public final class Golden {

  private static final Path FOLDER = Path.of("src/test/resources/golden");

  private Golden() {}

  public static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("slippers.updateGolden", "false"));
  }

  public static void assertMatches(String name, String actual) throws IOException {
    Path file = FOLDER.resolve(name);
    if (updating()) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(file)) {
      throw new AssertionError("no golden file " + file + "; create it with -Dslippers.updateGolden=true and review it");
    }
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      Path actualFile = Path.of("target/golden-actual").resolve(name);
      Files.createDirectories(actualFile.getParent());
      Files.writeString(actualFile, actual, StandardCharsets.UTF_8);
      assertEquals(expected, actual, name + " differs from its golden file (actual output in " + actualFile
          + "; if the change is intended, rerun with -Dslippers.updateGolden=true)");
    }
  }
}
