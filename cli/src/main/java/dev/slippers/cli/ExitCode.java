package dev.slippers.cli;

/** Every exit code of the {@code slippers} command, in one place; help lists them. */
public final class ExitCode {

  /** The command did its job; a journey is valid (warnings allowed). */
  public static final int OK = 0;
  /** Problems were found in a journey, or a gate such as {@code --fail-on-regression} tripped. */
  public static final int PROBLEMS = 1;
  /** Bad usage or an input/output error: a missing file, an unwritable folder. */
  public static final int USAGE_OR_IO = 2;
  /** A bug in Slippers itself: please report it with the output of {@code --stacktrace}. */
  public static final int INTERNAL = 3;

  /** The list picocli prints under "Exit codes:" in every command's help, code to meaning. */
  static java.util.Map<String, String> helpList() {
    java.util.Map<String, String> list = new java.util.LinkedHashMap<>();
    list.put(" " + OK, "Success: the journeys are valid (warnings allowed) and any outputs were written.");
    list.put(" " + PROBLEMS, "Problems were found in a journey, or a regression gate tripped.");
    list.put(" " + USAGE_OR_IO, "Usage error, or a file or folder could not be read or written.");
    list.put(" " + INTERNAL, "Internal error in Slippers (rerun with --stacktrace and report it).");
    return list;
  }

  private ExitCode() {}
}
