package dev.slippers.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;

/**
 * A folder that commands write their outputs into: each file is written to a temporary sibling and
 * moved into place, so a reader never sees half a file. No output may replace one of the user's
 * inputs, nor any file Slippers did not write: the folder keeps the names of the files Slippers
 * wrote in {@value #MANIFEST}, and only those are replaced on the next run.
 */
final class OutputFolder {

  /** Names of the files Slippers wrote into the folder, one per line, sorted. */
  static final String MANIFEST = ".slippers-outputs";

  private final Path folder;
  private final List<Path> inputs;
  private final java.util.SortedSet<String> written = new java.util.TreeSet<>();

  /**
   * @param folder where outputs go; created when missing
   * @param inputs the files the command reads: none of them is ever overwritten
   */
  OutputFolder(Path folder, Collection<Path> inputs) {
    this.folder = folder;
    this.inputs = inputs.stream().map(OutputFolder::canonical).toList();
    checkUsable(folder);
    Path manifest = folder.resolve(MANIFEST);
    if (Files.isRegularFile(manifest)) {
      try {
        Files.readAllLines(manifest, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(written::add);
      } catch (IOException e) {
        throw new UserException(ExitCode.USAGE_OR_IO, "cannot read " + manifest + ": " + IoProblems.reason(e)
            + "; give -o another folder", e);
      }
    }
  }

  /**
   * Refuses, before anything is drawn, a folder that cannot be one: an existing file, a path under
   * a file, or a folder this user may not write to.
   */
  private static void checkUsable(Path folder) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new UserException(ExitCode.USAGE_OR_IO,
          "-o " + folder + " is a file, not a folder; give -o a folder (it is created when missing)");
    }
    for (Path above = folder.getParent(); above != null; above = above.getParent()) {
      if (Files.isDirectory(above)) {
        break;
      }
      if (Files.exists(above)) {
        throw new UserException(ExitCode.USAGE_OR_IO, "-o " + folder + " cannot be created: " + above
            + " is a file, not a folder; give -o another folder");
      }
    }
    if (Files.isDirectory(folder) && !Files.isWritable(folder)) {
      throw new UserException(ExitCode.USAGE_OR_IO,
          "-o " + folder + ": permission denied; give -o a folder you can write to");
    }
  }

  Path folder() {
    return folder;
  }

  /** Writes text as UTF-8 and returns the file written. */
  Path write(String fileName, String text) {
    return write(fileName, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes bytes atomically and returns the file written. */
  Path write(String fileName, byte[] bytes) {
    Path target = folder.resolve(fileName);
    if (inputs.contains(canonical(target))) {
      throw new UserException(ExitCode.USAGE_OR_IO,
          target + " is one of the inputs; choose another output folder with -o");
    }
    if (Files.exists(target) && !written.contains(fileName)) {
      throw new UserException(ExitCode.USAGE_OR_IO, target + " exists and was not written by Slippers;"
          + " move it away or give -o another folder (Slippers replaces only its own outputs, listed in "
          + MANIFEST + ")");
    }
    try {
      Files.createDirectories(folder);
      if (written.add(fileName)) {
        replace(folder.resolve(MANIFEST), (String.join("\n", written) + "\n").getBytes(StandardCharsets.UTF_8));
      }
      replace(target, bytes);
      return target;
    } catch (IOException e) {
      throw new UserException(ExitCode.USAGE_OR_IO, "cannot write " + target + ": " + IoProblems.reason(e)
          + "; give -o a folder you can write to", e);
    }
  }

  /** Writes to a temporary sibling and moves it into place, so a reader never sees half a file. */
  private void replace(Path target, byte[] bytes) throws IOException {
    Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
    try {
      Files.write(temporary, bytes);
      readableByAll(temporary);
      move(temporary, target);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Temporary files are created readable by their owner only; an output is a document to share
   * (a web server, a colleague), so it gets the usual rw-r--r-- where the file system has POSIX
   * permissions.
   */
  private static void readableByAll(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: its defaults apply.
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static Path canonical(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      return Files.exists(absolute) ? absolute.toRealPath() : absolute;
    } catch (IOException e) {
      return absolute;
    }
  }
}
