package dev.slippers.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A folder that commands write their outputs into, keeping one promise: no output replaces a file
 * Slippers did not write, nor one of the inputs.
 *
 * <ul>
 *   <li>Slippers' own files are recognised by content: {@value #MANIFEST} lists, for each file it
 *       wrote, the SHA-256 of what it wrote. A file whose name is listed but whose content differs
 *       (the user replaced it, or the list was copied from elsewhere) is not Slippers' any more.
 *   <li>Nothing is followed through a symbolic link: a linked list, lock or output is refused.
 *   <li>Every name is checked ({@link #claim}) before anything is written.
 *   <li>One command at a time writes into a folder: it holds a lock on {@value #LOCK}
 *       ({@link FileChannel#tryLock}); another waits for it, up to {@link #LOCK_WAIT_MILLIS}, then
 *       gives up with a message.
 *   <li>Each file is written to a temporary sibling and renamed into place, so a reader, or a build
 *       killed half way, never leaves half a file. While a file is being replaced the list accepts
 *       both its old and its new content, so a kill between the rename and the list's update
 *       leaves a folder the next build still recognises; temporary files a killed build left
 *       behind are removed by the next one.
 * </ul>
 */
final class OutputFolder implements AutoCloseable {

  /** {@code <sha-256> <name>} per line, sorted; a name may be listed with two hashes while it is replaced. */
  static final String MANIFEST = ".slippers-outputs";
  /** Held locked while a command writes into the folder. */
  static final String LOCK = ".slippers-outputs.lock";
  /** How long a command waits for another one writing into the same folder. */
  static final long LOCK_WAIT_MILLIS = 120_000;

  private final Path folder;
  private final List<Path> inputs;
  /** Name to the hashes of the contents Slippers wrote under it. */
  private final Map<String, Set<String>> written = new TreeMap<>();
  /** Files this command found to be Slippers', as they were then; see {@link #check(String)}. */
  private final Map<String, Known> verified = new HashMap<>();
  /** The content checks {@link #claim} started, until a write (or another claim) waits for them. */
  private FutureTask<Map<String, Known>> claimed;
  private FileChannel lockChannel;
  private FileLock lock;

  /**
   * @param folder where outputs go; created at the first write
   * @param inputs the files the command reads, included catalogues too: none of them is ever overwritten
   */
  OutputFolder(Path folder, Collection<Path> inputs) {
    if (JourneyFiles.isStdin(folder)) {
      // '-' is standard output everywhere else; a folder of that name would only surprise.
      throw new UserException(ExitCode.USAGE_OR_IO, "-o - (standard output) takes a single output, and this writes "
          + "several files; give a folder (-o DIR)" + StandardOutput.hint());
    }
    this.folder = folder;
    this.inputs = inputs.stream().map(OutputFolder::canonical).toList();
    checkUsable(folder);
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

  /**
   * Checks every name the command will write, before it writes any: each must be free, or hold
   * exactly what Slippers last wrote there.
   *
   * <p>What needs no reading (a name in the way that is not Slippers', a link, an input) is refused
   * here and now. Whether the files listed as Slippers' still hold what it wrote is checked on a
   * second thread, since that means reading and hashing them (a large map's SHA-256, and the first
   * use of the JDK's security providers, were about 35 ms of a cold render's first thread, with the
   * other core idle): the first {@link #write} waits for that check and refuses, with the same
   * message, before anything is written.
   */
  void claim(Collection<String> fileNames) {
    open();
    awaitClaim();
    Map<String, Path> existing = new TreeMap<>();
    for (String name : new TreeSet<>(fileNames)) {
      Path target = place(name);
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        existing.put(name, target);
      }
    }
    Map<String, Known> before = new HashMap<>(verified);
    FutureTask<Map<String, Known>> task = new FutureTask<>(() -> {
      // The providers start once per JVM, and SHA-256 runs interpreted until it is compiled: both
      // happen here, on the idle core, rather than in the first write's hash of a whole map.
      MessageDigest.getInstance("SHA-256").digest(new byte[1 << 16]);
      Map<String, Known> found = new HashMap<>();
      for (Map.Entry<String, Path> entry : existing.entrySet()) {
        Known known = ours(entry.getKey(), entry.getValue(), before.get(entry.getKey()));
        if (known != null) {
          found.put(entry.getKey(), known);
        }
      }
      return found;
    });
    Thread thread = new Thread(task, "slippers-outputs");
    // A daemon: a command that fails before writing does not wait for it.
    thread.setDaemon(true);
    thread.start();
    claimed = task;
  }

  /** Waits for the checks {@link #claim} started, and refuses as they found. */
  private void awaitClaim() {
    FutureTask<Map<String, Known>> task = claimed;
    if (task == null) {
      return;
    }
    claimed = null;
    try {
      verified.putAll(task.get());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException problem) {
        throw problem;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserException(ExitCode.USAGE_OR_IO, "interrupted while checking the files in " + folder);
    }
  }

  /** Writes text as UTF-8 and returns the file written. */
  Path write(String fileName, String text) {
    return write(fileName, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes bytes atomically and returns the file written. */
  Path write(String fileName, byte[] bytes) {
    open();
    Path target = check(fileName);
    String hash = hashOf(fileName, target, bytes);
    try {
      // Both contents are Slippers' while the file is replaced: a kill at any point leaves a folder
      // the next command recognises.
      written.computeIfAbsent(fileName, k -> new TreeSet<>()).add(hash);
      saveManifest();
      replace(target, bytes);
      verified.remove(fileName);
      written.put(fileName, new TreeSet<>(Set.of(hash)));
      saveManifest();
      return target;
    } catch (IOException e) {
      throw new UserException(ExitCode.USAGE_OR_IO, "cannot write " + target + ": " + IoProblems.reason(e)
          + "; give -o a folder you can write to", e);
    }
  }

  /** Releases the folder for other commands. */
  @Override
  public void close() {
    try {
      if (lock != null) {
        lock.release();
      }
      if (lockChannel != null) {
        lockChannel.close();
      }
    } catch (IOException e) {
      // Closing the channel releases the lock in any case; nothing is lost.
    } finally {
      lock = null;
      lockChannel = null;
    }
  }

  /**
   * The SHA-256 of what is about to be written under a checked name. When the file there, found
   * to be Slippers' by {@link #check}, already holds exactly these bytes (a build or preview run
   * again on an unchanged journey), its hash is theirs: SHA-256 runs in C1-compiled code in a short
   * run and was the largest single cost of writing a large map.
   */
  private String hashOf(String fileName, Path target, byte[] bytes) {
    Known known = verified.get(fileName);
    if (known != null && known.stamp().size() == bytes.length) {
      try {
        if (Arrays.equals(Files.readAllBytes(target), bytes)) {
          return known.hash();
        }
      } catch (IOException e) {
        // Unreadable now: hash the bytes; writing will say what is wrong.
      }
    }
    return sha256(bytes);
  }

  /**
   * The target of a name, after checking that writing it keeps the promise. An existing file is
   * hashed at most once per command: one this command already found to be Slippers', unchanged
   * since (same size, modification time and file), is not hashed again.
   */
  private Path check(String fileName) {
    awaitClaim();
    Path target = place(fileName);
    Known known = Files.exists(target, LinkOption.NOFOLLOW_LINKS) ? ours(fileName, target, verified.get(fileName)) : null;
    if (known != null) {
      verified.put(fileName, known);
    } else {
      verified.remove(fileName);
    }
    return target;
  }

  /**
   * The target of a name, after the checks that need no reading: a proper name, not an input, not
   * a link, and when something is there, a file listed as Slippers'.
   */
  private Path place(String fileName) {
    Path target = folder.resolve(fileName);
    if (!target.getParent().equals(folder) || fileName.startsWith(".")) {
      throw new IllegalArgumentException("not an output name: " + fileName);
    }
    if (inputs.contains(canonical(target))) {
      throw new UserException(ExitCode.USAGE_OR_IO,
          target + " is one of the inputs; choose another output folder with -o");
    }
    if (Files.isSymbolicLink(target)) {
      throw new UserException(ExitCode.USAGE_OR_IO, target + " is a symbolic link; Slippers writes no file through"
          + " a link: remove it or give -o another folder");
    }
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return target;
    }
    if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new UserException(ExitCode.USAGE_OR_IO, target + " is in the way and is not a file Slippers wrote;"
          + " move it away or give -o another folder");
    }
    if (!written.containsKey(fileName)) {
      throw new UserException(ExitCode.USAGE_OR_IO, target + " exists and was not written by Slippers;"
          + " move it away or give -o another folder (Slippers replaces only its own outputs, listed in "
          + MANIFEST + ")");
    }
    return target;
  }

  /**
   * How an existing file listed as Slippers' looks now, after checking that it still holds what
   * Slippers wrote there; {@code known} (how it looked when this command last checked it, or null)
   * saves the hash while the file is unchanged; null when the file is gone meanwhile (nothing to
   * keep). Reads only {@link #written}, which no one changes while {@link #claim}'s thread runs.
   */
  private Known ours(String fileName, Path target, Known known) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      Stamp stamp = new Stamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
      if (known != null && known.stamp().sameAs(stamp)) {
        return known;
      }
      String existingHash = sha256(Files.readAllBytes(target));
      if (!written.get(fileName).contains(existingHash)) {
        throw new UserException(ExitCode.USAGE_OR_IO, target + " has changed since Slippers wrote it, so it is"
            + " someone's own file now; move it away or give -o another folder");
      }
      return new Known(stamp, existingHash);
    } catch (java.nio.file.NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UserException(ExitCode.USAGE_OR_IO, "cannot read " + target + ": " + IoProblems.reason(e)
          + "; give -o another folder", e);
    }
  }

  /** Creates the folder, takes its lock, then reads the list under the lock; once per command. */
  private void open() {
    if (lock != null) {
      return;
    }
    try {
      Files.createDirectories(folder);
      Path lockFile = folder.resolve(LOCK);
      if (Files.isSymbolicLink(lockFile)) {
        throw new UserException(ExitCode.USAGE_OR_IO, lockFile + " is a symbolic link; remove it (Slippers"
            + " follows no link in an output folder)");
      }
      lockChannel = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          LinkOption.NOFOLLOW_LINKS));
      lock = waitForLock(lockChannel);
      if (lock == null) {
        close();
        throw new UserException(ExitCode.USAGE_OR_IO, "another Slippers command has been writing into " + folder
            + " for " + LOCK_WAIT_MILLIS / 1000 + " s; wait for it to finish, or give -o another folder");
      }
      readManifest();
      removeLeftovers();
    } catch (IOException e) {
      close();
      throw new UserException(ExitCode.USAGE_OR_IO, "cannot use " + folder + " for outputs: " + IoProblems.reason(e)
          + "; give -o a folder you can write to", e);
    }
  }

  /**
   * The lock, waiting while another command holds it; null when it is still held after the wait.
   * Polling, because {@link FileChannel#lock} cannot be given a time limit.
   */
  private static FileLock waitForLock(FileChannel channel) throws IOException {
    long deadline = System.nanoTime() + LOCK_WAIT_MILLIS * 1_000_000;
    while (true) {
      try {
        FileLock lock = channel.tryLock();
        if (lock != null) {
          return lock;
        }
      } catch (OverlappingFileLockException e) {
        // Another command of this same Java process (tests, a server) holds it: wait as for a process.
      }
      if (System.nanoTime() > deadline) {
        return null;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
  }

  private void readManifest() throws IOException {
    written.clear();
    Path manifest = folder.resolve(MANIFEST);
    if (Files.isSymbolicLink(manifest)) {
      throw new UserException(ExitCode.USAGE_OR_IO, manifest + " is a symbolic link; Slippers trusts only its own"
          + " list: remove the link, or give -o another folder");
    }
    if (!Files.exists(manifest, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
      throw new UserException(ExitCode.USAGE_OR_IO, manifest + " is not a file; remove it or give -o another folder");
    }
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      int space = line.indexOf(' ');
      // A line without a hash (the list of older versions) proves nothing about the file: ignored.
      if (space == 64 && line.length() > 65) {
        written.computeIfAbsent(line.substring(65), k -> new TreeSet<>()).add(line.substring(0, 64));
      }
    }
  }

  private void saveManifest() throws IOException {
    StringBuilder text = new StringBuilder();
    written.forEach((name, hashes) -> hashes.forEach(hash -> text.append(hash).append(' ').append(name).append('\n')));
    replace(folder.resolve(MANIFEST), text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Temporary files of a command that was killed; under the lock, no other command is writing them. */
  private void removeLeftovers() throws IOException {
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, ".*.part")) {
      for (Path part : parts) {
        String name = part.getFileName().toString();
        boolean ours = name.startsWith("." + MANIFEST) || written.keySet().stream().anyMatch(n -> name.startsWith("." + n));
        if (ours && Files.isRegularFile(part, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(part);
        }
      }
    }
  }

  /** Writes to a temporary sibling and moves it into place, so a reader never sees half a file. */
  private void replace(Path target, byte[] bytes) throws IOException {
    Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.write(java.nio.ByteBuffer.wrap(bytes));
        // On disk before the rename: a crash of the machine leaves the old file or the new one.
        channel.force(true);
      }
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

  /** What a file looked like when it was checked: its size, modification time and identity (inode). */
  private record Stamp(long size, FileTime modified, Object fileKey) {
    /** Field by field: a record's own equals is linked through invokedynamic on first use, at start-up cost. */
    boolean sameAs(Stamp other) {
      return size == other.size && modified.equals(other.modified) && java.util.Objects.equals(fileKey, other.fileKey);
    }
  }

  /** A file found to be Slippers': how it looked then, and the hash of its content. */
  private record Known(Stamp stamp, String hash) {}

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
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
