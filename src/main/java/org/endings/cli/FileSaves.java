package org.endings.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

/**
 * The saves of one file, seen through a {@link WatchService} on its folder: an editor that writes a
 * temporary file and renames it over the model (vim, most IDEs) replaces the file, which a watch on
 * the file itself would lose. The events of one save (a truncate and several writes, or a delete
 * and a rename) come in a burst, and count as one save once the folder has been quiet a moment.
 */
final class FileSaves implements Watch.Saves, Closeable {
    /** How long the folder must be quiet for a burst of events to count as one save. */
    static final long QUIET_MILLIS = 150;

    private final Path file;
    private final Path name;
    private final WatchService service;

    private FileSaves(Path file, WatchService service) {
        this.file = file;
        this.name = file.getFileName();
        this.service = service;
    }

    /** Starts watching {@code file}'s folder; a save from now on is seen. */
    static FileSaves of(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        WatchService service = absolute.getFileSystem().newWatchService();
        try {
            absolute.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
        return new FileSaves(absolute, service);
    }

    @Override
    public boolean next() throws InterruptedException {
        try {
            while (true) {
                if (!aboutTheFile(service.take())) {
                    continue;
                }
                for (WatchKey more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); more != null;
                        more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    aboutTheFile(more);
                }
                if (Files.exists(file)) {
                    return true;
                }
                // deleted, or between an editor's delete and its rename: the save is still to come
            }
        } catch (ClosedWatchServiceException e) {
            return false;
        }
    }

    /** Whether the events name the file (or were too many to name anything); the key is ready again after. */
    private boolean aboutTheFile(WatchKey key) {
        boolean about = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            about |= event.kind() == StandardWatchEventKinds.OVERFLOW || name.equals(event.context());
        }
        if (!key.reset()) {
            throw new ClosedWatchServiceException();   // the folder itself is gone: nothing more will come
        }
        return about;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
