package dev.slippers.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader types plain scalars that start like no YAML type as text without asking SnakeYAML's
 * resolver; these tests compare its types with those of Jackson's own YAML parser, which always asks.
 */
class YamlTreeReaderTypesTest {

  private static final List<String> SCALARS = List.of(
      "yes", "Yes", "no", "No", "on", "Off", "true", "True", "FALSE", "y", "n", "null", "Null", "NULL", "~",
      "12", "-3", "+4", "0.35", ".5", "1e3", "0x1F", "0o17", "012", "1_000", ".inf", "-.Inf", ".nan", "2024-01-31",
      "2024-01-31 10:00:00", "<<", "=", "check-in", "Checkout", "apply", "zebra", "été", "Ünïcode", "éclair",
      "x1", "_id", "a b c", "Order online", "s0001", "tp-3", "O'Brien", "Yesterday", "nothing", "offer",
      "#hash", "@at", "%pct", "`tick", "/path", "(paren)", "[x]", "{y}", "😀 smile");

  @Test
  void plainScalarsGetTheTypesJacksonGivesThem() throws Exception {
    YAMLFactory plain = new YAMLFactory();
    for (String text : SCALARS) {
      // Scalars YAML cannot hold plain are quoted by the writer; skip what is not a plain scalar here.
      String yaml = "key: " + (needsQuotes(text) ? "'" + text + "'" : text) + "\n";
      JsonToken expected;
      try (JsonParser parser = plain.createParser(yaml)) {
        parser.nextToken();
        parser.nextToken();
        parser.nextToken();
        expected = parser.currentToken();
      }
      YamlNode.Mapping root = (YamlNode.Mapping) YamlTreeReader.read("t.yaml", yaml).root().orElseThrow();
      YamlNode.Scalar scalar = (YamlNode.Scalar) root.get("key").orElseThrow();
      assertEquals(typeOf(expected), scalar.type(), text);
      if (scalar.type() == YamlNode.ScalarType.STRING) {
        assertEquals(text, scalar.text(), text);
      }
    }
  }

  @Test
  void everyPrintableAsciiStartIsTypedAsJacksonTypesIt() throws Exception {
    YAMLFactory plain = new YAMLFactory();
    List<String> checked = new ArrayList<>();
    for (char c = 'A'; c <= 'z'; c++) {
      if (!Character.isLetter(c)) {
        continue;
      }
      for (String tail : List.of("", "es", "o", "ull", "rue", "alse", "n", "ff", "x 1")) {
        String text = c + tail;
        String yaml = "key: " + text + "\n";
        JsonToken expected;
        try (JsonParser parser = plain.createParser(yaml)) {
          parser.nextToken();
          parser.nextToken();
          expected = parser.nextToken();
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) ((YamlNode.Mapping) YamlTreeReader.read("t.yaml", yaml)
            .root().orElseThrow()).get("key").orElseThrow();
        assertEquals(typeOf(expected), scalar.type(), text);
        checked.add(text);
      }
    }
    assertEquals(52 * 9, checked.size());
  }

  private static boolean needsQuotes(String text) {
    return "#@%`[{".indexOf(text.charAt(0)) >= 0;
  }

  private static YamlNode.ScalarType typeOf(JsonToken token) {
    return switch (token) {
      case VALUE_NUMBER_INT -> YamlNode.ScalarType.INTEGER;
      case VALUE_NUMBER_FLOAT -> YamlNode.ScalarType.DECIMAL;
      case VALUE_TRUE, VALUE_FALSE -> YamlNode.ScalarType.BOOLEAN;
      case VALUE_NULL -> YamlNode.ScalarType.NULL;
      default -> YamlNode.ScalarType.STRING;
    };
  }
}
