package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code slippers serve} as a browser meets it: a real server on an ephemeral port, asked by the
 * JDK's HTTP client for the index, every view, a missing page and the event stream, while the test
 * edits the files on disk.
 */
class PreviewServerTest {

  /** A small valid journey that includes a catalogue, so that includes are watched too. */
  static final String JOURNEY = """
      slippers: 1
      id: pizza
      title: Pizza to the door
      include: [people.yaml]
      persona: hungry
      stages:
        - id: order
          name: Orders a pizza
          touchpoints:
            - {id: app, action: Orders in the app, emotion: 1}
        - id: wait
          name: Waits for the courier
          touchpoints:
            - {id: track, action: Watches the map, emotion: -1}
        - id: eats
          name: Eats the pizza
          outcome: success
        - id: gives-up
          name: Cancels the order
          outcome: failure
      transitions:
        - {from: order, to: wait}
        - {from: wait, to: eats, share: 90%}
        - {from: wait, to: gives-up, share: 10%}
      """;

  static final String CATALOGUE = """
      slippers: 1
      catalogue: people
      title: People
      personas:
        - {id: hungry, name: Hungry student}
      """;

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private PreviewServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  static Path journeys(Path dir) throws Exception {
    Files.writeString(dir.resolve("pizza.yaml"), JOURNEY);
    Files.writeString(dir.resolve("people.yaml"), CATALOGUE);
    return dir;
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void servesTheIndexAndEveryViewOfEveryJourneyWithTheLiveReloadScript(@TempDir Path dir) throws Exception {
    server = PreviewServer.start(List.of(journeys(dir)), null, 0);
    assertTrue(server.port() > 0);
    assertEquals("http://127.0.0.1:" + server.port() + "/", server.uri().toString());

    HttpResponse<String> index = get("/");
    assertEquals(200, index.statusCode());
    assertEquals("text/html; charset=utf-8", index.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(index.body().contains("Pizza to the door"), index.body());
    for (String view : PreviewSite.VIEWS) {
      assertTrue(index.body().contains("href=\"/pizza/" + view + "\""), view);
    }
    // The catalogue is valid, so it has no entry of its own.
    assertFalse(index.body().contains("data-key=\"people\""), index.body());
    assertTrue(index.body().contains("new EventSource('/events?since=0')"), index.body());

    assertPage("/pizza/map", "<svg", "Orders a pizza");
    assertPage("/pizza/graph", "<svg", "Waits for the courier");
    assertPage("/pizza/report", "Pizza to the door", "success");
    assertPage("/pizza/walk", "Orders in the app", "Watches the map");
  }

  private void assertPage(String path, String... parts) throws Exception {
    HttpResponse<String> page = get(path);
    assertEquals(200, page.statusCode(), path);
    for (String part : parts) {
      assertTrue(page.body().contains(part), path + " lacks " + part);
    }
    String script = "new EventSource('/events?since=0')";
    assertTrue(page.body().contains(script), path);
    assertTrue(page.body().indexOf(script) < page.body().lastIndexOf("</body>"), path + ": script inside the body");
    assertTrue(page.body().contains("<nav id=\"slippers-preview\""), path);
  }

  @Test
  void unknownPagesViewsMethodsAndHostsAreRefused(@TempDir Path dir) throws Exception {
    server = PreviewServer.start(List.of(journeys(dir)), null, 0);
    HttpResponse<String> missing = get("/nothing-here/map");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("<a href=\"/\">The index</a>"), missing.body());
    assertEquals(404, get("/pizza/poster").statusCode());
    assertEquals(404, get("/people/map").statusCode(), "a catalogue has no pages");
    assertEquals(404, get("/../pizza.yaml").statusCode());

    HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(server.uri()).POST(HttpRequest.BodyPublishers.ofString("x"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
    assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());

    // A page of another site, reaching this server through a DNS name it rebound to 127.0.0.1.
    try (java.net.Socket socket = new java.net.Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.getOutputStream().write(("GET /pizza/map HTTP/1.1\r\nHost: attacker.example:" + server.port()
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
      assertEquals("HTTP/1.1 403 Forbidden", status);
    }
  }

  @Test
  void anEditOfTheJourneySendsAReloadEventAndThePagesShowTheNewVersion(@TempDir Path dir) throws Exception {
    server = PreviewServer.start(List.of(journeys(dir)), null, 0);
    try (EventStream events = EventStream.open(server.uri().resolve("/events?since=0"))) {
      assertEquals("retry: 1000", events.next());
      Files.writeString(dir.resolve("pizza.yaml"), JOURNEY.replace("Orders a pizza", "Orders two pizzas"));
      assertEquals("event: reload", events.nextNonEmpty());
      assertEquals("data: 1", events.next());
    }
    assertEquals(1, server.generation());
    assertTrue(get("/pizza/map").body().contains("Orders two pizzas"));
    assertTrue(get("/").body().contains("new EventSource('/events?since=1')"));
  }

  @Test
  void anEditOfAnIncludedCatalogueReloadsToo(@TempDir Path dir) throws Exception {
    server = PreviewServer.start(List.of(journeys(dir).resolve("pizza.yaml")), null, 0);
    try (EventStream events = EventStream.open(server.uri().resolve("/events?since=0"))) {
      events.next();
      Files.writeString(dir.resolve("people.yaml"), CATALOGUE.replace("Hungry student", "Hungry night owl"));
      assertEquals("event: reload", events.nextNonEmpty());
    }
    assertTrue(get("/pizza/walk").body().contains("Hungry night owl"));
  }

  @Test
  void aStreamOpenedAfterAChangeIsToldToReloadAtOnce(@TempDir Path dir) throws Exception {
    server = PreviewServer.start(List.of(journeys(dir)), null, 0);
    Files.writeString(dir.resolve("pizza.yaml"), JOURNEY.replace("Pizza to the door", "Pizza to the office"));
    awaitGeneration(1);
    // The page was drawn at generation 0 and connects only now: it must not wait for the next save.
    try (EventStream events = EventStream.open(server.uri().resolve("/events?since=0"))) {
      events.next();
      assertEquals("event: reload", events.nextNonEmpty());
      assertEquals("data: 1", events.next());
    }
  }

  @Test
  void savingTheSameBytesOrTouchingAnUnrelatedFileReloadsNothing(@TempDir Path dir) throws Exception {
    server = PreviewServer.start(List.of(journeys(dir)), null, 0);
    Files.writeString(dir.resolve("pizza.yaml"), JOURNEY);
    Files.writeString(dir.resolve("notes.txt"), "not a journey");
    // Then a real change: its event must be the first one, with generation 1.
    Thread.sleep(PreviewServer.DEBOUNCE.toMillis() * 4);
    Files.writeString(dir.resolve("pizza.yaml"), JOURNEY.replace("Eats the pizza", "Eats it cold"));
    awaitGeneration(1);
    assertEquals(1, server.generation());
  }

  @Test
  void aBrokenJourneyShowsItsLocatedProblemsInEveryViewAndOnTheIndex(@TempDir Path dir) throws Exception {
    server = PreviewServer.start(List.of(journeys(dir)), null, 0);
    Files.writeString(dir.resolve("pizza.yaml"), JOURNEY.replace("{from: order, to: wait}", "{from: order, to: wiat}"));
    awaitGeneration(1);
    for (String view : PreviewSite.VIEWS) {
      String page = get("/pizza/" + view).body();
      assertTrue(page.contains("id=\"problems\""), view);
      String where = dir.resolve("pizza.yaml") + ":22:23: error [reference.unknown]";
      assertTrue(page.contains(where), view + ": " + page);
      assertTrue(page.contains("unknown stage &#39;wiat&#39;"), page);
      assertTrue(page.contains("did you mean &#39;wait&#39;?"), page);
      assertTrue(page.contains("<pre>  - {from: order, to: wiat}\n<span class=\"caret\">" + " ".repeat(22) + "^</span></pre>"),
          page);
      assertFalse(page.contains("Orders a pizza"), view + " shows a stale picture");
    }
    String index = get("/").body();
    assertTrue(index.contains("class=\"journey broken\""), index);
    assertTrue(index.contains("1 error"), index);

    Files.writeString(dir.resolve("pizza.yaml"), "slippers: 1\nid: pizza\n  title: [\n");
    awaitGeneration(2);
    String syntax = get("/pizza/map").body();
    assertTrue(syntax.contains(dir.resolve("pizza.yaml") + ":3:"), syntax);
  }

  @Test
  void aNewJourneyFileAppearsOnTheIndexAndADeletedOneGoes(@TempDir Path dir) throws Exception {
    server = PreviewServer.start(List.of(journeys(dir)), null, 0);
    Files.createDirectories(dir.resolve("more"));
    Files.writeString(dir.resolve("more/lunch.yaml"), JOURNEY.replace("id: pizza", "id: lunch")
        .replace("include: [people.yaml]", "include: [../people.yaml]").replace("Pizza to the door", "Lunch at the desk"));
    awaitGeneration(1);
    assertTrue(get("/").body().contains("Lunch at the desk"));
    assertEquals(200, get("/more/lunch/map").statusCode());
    Files.delete(dir.resolve("more/lunch.yaml"));
    awaitGeneration(2);
    assertEquals(404, get("/more/lunch/map").statusCode());
  }

  @Test
  void theServerWritesNothingIntoTheFoldersItServes(@TempDir Path dir) throws Exception {
    server = PreviewServer.start(List.of(journeys(dir)), null, 0);
    for (String view : PreviewSite.VIEWS) {
      get("/pizza/" + view);
    }
    get("/");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("people.yaml", "pizza.yaml"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aBusyPortOrAMissingPathIsAMessageNotAStackTrace(@TempDir Path dir) throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      UserException busy = assertThrows(UserException.class,
          () -> PreviewServer.start(List.of(journeys(dir)), null, taken.getLocalPort()));
      assertEquals(ExitCode.USAGE_OR_IO, busy.exitCode());
      assertEquals("port " + taken.getLocalPort() + " on 127.0.0.1 is taken (another program, or another 'slippers serve', "
          + "is listening there); choose another with --port N, or --port 0 for any free port", busy.getMessage());

      CliRun run = CliRun.of("serve", dir.toString(), "--port", String.valueOf(taken.getLocalPort()));
      assertEquals(2, run.exitCode());
      assertEquals("slippers: " + busy.getMessage() + "\n", run.err());
    }
    CliRun missing = CliRun.of("serve", dir.resolve("nowhere").toString(), "--port", "0");
    assertEquals(2, missing.exitCode());
    assertEquals("slippers: " + dir.resolve("nowhere") + ": no such file or folder\n", missing.err());
    CliRun port = CliRun.of("serve", dir.toString(), "--port", "70000");
    assertEquals(2, port.exitCode());
    assertEquals("slippers: --port 70000 is not a port; give one from 1 to 65535, or 0 for any free one\n", port.err());
  }

  private void awaitGeneration(long generation) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (server.generation() < generation && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(generation, server.generation(), "the change was not seen within 30 s");
  }

  /** The lines of a server-sent event stream, read on a thread of its own so a silent server times out the test. */
  static final class EventStream implements AutoCloseable {

    private final InputStream body;
    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(1000);

    private EventStream(InputStream body) {
      this.body = body;
      Thread reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            lines.add(line);
          }
        } catch (java.io.IOException e) {
          // closed by the test
        }
      });
      reader.setDaemon(true);
      reader.start();
    }

    static EventStream open(URI uri) throws Exception {
      HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(uri).build(),
          HttpResponse.BodyHandlers.ofInputStream());
      assertEquals(200, response.statusCode());
      assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
      return new EventStream(response.body());
    }

    String next() throws InterruptedException {
      String line = lines.poll(30, TimeUnit.SECONDS);
      if (line == null) {
        throw new AssertionError("no event within 30 s");
      }
      return line;
    }

    /** The next line that is neither empty nor a keep-alive comment. */
    String nextNonEmpty() throws InterruptedException {
      String line = next();
      while (line.isEmpty() || line.startsWith(":")) {
        line = next();
      }
      return line;
    }

    @Override
    public void close() throws Exception {
      body.close();
    }
  }
}
