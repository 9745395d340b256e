package dev.slippers.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live preview's HTTP server: pages of a {@link PreviewSite}, and the event stream
 * ({@code /events}, server-sent events) that tells open pages to reload when a watched file changes.
 *
 * <p>It is the JDK's own {@code com.sun.net.httpserver} (module {@code jdk.httpserver}, in every
 * JDK since 6 and supported API): serving a few pages to one browser on this machine needs no more,
 * and the jar and its start-up stay as they are, with no web framework to keep up to date.
 *
 * <p>It listens on the loopback address only, so nothing is reachable from the network, and answers
 * only requests addressed to {@code 127.0.0.1} or {@code localhost}, so a web page on another site
 * cannot read the journeys through a rebound DNS name. It writes no file anywhere.
 */
final class PreviewServer implements AutoCloseable {

  /** Quiet time after the last file event before pages are rebuilt: one save is one reload. */
  static final Duration DEBOUNCE = Duration.ofMillis(150);
  /** The fallback poll, for file systems that send no events. */
  static final Duration POLL = Duration.ofSeconds(1);
  /** A comment line on idle event streams, so a closed browser tab is noticed and its thread freed. */
  private static final long KEEP_ALIVE_MILLIS = 15_000;
  /** Stack of the threads that draw pages: the same as the launcher gives the main thread. */
  private static final long STACK_BYTES = 16L * 1024 * 1024;

  private final HttpServer server;
  private final ExecutorService threads;
  private final FileWatcher watcher;
  private final Object changed = new Object();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile PreviewSite site;
  private volatile boolean closed;

  private PreviewServer(HttpServer server, ExecutorService threads, PreviewSite site) {
    this.server = server;
    this.threads = threads;
    this.site = site;
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    this.watcher = new FileWatcher(DEBOUNCE, POLL, this::reload);
    watcher.watch(site.watched());
    server.start();
  }

  /**
   * Loads the journeys and starts serving them on {@code 127.0.0.1:port} (0: any free port).
   *
   * @throws UserException when a path is missing or the port is taken
   */
  static PreviewServer start(List<Path> paths, Path root, int port) {
    if (port < 0 || port > 65_535) {
      throw new UserException(ExitCode.USAGE_OR_IO, "--port " + port + " is not a port; give one from 1 to 65535, "
          + "or 0 for any free one");
    }
    PreviewSite site = PreviewSite.load(paths, root);
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (BindException e) {
      throw new UserException(ExitCode.USAGE_OR_IO, "port " + port + " on 127.0.0.1 is taken (another program, or "
          + "another 'slippers serve', is listening there); choose another with --port N, or --port 0 for any free port", e);
    } catch (IOException e) {
      throw new UserException(ExitCode.USAGE_OR_IO, "cannot listen on 127.0.0.1:" + port + ": " + IoProblems.reason(e), e);
    }
    AtomicInteger count = new AtomicInteger();
    // One thread per open event stream, each waiting; a cached pool of daemon threads, so none keeps the JVM alive,
    // with the deep stack drawing a large journey needs (as build's drawing threads have).
    ExecutorService threads = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(null, task, "slippers-serve-" + count.incrementAndGet(), STACK_BYTES);
      thread.setDaemon(true);
      return thread;
    });
    return new PreviewServer(server, threads, site);
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** The index page's address. */
  URI uri() {
    return URI.create("http://127.0.0.1:" + port() + "/");
  }

  int journeyCount() {
    return site.journeyCount();
  }

  /** The version of the files the pages show: it goes up by one on each change that matters. */
  long generation() {
    return site.generation();
  }

  /** Blocks until {@link #close}. */
  void awaitStop() throws InterruptedException {
    stopped.await();
  }

  /** Loads the files again; when something read changed, open pages are told to reload. */
  private void reload() {
    PreviewSite next = site.reload();
    if (next == site) {
      return;
    }
    site = next;
    watcher.watch(next.watched());
    synchronized (changed) {
      changed.notifyAll();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    // Closed in finally, not by try-with-resources, so that the catch blocks can still answer.
    try {
      if (!addressedHere(exchange)) {
        send(exchange, 403, "text/plain", "slippers serve answers only requests to 127.0.0.1 or localhost");
        return;
      }
      if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain", "only GET and HEAD");
        return;
      }
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/events")) {
        events(exchange);
        return;
      }
      Optional<byte[]> page = site.page(path);
      if (page.isPresent()) {
        send(exchange, 200, "text/html", page.get());
      } else {
        send(exchange, 404, "text/html", "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title>"
            + "</head><body><h1>Not found</h1><p>There is no such page. <a href=\"/\">The index</a> lists every journey "
            + "with its map, graph, report and walk.</p></body></html>");
      }
    } catch (OutOfMemoryError | StackOverflowError e) {
      failed(exchange, "slippers: this journey is too large to draw with this Java; give it more, e.g. "
          + "SLIPPERS_JAVA_OPTS=" + (e instanceof OutOfMemoryError ? "-Xmx4g" : "-Xss64m") + " ./slippers serve ...");
    } catch (RuntimeException e) {
      // A page that failed to draw is a bug in Slippers: say so in the page, keep serving the rest.
      failed(exchange, "slippers: internal error: " + e + "\nThis is a bug in Slippers; "
          + "run 'slippers build' on the journey with --stacktrace and report the output.");
    } finally {
      exchange.close();
    }
  }

  /** A page that could not be drawn: the reason as the page, if the response has not begun. */
  private static void failed(HttpExchange exchange, String message) {
    try {
      send(exchange, 500, "text/plain", message);
    } catch (IOException | RuntimeException ignored) {
      // the response was already under way; the browser shows what arrived
    }
  }

  /** True when the Host header names this machine's loopback, as the browser sends it for the printed URL. */
  private boolean addressedHere(HttpExchange exchange) {
    String host = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host")).orElse("");
    String name = host.replaceFirst(":\\d+$", "");
    return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
  }

  /**
   * Server-sent events: a {@code reload} event each time the files change. {@code ?since=N} is the
   * generation the page was made from, so a change between drawing the page and opening the stream
   * is not missed.
   */
  private void events(HttpExchange exchange) throws IOException {
    long since = since(exchange.getRequestURI().getQuery()).orElse(site.generation());
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    write(out, "retry: 1000\n\n");
    while (!closed) {
      long now;
      synchronized (changed) {
        now = site.generation();
        if (now <= since && !closed) {
          try {
            changed.wait(KEEP_ALIVE_MILLIS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          now = site.generation();
        }
      }
      if (closed) {
        return;
      }
      // A write to a closed tab fails here, which ends this stream.
      write(out, now > since ? "event: reload\ndata: " + now + "\n\n" : ": keep-alive\n\n");
      since = now;
    }
  }

  private static Optional<Long> since(String query) {
    if (query == null) {
      return Optional.empty();
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("since=")) {
        try {
          return Optional.of(Long.parseLong(pair.substring("since=".length())));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      exchange.getResponseBody().write(body);
    }
  }

  /** Stops watching and serving; open event streams end, so browsers stop waiting. Safe to call twice. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    watcher.close();
    synchronized (changed) {
      changed.notifyAll();
    }
    server.stop(0);
    threads.shutdownNow();
    stopped.countDown();
  }
}
