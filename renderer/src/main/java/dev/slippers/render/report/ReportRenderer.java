package dev.slippers.render.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import dev.slippers.analysis.json.AnalysisJson;
import dev.slippers.mermaid.MermaidExport;
import dev.slippers.wording.Numerals;
import dev.slippers.wording.OutcomeNames;
import dev.slippers.model.Language;
import dev.slippers.render.template.Templates;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders friction reports and portfolios: self-contained HTML (inline CSS, no scripts, no network),
 * Markdown for a pull-request comment, and JSON. Returns documents; the caller writes files.
 */
public final class ReportRenderer {

  /**
   * Records serialise in the order of their components, which is the documented order of the
   * report. Keys in camelCase and numbers rounded as in {@code slippers analyze --format json}, so
   * that a tool reading both sees one convention; languages by their code, as in the YAML.
   */
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new SimpleModule()
          .addSerializer(Double.class, new RoundedNumber())
          .addSerializer(double.class, new RoundedNumber())
          .addSerializer(Language.class, new LanguageCode()))
      .enable(SerializationFeature.INDENT_OUTPUT)
      // The tree keeps the rounded numbers exactly as written (10, not 1E+1), so adding the format
      // field changes no other byte of the document.
      .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
      .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  private ReportRenderer() {}

  public static String html(FrictionReport report) {
    return Templates.shared().render("report/report.ftlh", model(report));
  }

  public static String markdown(FrictionReport report) {
    return Templates.shared().render("report/report.ftlmd", model(report));
  }

  /**
   * What the report templates see: the report {@code r}, its words {@code t}, its numbers {@code n}
   * ({@link Numerals} in the report's language) and the outcome names Slippers translates ({@code names}).
   */
  private static Map<String, Object> model(FrictionReport report) {
    Map<String, String> names = new java.util.TreeMap<>();
    report.outcomes().forEach(o -> names.put(o.outcome(), OutcomeNames.of(o.outcome(), report.language())));
    report.dropOffs().forEach(d -> names.put(d.outcome(), OutcomeNames.of(d.outcome(), report.language())));
    return Map.of("r", report, "t", PageText.of(report.language()), "n", Numerals.of(report.language()), "names", names);
  }

  /**
   * The Markdown report with the journey as Mermaid at the end (a journey diagram of the most likely
   * path and a flowchart of the stage graph), in fenced {@code mermaid} blocks that GitHub draws.
   */
  public static String markdown(FrictionReport report, MermaidExport.Diagrams mermaid) {
    Map<String, Object> model = new java.util.HashMap<>(model(report));
    model.put("m", mermaid);
    // A diagram Mermaid would refuse (GitHub shows an error box in its place) is left out, and said.
    model.put("journeyFits", MermaidExport.fitsMermaid(mermaid.journey()));
    model.put("flowchartFits", MermaidExport.fitsMermaid(mermaid.flowchart()));
    Numerals numerals = Numerals.of(report.language());
    model.put("journeyChars", numerals.money(mermaid.journey().length()));
    model.put("flowchartChars", numerals.money(mermaid.flowchart().length()));
    model.put("mermaidLimit", numerals.money(MermaidExport.MERMAID_TEXT_LIMIT));
    return Templates.shared().render("report/report.ftlmd", model);
  }

  /** The {@code format} fields of the report and portfolio documents, first in each. */
  public static final String REPORT_FORMAT = "slippers-report/1";
  public static final String PORTFOLIO_FORMAT = "slippers-portfolio/1";

  public static String json(FrictionReport report) {
    return toJson(tree(report));
  }

  /** The report as a Jackson tree, {@code format} first, for callers that add to it. */
  public static ObjectNode tree(FrictionReport report) {
    return withFormat(REPORT_FORMAT, report);
  }

  /** A report or portfolio tree as the indented text {@link #json(FrictionReport)} gives. */
  public static String json(ObjectNode tree) {
    return toJson(tree);
  }

  public static String html(Portfolio portfolio) {
    return Templates.shared().render("report/portfolio.ftlh", Map.of("p", portfolio));
  }

  public static String markdown(Portfolio portfolio) {
    return Templates.shared().render("report/portfolio.ftlmd", Map.of("p", portfolio));
  }

  public static String json(Portfolio portfolio) {
    return toJson(withFormat(PORTFOLIO_FORMAT, portfolio));
  }

  private static ObjectNode withFormat(String format, Object value) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", format);
    root.setAll((ObjectNode) JSON.valueToTree(value));
    return root;
  }

  private static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class RoundedNumber extends StdSerializer<Double> {
    RoundedNumber() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeNumber(AnalysisJson.number(value));
    }
  }

  private static final class LanguageCode extends StdSerializer<Language> {
    LanguageCode() {
      super(Language.class);
    }

    @Override
    public void serialize(Language value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.code());
    }
  }
}
