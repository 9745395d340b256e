package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code slippers serve} as a process: it prints the URL it serves, answers there, and when the
 * terminal stops it with Ctrl-C (SIGINT, sent by the test) it says so and ends without a stack trace.
 */
class ServeProcessTest {

  private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:(\\d+)/)$");

  /**
   * SIGINT, as Ctrl-C sends it; where there is no {@code kill} program, SIGTERM through the process
   * handle, which runs the same shutdown hooks. ({@link Process#destroy} would close the output first.)
   */
  private static void interrupt(Process process) throws InterruptedException {
    try {
      Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).inheritIO().start();
      if (kill.waitFor() == 0) {
        return;
      }
    } catch (java.io.IOException e) {
      // no kill program: fall through
    }
    process.toHandle().destroy();
  }

  @Test
  void printsItsUrlServesThereAndStopsCleanly(@TempDir Path dir) throws Exception {
    Path journeys = PreviewServerTest.journeys(dir);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process serve = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
        "dev.slippers.cli.SlippersCommand", "serve", journeys.toString(), "--port", "0")).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      Matcher url = URL.matcher(first == null ? "" : first);
      assertTrue(url.find(), first);
      assertEquals("Serving 1 journey from " + journeys + " at " + url.group(1), first);
      assertEquals("Open it in a browser; pages reload when a file is saved. Press Ctrl-C to stop.", out.readLine());

      HttpResponse<String> index = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.group(1))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, index.statusCode());
      assertTrue(index.body().contains("Pizza to the door"));

      interrupt(serve);
      assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve did not stop");
      assertEquals("slippers serve: stopped", out.readLine());
      assertEquals(null, out.readLine());
      assertEquals("", new String(serve.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    } finally {
      serve.destroyForcibly();
    }
  }
}
