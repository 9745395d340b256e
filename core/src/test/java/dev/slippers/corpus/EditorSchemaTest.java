package dev.slippers.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema as editors use it, with the real tools from npm ({@code core/src/test/node}, installed
 * by {@code .ci/run}): ajv compiles it in strict mode and judges the bundled journeys, and the YAML
 * language server (VS Code's YAML extension, Neovim, Helix...) is driven over stdio LSP for
 * diagnostics, hover and completion. Skipped only when node or those packages are missing.
 */
class EditorSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path NODE_TOOLS = Corpus.root().resolve("core/src/test/node");
  private static final Path SCHEMA = Corpus.root().resolve("docs/slippers.schema.json");

  private static void assumeNodeTools() {
    Assumptions.assumeTrue(Files.isDirectory(NODE_TOOLS.resolve("node_modules/yaml-language-server")),
        "npm packages missing: run 'npm ci' in core/src/test/node (.ci/run does)");
    try {
      Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      Assumptions.assumeTrue(node.waitFor(30, TimeUnit.SECONDS) && node.exitValue() == 0, "node is missing");
    } catch (IOException | InterruptedException e) {
      Assumptions.abort("node is missing: " + e.getMessage());
    }
  }

  @Test
  void ajvInStrictModeCompilesTheSchemaAndAcceptsEveryBundledFile() throws Exception {
    assumeNodeTools();
    ArrayNode documents = JSON.createArrayNode();
    List<Path> files = Corpus.files();
    for (Path file : files) {
      documents.add(new YAMLMapper().readTree(Files.readString(file)));
    }
    String broken = "slippers: 1\nid: j\ntitle: J\nstages:\n  - id: a\n    name: A\n    outcome: success\n"
        + "    pain_points: [{id: p, description: D, severity: 7}]\n";
    documents.add(new YAMLMapper().readTree(broken));
    Process ajv = new ProcessBuilder("node", "ajv-check.mjs", SCHEMA.toString()).directory(NODE_TOOLS.toFile()).start();
    try (OutputStream in = ajv.getOutputStream()) {
      in.write(JSON.writeValueAsBytes(documents));
    }
    String out = new String(ajv.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(ajv.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, ajv.waitFor(), err);
    JsonNode results = JSON.readTree(out);
    for (int i = 0; i < files.size(); i++) {
      assertEquals("[]", results.get(i).toString(), files.get(i).toString());
    }
    assertTrue(results.get(files.size()).toString().contains("severity is a whole number from 1 (minor) to 5 (critical)"),
        results.get(files.size()).toString());
  }

  @Test
  void theYamlLanguageServerShowsDiagnosticsHoverAndCompletion(@TempDir Path dir) throws Exception {
    assumeNodeTools();
    String journey = "# yaml-language-server: $schema=" + SCHEMA.toUri() + "\n"
        + "slippers: 1\n"
        + "id: shirt\n"
        + "title: Buying a shirt\n"
        + "stages:\n"
        + "  - id: order\n"
        + "    name: Orders online\n"
        + "    touchpoints:\n"
        + "      - id: pay\n"
        + "        action: Pays by card\n"
        + "        duration: Pizza\n"
        + "        actor: \n"
        + "    pain_points:\n"
        + "      - {id: fields, description: Too many fields, severity: 7}\n"
        + "  - id: done\n"
        + "    name: Has the shirt\n"
        + "    outcome: \n"
        + "    colour: red\n";
    Path file = dir.resolve("shirt.yaml");
    Files.writeString(file, journey);
    String uri = file.toUri().toString();
    try (LanguageServer server = new LanguageServer(NODE_TOOLS.resolve(
        "node_modules/yaml-language-server/bin/yaml-language-server"))) {
      server.request("initialize", JSON.readTree("{\"processId\": null, \"rootUri\": null, \"capabilities\": "
          + "{\"textDocument\": {\"hover\": {\"contentFormat\": [\"plaintext\"]}, "
          + "\"completion\": {\"completionItem\": {\"snippetSupport\": true}}}}}"));
      server.notify("initialized", JSON.createObjectNode());
      server.notify("workspace/didChangeConfiguration", JSON.readTree(
          "{\"settings\": {\"yaml\": {\"validate\": true, \"hover\": true, \"completion\": true, "
              + "\"schemaStore\": {\"enable\": false}}}}"));
      ObjectNode open = JSON.createObjectNode();
      open.putObject("textDocument").put("uri", uri).put("languageId", "yaml").put("version", 1).put("text", journey);
      server.notify("textDocument/didOpen", open);

      List<String> diagnostics = server.diagnostics(uri, 3);
      assertTrue(diagnostics.contains("11: write 30s, 5m, 2h, 3d, 1w, 6mo, 1y, 1h30m or ISO-8601 such as PT5M or P1Y "
          + "[duration.invalid]"), diagnostics.toString());
      assertTrue(diagnostics.contains("14: severity is a whole number from 1 (minor) to 5 (critical) [value.range]"),
          diagnostics.toString());
      assertTrue(diagnostics.stream().anyMatch(d -> d.startsWith("18: ") && d.contains("colour")), diagnostics.toString());

      String hover = server.request("textDocument/hover", position(uri, 10, 10)).toString();
      assertTrue(hover.contains("How long it takes") && hover.contains("A month counts 30 days"), hover);
      String severityHover = server.request("textDocument/hover", position(uri, 13, 60)).toString();
      assertTrue(severityHover.contains("1 (minor) to 5 (critical)"), severityHover);

      List<String> outcomes = labels(server.request("textDocument/completion", position(uri, 16, 13)));
      assertTrue(outcomes.containsAll(List.of("success", "failure")), outcomes.toString());
      List<String> actors = labels(server.request("textDocument/completion", position(uri, 11, 15)));
      assertTrue(actors.containsAll(List.of("customer", "staff", "system")), actors.toString());
      List<String> stageKeys = labels(server.request("textDocument/completion", position(uri, 17, 4)));
      assertTrue(stageKeys.containsAll(List.of("touchpoints", "pain_points", "metrics")), stageKeys.toString());
    }
  }

  private static ObjectNode position(String uri, int line, int character) {
    ObjectNode params = JSON.createObjectNode();
    params.putObject("textDocument").put("uri", uri);
    params.putObject("position").put("line", line).put("character", character);
    return params;
  }

  private static List<String> labels(JsonNode completion) {
    JsonNode items = completion.has("items") ? completion.get("items") : completion;
    List<String> labels = new ArrayList<>();
    items.forEach(item -> labels.add(item.path("label").asText()));
    return labels;
  }

  /**
   * A language server process spoken to over stdio: JSON-RPC messages framed by Content-Length
   * headers. Hand-written because it is forty lines; the LSP client libraries for Java (lsp4j) would
   * bring Xtext and Guice into the tests for it.
   */
  private static final class LanguageServer implements AutoCloseable {
    private final Process process;
    private final OutputStream in;
    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final List<JsonNode> notifications = new ArrayList<>();
    private int nextId = 1;

    LanguageServer(Path script) throws IOException {
      process = new ProcessBuilder("node", script.toString(), "--stdio").redirectError(ProcessBuilder.Redirect.DISCARD).start();
      in = process.getOutputStream();
      Thread reader = new Thread(() -> read(process.getInputStream()), "lsp-reader");
      reader.setDaemon(true);
      reader.start();
    }

    private void read(InputStream out) {
      try {
        while (true) {
          int length = -1;
          ByteArrayOutputStream line = new ByteArrayOutputStream();
          while (true) {
            int b = out.read();
            if (b < 0) {
              return;
            }
            if (b == '\n') {
              String header = line.toString(StandardCharsets.US_ASCII).strip();
              line.reset();
              if (header.isEmpty()) {
                break;
              }
              if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(header.substring(15).strip());
              }
            } else {
              line.write(b);
            }
          }
          received.add(JSON.readTree(out.readNBytes(length)));
        }
      } catch (IOException e) {
        // The server ended; the waiting side times out with what it has.
      }
    }

    private void send(ObjectNode message) throws IOException {
      message.put("jsonrpc", "2.0");
      byte[] body = JSON.writeValueAsBytes(message);
      in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      in.write(body);
      in.flush();
    }

    void notify(String method, JsonNode params) throws IOException {
      ObjectNode message = JSON.createObjectNode().put("method", method);
      message.set("params", params);
      send(message);
    }

    JsonNode request(String method, JsonNode params) throws Exception {
      int id = nextId++;
      ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
      message.set("params", params);
      send(message);
      while (true) {
        JsonNode next = next();
        if (next.has("id") && !next.has("method") && next.get("id").asInt() == id) {
          assertTrue(!next.has("error"), method + ": " + next.get("error"));
          return next.get("result");
        }
      }
    }

    /** Diagnostics published for a document, as "line: message" (1-based lines), once at least {@code atLeast} came. */
    List<String> diagnostics(String uri, int atLeast) throws Exception {
      List<String> found = List.of();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (found.size() < atLeast && System.nanoTime() < deadline) {
        JsonNode next = received.poll(1, TimeUnit.SECONDS);
        if (next != null) {
          handle(next);
        }
        found = new ArrayList<>();
        for (JsonNode n : notifications) {
          if (n.path("method").asText().equals("textDocument/publishDiagnostics") && n.at("/params/uri").asText().equals(uri)) {
            List<String> these = new ArrayList<>();
            n.at("/params/diagnostics").forEach(d -> these.add((d.at("/range/start/line").asInt() + 1) + ": "
                + d.path("message").asText()));
            found = these;
          }
        }
      }
      return found;
    }

    private JsonNode next() throws Exception {
      while (true) {
        JsonNode next = received.poll(60, TimeUnit.SECONDS);
        if (next == null) {
          throw new AssertionError("the language server did not answer in 60 s");
        }
        if (!handle(next)) {
          return next;
        }
      }
    }

    /** Answers the server's own requests (configuration, registrations) and keeps notifications; true when handled. */
    private boolean handle(JsonNode message) throws IOException {
      if (!message.has("method")) {
        return false;
      }
      if (message.has("id")) {
        ObjectNode reply = JSON.createObjectNode();
        reply.set("id", message.get("id"));
        if (message.get("method").asText().equals("workspace/configuration")) {
          ArrayNode settings = reply.putArray("result");
          message.at("/params/items").forEach(item -> settings.add(JSON.createObjectNode()
              .put("validate", true).put("hover", true).put("completion", true)));
        } else {
          reply.putNull("result");
        }
        send(reply);
      } else {
        notifications.add(message);
      }
      return true;
    }

    @Override
    public void close() throws Exception {
      try {
        request("shutdown", null);
        notify("exit", null);
        process.waitFor(10, TimeUnit.SECONDS);
      } finally {
        process.destroy();
      }
    }
  }
}
