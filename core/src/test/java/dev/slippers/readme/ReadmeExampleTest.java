package dev.slippers.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's library example, exactly as written there: compiled with the JDK's compiler against
 * the core's classes, then run in its own JVM from the repository's root on the bundled journey.
 */
class ReadmeExampleTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern BLOCK = Pattern.compile(
      "<!-- library-example -->\\n```java\\n(.*?)```\\n<!-- /library-example -->", Pattern.DOTALL);

  @TempDir Path dir;

  /** The fenced block between the markers. */
  static String example() throws Exception {
    Matcher block = BLOCK.matcher(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
    assertTrue(block.find(), "README.md has no ```java block between <!-- library-example --> markers");
    return block.group(1);
  }

  @Test
  void theReadmesFiveLinesCompileAndReportTheBundledJourney() throws Exception {
    List<String> imports = new ArrayList<>();
    List<String> body = new ArrayList<>();
    for (String line : example().split("\n")) {
      if (line.startsWith("import ")) {
        imports.add(line);
      } else if (!line.isBlank()) {
        body.add(line);
      }
    }
    assertEquals(5, body.size(), "the README promises five lines: " + body);
    String source = String.join("\n", imports) + "\n\npublic class ReadmeExample {\n"
        + "  public static void main(String[] args) {\n    " + String.join("\n    ", body) + "\n  }\n}\n";
    Path file = dir.resolve("ReadmeExample.java");
    Files.writeString(file, source);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    String classPath = System.getProperty("java.class.path");
    boolean compiled = javac.getTask(messages, null, null,
        List.of("-classpath", classPath, "-d", dir.toString(), "-Xlint:all", "-Werror"), null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file.toFile())).call();
    assertTrue(compiled, "the README's example does not compile:\n" + messages + "\n" + source);

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process run = new ProcessBuilder(java.toString(), "-cp", dir + File.pathSeparator + classPath, "ReadmeExample")
        .directory(ROOT.toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
    String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(run.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, run.exitValue(), Files.readString(dir.resolve("err.txt")));
    // README, "The model in one example": 28.35% of shirt-store's customers reach success.
    assertEquals("shirt-store: 28.4% of customers reach success\n", out);
    assertEquals("", Files.readString(dir.resolve("err.txt")));
    assertTrue(Files.readString(ROOT.resolve("README.md")).contains("It prints `" + out.strip() + "`"),
        "the README says something else about what the example prints");
  }
}
