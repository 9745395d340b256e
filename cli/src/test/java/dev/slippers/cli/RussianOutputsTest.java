package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled banquet journey is Russian: its report, walk and diff must not switch to English
 * words or decimal points around the journey's own text.
 */
class RussianOutputsTest {

  private static final Path BANQUET = Path.of("../journeys/banquet.yaml");
  private static final Pattern ENGLISH_OUTCOME = Pattern.compile("\\b(success|failure|lost)\\b");
  private static final Pattern POINTS = Pattern.compile("\\bpp\\b");
  private static final Pattern DECIMAL_POINT = Pattern.compile("\\d\\.\\d");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d,\\d");

  @TempDir Path out;

  @Test
  void theReportIsRussianInHtmlAndMarkdown() throws Exception {
    CliRun run = CliRun.of("report", BANQUET.toString(), "-o", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertRussian("report.md", Files.readString(out.resolve("banquet-report.md"), StandardCharsets.UTF_8));
    String html = visibleText(Files.readString(out.resolve("banquet-report.html"), StandardCharsets.UTF_8));
    assertRussian("report.html", html);
    assertTrue(html.contains("успех") && html.contains("неудача") && html.contains("потеряны"), html);
    // Percentage points appear only where a fix moves success; where one does, they are Russian.
    JsonNode pains = new ObjectMapper().readTree(out.resolve("banquet-report.json").toFile()).get("topPains");
    boolean movesSuccess = false;
    for (JsonNode p : pains) movesSuccess |= Math.abs(p.path("successIfFixed").asDouble()) > 1e-9;
    assertEquals(movesSuccess, html.contains("п.\u00a0п."), "percentage points in Russian exactly where a fix moves success");
  }

  @Test
  void theWalkIsRussian() throws Exception {
    CliRun run = CliRun.of("walk", BANQUET.toString(), "-o", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    Path walk = Files.list(out).filter(p -> p.toString().endsWith("-walk.html")).findFirst().orElseThrow();
    assertRussian("walk", visibleText(Files.readString(walk, StandardCharsets.UTF_8)));
  }

  @Test
  void theDiffOfTwoRussianVersionsIsRussian() throws Exception {
    Path changed = out.resolve("banquet-changed.yaml");
    Files.writeString(changed, Files.readString(BANQUET, StandardCharsets.UTF_8)
        .replace("{from: book, to: prepay, share: 90%}", "{from: book, to: prepay, share: 95%}"), StandardCharsets.UTF_8);
    for (String format : new String[] {"text", "markdown"}) {
      CliRun run = CliRun.of("diff", BANQUET.toString(), changed.toString(), "--format", format);
      assertEquals(0, run.exitCode(), run.err());
      assertRussian("diff " + format, run.out());
      assertTrue(run.out().contains("п.\u00a0п."), run.out());
      assertTrue(run.out().contains("успех"), run.out());
    }
  }

  private static void assertRussian(String what, String text) {
    Matcher outcome = ENGLISH_OUTCOME.matcher(text);
    assertFalse(outcome.find(), () -> what + ": English outcome word near: " + around(text, outcome));
    Matcher points = POINTS.matcher(text);
    assertFalse(points.find(), () -> what + ": 'pp' near: " + around(text, points));
    Matcher decimal = DECIMAL_POINT.matcher(text);
    assertFalse(decimal.find(), () -> what + ": decimal point near: " + around(text, decimal));
    assertTrue(DECIMAL_COMMA.matcher(text).find(), what + ": no decimal comma at all");
  }

  private static String around(String text, Matcher m) {
    return text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 60));
  }

  /** What a reader sees: no style sheet, no script, no tags, entities for spaces undone. */
  private static String visibleText(String html) {
    return html.replaceAll("(?s)<style.*?</style>", " ")
        .replaceAll("(?s)<script.*?</script>", " ")
        .replaceAll("(?s)<svg.*?</svg>", " ")
        .replaceAll("(?s)<[^>]*>", " ")
        .replace("&nbsp;", "\u00a0");
  }
}
