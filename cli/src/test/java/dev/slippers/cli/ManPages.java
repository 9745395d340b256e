package dev.slippers.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The man pages, made in the build ({@code cli/pom.xml} runs {@link #main} in the {@code package}
 * phase and writes {@code cli/target/man/slippers*.1}): picocli's {@link ManPageGenerator} writes one
 * AsciiDoc page per command from the same model as {@code --help}, and {@link #troff} turns each into
 * a troff page that {@code man -l} shows.
 *
 * <p>Why the last step is written here: the usual converter, Asciidoctor, runs on JRuby (28 MB of
 * jars), and on the build machine it took 36 s to start and convert these pages, several times the
 * rest of the module's packaging. ManPageGenerator writes a small fixed subset of AsciiDoc (titles,
 * paragraphs, labelled lists, one hard-break block, bold, italic and cross references), and that
 * subset maps line for line onto the man macros {@code .TH}, {@code .SH}, {@code .PP}, {@code .TP}
 * and {@code .nf}. Anything else fails the build loudly, so a newer picocli cannot slip past.
 */
public final class ManPages {

  private static final Pattern ATTRIBUTE = Pattern.compile("^:([\\w-]+):\\s*(.*)$");
  private static final Pattern TITLE = Pattern.compile("^= (\\S+)\\((\\d)\\)$");
  private static final Pattern XREF = Pattern.compile("xref:([\\w.-]+)\\.adoc\\[([^\\]]*)]");
  private static final Pattern BOLD = Pattern.compile("(?<![\\w*])\\*([^*\\s](?:[^*]*[^*\\s])?)\\*(?![\\w*])");
  private static final Pattern ITALIC = Pattern.compile("(?<![\\w_])_([^_\\s](?:[^_]*[^_\\s])?)_(?![\\w_])");

  private ManPages() {}

  /** {@code ManPages OUTDIR}: writes {@code OUTDIR/slippers.1}, {@code OUTDIR/slippers-validate.1}, ... */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ManPages OUTDIR");
    }
    List<Path> pages = write(Path.of(args[0]));
    System.out.println("slippers: wrote " + pages.size() + " man pages into " + args[0]);
  }

  /** Writes a troff page for the top command and every subcommand; returns them, sorted. */
  static List<Path> write(Path outdir) throws IOException {
    Path adoc = outdir.resolve("adoc");
    Files.createDirectories(adoc);
    int status = ManPageGenerator.generateManPage(adoc.toFile(), null, new boolean[0], true,
        SlippersCommand.newCommandLine().getCommandSpec());
    if (status != 0) {
      throw new IllegalStateException("picocli's ManPageGenerator ended with status " + status);
    }
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(adoc)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".adoc")).sorted().toList()) {
        String name = file.getFileName().toString().replace(".adoc", ".1");
        Path page = outdir.resolve(name);
        Files.writeString(page, troff(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        pages.add(page);
      }
    }
    return pages;
  }

  /** One page of ManPageGenerator's AsciiDoc as troff with the man macros. */
  static String troff(String asciidoc) {
    StringBuilder out = new StringBuilder();
    String revision = "";
    String manual = "";
    String[] lines = asciidoc.replace("\r\n", "\n").split("\n", -1);
    boolean hardBreaks = false;
    boolean paragraph = false;
    String section = "";
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher attribute = ATTRIBUTE.matcher(line);
      Matcher title = TITLE.matcher(line);
      if (line.startsWith("//")) {
        continue;
      } else if (hardBreaks) {
        if (line.isBlank()) {
          out.append(".fi\n");
          hardBreaks = false;
        } else {
          out.append(inline(line.strip())).append('\n');
        }
      } else if (line.isBlank()) {
        paragraph = false;
      } else if (attribute.matches()) {
        if (attribute.group(1).equals("revnumber")) {
          revision = attribute.group(2);
        } else if (attribute.group(1).equals("manmanual")) {
          manual = attribute.group(2);
        }
      } else if (title.matches()) {
        out.append(".TH ").append(quoted(title.group(1).toUpperCase(Locale.ROOT))).append(' ').append(title.group(2))
            .append(" \"\" ").append(quoted(revision)).append(' ').append(quoted(manual)).append('\n');
      } else if (line.startsWith("== ") || line.startsWith("==  ")) {
        section = line.substring(2).strip().replaceAll(":$", "");
        out.append(".SH ").append(quoted(section.toUpperCase(Locale.ROOT))).append('\n');
        paragraph = false;
      } else if (line.equals("[%hardbreaks]")) {
        out.append(".PP\n.nf\n");
        hardBreaks = true;
      } else if (line.endsWith("::")) {
        out.append(".TP\n").append(inline(line.substring(0, line.length() - 2))).append('\n');
        paragraph = true;
      } else if (line.startsWith("  ") && paragraph) {
        out.append(inline(line.strip())).append('\n');
      } else if (!line.matches("^([ \\[=:|+.]|[*-] |----).*")) {
        // picocli joins a command's description paragraphs with newlines: one paragraph per line,
        // as --help shows them; the synopsis continues on indented lines, handled above.
        if (!paragraph || section.equals("Description")) {
          out.append(".PP\n");
        }
        out.append(inline(line.strip())).append('\n');
        paragraph = true;
      } else {
        throw new IllegalArgumentException("line " + (i + 1) + " is AsciiDoc this converter does not know: '" + line
            + "'; check what the new picocli-codegen writes and extend ManPages.troff");
      }
    }
    if (hardBreaks) {
      out.append(".fi\n");
    }
    return out.toString();
  }

  private static String quoted(String text) {
    return "\"" + escape(text).replace("\"", "\\(dq") + "\"";
  }

  /** Troff's special characters made literal: backslashes, minus signs, a leading dot or quote. */
  private static String escape(String text) {
    String escaped = text.replace("\\", "\\e").replace("-", "\\-");
    return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
  }

  /** Bold, italic and cross references (as the command's name in bold) on an escaped line. */
  private static String inline(String text) {
    String line = XREF.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
    line = escape(line);
    line = BOLD.matcher(line).replaceAll(m -> Matcher.quoteReplacement("\\fB" + m.group(1) + "\\fR"));
    return ITALIC.matcher(line).replaceAll(m -> Matcher.quoteReplacement("\\fI" + m.group(1) + "\\fR"));
  }

  static String read(Path page) {
    try {
      return Files.readString(page, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
