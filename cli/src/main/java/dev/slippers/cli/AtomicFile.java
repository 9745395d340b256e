package dev.slippers.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file the way an editor saves one: into a temporary sibling, then moved over the target in
 * one step, so a reader sees the old file or the new one, never half of one.
 *
 * <p>The file gets the permissions a new file gets from the user's umask (0644 under the usual 022),
 * or, when it replaces a file, that file's permissions. {@link Files#createTempFile} would give 0600:
 * a journey or a log is a document to share, not a secret.
 */
final class AtomicFile {

  /** What goes into the file. */
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private AtomicFile() {}

  static void write(Path target, String text) throws IOException {
    write(target, out -> out.write(text));
  }

  static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temporary = temporary(absolute);
    try {
      try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
      keepPermissions(absolute, temporary);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** A new empty sibling, created with the default permissions (the umask applies, unlike createTempFile). */
  private static Path temporary(Path target) throws IOException {
    Path parent = target.getParent();
    Files.createDirectories(parent);
    while (true) {
      String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
      try {
        return Files.createFile(parent.resolve("." + target.getFileName() + "." + suffix + ".tmp"));
      } catch (FileAlreadyExistsException e) {
        // Another name: the odds of this are one in 2^64.
      }
    }
  }

  private static void keepPermissions(Path target, Path temporary) throws IOException {
    if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: its defaults apply.
    }
  }
}
