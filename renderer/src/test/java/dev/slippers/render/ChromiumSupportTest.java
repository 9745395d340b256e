package dev.slippers.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The helper itself: it sees console errors and tells a blank page from a drawn one. */
class ChromiumSupportTest {

  @TempDir Path folder;

  @Test
  void collectsConsoleErrorsAndScreenshots() throws Exception {
    Path broken = folder.resolve("broken.html");
    Files.writeString(broken, "<!doctype html><title>t</title><script>undefinedFunction();</script>",
        StandardCharsets.UTF_8);
    Path blank = folder.resolve("blank.html");
    Files.writeString(blank, "<!doctype html><title>t</title><body style='background:#fff'></body>",
        StandardCharsets.UTF_8);
    Path drawn = folder.resolve("drawn.html");
    Files.writeString(drawn, "<!doctype html><title>t</title><body><h1 style='color:#234'>Journey map</h1>"
        + "<div style='width:300px;height:100px;background:linear-gradient(90deg,#e55,#5e5,#55e)'></div></body>",
        StandardCharsets.UTF_8);
    try (ChromiumSupport chromium = ChromiumSupport.start()) {
      chromium.open(broken);
      List<String> errors = chromium.consoleErrors();
      assertEquals(1, errors.size(), errors.toString());
      assertTrue(errors.get(0).contains("undefinedFunction"), errors.toString());

      chromium.open(blank);
      assertEquals(List.of(), chromium.consoleErrors());
      assertTrue(ChromiumSupport.isBlank(chromium.screenshot()));

      chromium.open(drawn);
      assertFalse(ChromiumSupport.isBlank(chromium.screenshot()));
    }
  }
}
