package dev.slippers.render.template;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * FreeMarker templates from the classpath folder {@code /templates}.
 *
 * <p>Files ending in {@code .ftlh} are HTML with auto-escaping on, so text from a journey can never
 * become markup; {@code .ftlx} is XML, likewise escaped; {@code .ftlmd} is Markdown, escaped by
 * {@link MarkdownOutputFormat}. Numbers format with {@link Locale#ROOT}
 * and the {@code computer} format unless a template says otherwise, and there is no clock in the
 * data model: the same input renders to the same bytes.
 */
public final class Templates {

  private static final Templates SHARED = new Templates();

  private final Configuration configuration;

  private Templates() {
    configuration = new Configuration(Configuration.VERSION_2_3_33);
    configuration.setClassLoaderForTemplateLoading(Templates.class.getClassLoader(), "templates");
    configuration.setRecognizeStandardFileExtensions(true);
    configuration.setDefaultEncoding("UTF-8");
    configuration.setOutputEncoding("UTF-8");
    configuration.setLocale(Locale.ROOT);
    configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
    configuration.setNumberFormat("computer");
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
    configuration.setRegisteredCustomOutputFormats(java.util.List.of(MarkdownOutputFormat.INSTANCE));
    freemarker.core.TemplateConfiguration markdown = new freemarker.core.TemplateConfiguration();
    markdown.setOutputFormat(MarkdownOutputFormat.INSTANCE);
    configuration.setTemplateConfigurations(new freemarker.cache.ConditionalTemplateConfigurationFactory(
        new freemarker.cache.FileExtensionMatcher("ftlmd"), markdown));
  }

  public static Templates shared() {
    return SHARED;
  }

  /**
   * Renders the named template with the data model.
   *
   * @throws IllegalStateException when the template is missing or fails: a bug in Slippers, not in
   *     the user's journey, since every value the templates need is checked before rendering
   */
  public String render(String name, Map<String, ?> model) {
    try {
      Template template = configuration.getTemplate(name);
      StringWriter out = new StringWriter();
      template.process(model, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("template " + name + " could not be read", e);
    } catch (TemplateException e) {
      throw new IllegalStateException("template " + name + " failed: " + e.getMessage(), e);
    }
  }
}
