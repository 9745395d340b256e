package dev.slippers.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complete example of {@code docs/format.md} is real: it loads, and says what validation prints. */
class FormatDocTest {

  private static final Pattern EXAMPLE = Pattern.compile("```yaml\n# file: (\\S+)\n(.*?)```", Pattern.DOTALL);

  @Test
  void theAnnotatedExampleValidatesAsTheDocumentSays(@TempDir Path dir) throws Exception {
    String doc = Files.readString(Corpus.root().resolve("docs/format.md"));
    Map<String, String> files = new LinkedHashMap<>();
    Matcher matcher = EXAMPLE.matcher(doc);
    while (matcher.find()) {
      files.put(matcher.group(1), "# file: " + matcher.group(1) + "\n" + matcher.group(2));
    }
    assertEquals(Set.of("shared.yaml", "returns.yaml"), files.keySet());
    Path example = Files.createDirectories(dir.resolve("example"));
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(example.resolve(file.getKey()), file.getValue());
    }
    JourneyLoader loader = new JourneyLoader(example);
    assertEquals(List.of(), loader.load(example.resolve("shared.yaml")).diagnostics());
    LoadResult journey = loader.load(example.resolve("returns.yaml"));
    assertEquals(1, journey.diagnostics().size(), journey.diagnostics().toString());
    Diagnostic warning = journey.diagnostics().get(0);
    assertEquals("metric.no-target", warning.ruleId());
    String printed = warning.format().replace(example.toString(), "example");
    assertTrue(doc.contains(printed + "\n"), "docs/format.md should show: " + printed);

    var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(new ObjectMapper().readTree(Corpus.root().resolve("docs/slippers.schema.json").toFile()));
    for (String yaml : files.values()) {
      assertEquals(Set.of(), schema.validate(new YAMLMapper().readTree(yaml)));
    }
  }

  @Test
  void everyRuleTheCodeReportsIsDocumented() throws Exception {
    String doc = Files.readString(Corpus.root().resolve("docs/format.md"));
    Pattern rule = Pattern.compile("\"([a-z]+\\.[a-z-]+)\"");
    try (var sources = Files.walk(Corpus.root().resolve("core/src/main/java/dev/slippers"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = rule.matcher(Files.readString(source));
        while (m.find()) {
          if (m.group(1).matches("(file|yaml|key|version|value|share|duration|id|include|reference|metric|shares|outcome|stage|drives|causes|economics)\\..*")) {
            assertTrue(doc.contains("`" + m.group(1) + "`"), m.group(1) + " (in " + source.getFileName() + ") is not in docs/format.md");
          }
        }
      }
    }
  }
}
