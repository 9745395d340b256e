package dev.slippers.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Calls back when files may have changed: the folders holding the watched files are registered with
 * the platform's {@link WatchService} (inotify on Linux), and, because some file systems never send
 * events (network shares, some container mounts), a cheap poll of the files' sizes and modification
 * times runs beside it. Bursts are debounced: an editor's save (write a temporary file, rename it,
 * touch the folder) gives one callback, {@code debounce} after the last event.
 *
 * <p>Folders are watched rather than files since editors often replace a file by renaming another
 * over it, which a watch on the old file would miss. The callback decides whether anything that
 * matters changed; this class only says "look again".
 */
final class FileWatcher implements AutoCloseable {

  private final Duration debounce;
  private final Duration poll;
  private final Runnable onChange;
  private final WatchService service;
  private final Thread thread;
  private final Set<Path> registered = new HashSet<>();
  private volatile List<Path> files = List.of();
  private volatile boolean closed;

  /**
   * Starts watching nothing yet; {@link #watch} says what.
   *
   * @param debounce quiet time after the last event before the callback
   * @param poll     how often the fallback poll looks at sizes and modification times
   */
  FileWatcher(Duration debounce, Duration poll, Runnable onChange) {
    this.debounce = debounce;
    this.poll = poll;
    this.onChange = onChange;
    this.service = newWatchService();
    this.thread = new Thread(this::run, "slippers-watch");
    thread.setDaemon(true);
    thread.start();
  }

  private static WatchService newWatchService() {
    try {
      return FileSystems.getDefault().newWatchService();
    } catch (IOException | UnsupportedOperationException e) {
      return null; // the poll alone keeps the preview current, a little later
    }
  }

  /** Watches these files and folders (folders with everything below them), replacing what was watched. */
  synchronized void watch(Collection<Path> paths) {
    List<Path> list = List.copyOf(paths);
    files = list;
    if (service == null) {
      return;
    }
    for (Path path : list) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> folders = Files.walk(path)) {
          folders.filter(Files::isDirectory).forEach(this::register);
        } catch (IOException | UncheckedIOException e) {
          register(path);
        }
      } else {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
          register(parent);
        }
      }
    }
  }

  private void register(Path folder) {
    Path key = folder.toAbsolutePath().normalize();
    if (!registered.add(key)) {
      return;
    }
    try {
      key.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
    } catch (IOException | RuntimeException e) {
      registered.remove(key); // an unreadable folder: the poll still sees its files
    }
  }

  private void run() {
    String stamp = stamp();
    while (!closed) {
      try {
        if (awaitEvent(poll)) {
          while (!closed && awaitEvent(debounce)) {
            // more events of the same save: wait until the burst is over
          }
        } else if (stamp().equals(stamp)) {
          continue; // no event and the poll saw nothing either
        }
        if (closed) {
          return;
        }
        stamp = stamp();
        onChange.run();
      } catch (InterruptedException | ClosedWatchServiceException e) {
        return;
      } catch (RuntimeException e) {
        // A failed look must not end the watching: the next save tries again.
      }
    }
  }

  /** Waits up to {@code time} for watch events; true when there were any (never without a watch service). */
  private boolean awaitEvent(Duration time) throws InterruptedException {
    if (service == null) {
      Thread.sleep(time.toMillis());
      return false;
    }
    return take(time.toMillis());
  }

  /** Waits up to {@code millis} for events and drains them; true when there were any. */
  private boolean take(long millis) throws InterruptedException {
    WatchKey key = service.poll(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    if (key == null) {
      return false;
    }
    do {
      key.pollEvents();
      key.reset();
      key = service.poll();
    } while (key != null);
    return true;
  }

  /** Sizes and modification times of the watched files and of the files in the watched folders. */
  private String stamp() {
    StringBuilder stamp = new StringBuilder();
    for (Path path : files) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> all = Files.walk(path)) {
          all.filter(Files::isRegularFile).sorted().forEach(p -> stamp.append(p).append(attributes(p)).append('\n'));
        } catch (IOException | UncheckedIOException e) {
          stamp.append(path).append(" unreadable\n");
        }
      } else {
        stamp.append(path).append(attributes(path)).append('\n');
      }
    }
    return stamp.toString();
  }

  private static String attributes(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
    } catch (IOException e) {
      return " absent";
    }
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    if (service != null) {
      try {
        service.close();
      } catch (IOException e) {
        // closing; nothing left to do
      }
    }
  }
}
