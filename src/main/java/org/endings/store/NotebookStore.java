package org.endings.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.endings.core.Notebook;

/**
 * One model's notebook file, opened: read once, saved atomically, held with a lock so that a second
 * Endings on the same file only reads it. Opening never fails: whatever goes wrong leaves a notebook
 * to work with (empty, or read-only) and a line in {@link #messages()} that says so.
 *
 * <p>Beside {@code NAME.json} live {@code NAME.json.lock} (the lock; left in place, as deleting a
 * lock file races with the next one to take it), temp files {@code .NAME.json.HEX.tmp} while a save
 * runs, and {@code NAME.unreadable-YYYYMMDD-HHMMSS.json} for a file that could not be read.
 *
 * <p>Messages are plain text that may carry a path or a key from the file: pass them through the
 * sanitiser before they reach a terminal. {@link #save} and {@link #close} may be called from one
 * thread while another reads.
 */
public final class NotebookStore implements AutoCloseable {
    static final String LOCKED = "Your notebook is open in another Endings: this one only reads it; "
            + "nothing you change here is kept.";
    private static final String NOT_KEPT = "nothing you change here is kept.";

    private final Path file;
    private final Path dir;
    private final String modelKey;
    private final Notebook notebook;
    private final List<String> messages;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private boolean closed;

    private NotebookStore(Path file, String modelKey, Notebook notebook, List<String> messages,
                          FileChannel lockChannel, FileLock lock) {
        this.file = file;
        this.dir = file.getParent();
        this.modelKey = modelKey;
        this.notebook = notebook;
        this.messages = List.copyOf(messages);
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens the notebook for a model at {@code file}; see the class comment for what can happen on the way. */
    public static NotebookStore open(Path file, String modelKey) {
        // no clock until one is needed: the time zone's rules take milliseconds to load, before the first page
        return open(file, modelKey, null);
    }

    static NotebookStore open(Path file, String modelKey, Clock clock) {
        Objects.requireNonNull(modelKey, "modelKey");
        Path at = file.toAbsolutePath();
        Path dir = at.getParent();
        List<String> messages = new ArrayList<>();
        try {
            createDirectory(dir);
        } catch (IOException e) {
            messages.add("Your notebook's folder " + dir + " could not be made (" + describe(e) + "): " + NOT_KEPT);
            return readOnly(at, modelKey, messages);
        }
        FileChannel channel;
        try {
            channel = openChannel(lockFile(at), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            messages.add("Your notebook's folder " + dir + " cannot be written (" + describe(e)
                    + "): this Endings only reads the notebook; " + NOT_KEPT);
            return readOnly(at, modelKey, messages);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;   // held by another store in this same program
        } catch (IOException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            messages.add(LOCKED);
            return readOnly(at, modelKey, messages);
        }
        sweep(at);
        Notebook notebook;
        try {
            notebook = read(at, modelKey);
        } catch (IOException e) {
            release(lock, channel);
            messages.add("Your notebook could not be read (" + describe(e) + "): this Endings leaves it as it is; "
                    + NOT_KEPT);
            return new NotebookStore(at, modelKey, readOnlyEmpty(modelKey), messages, null, null);
        } catch (NotebookJson.UnreadableException e) {
            try {
                Path aside = moveAside(at, clock);
                messages.add("Your notebook could not be read (" + e.getMessage() + "); it was moved to " + aside
                        + " and a new one begun.");
                notebook = Notebook.empty(modelKey);
            } catch (IOException moving) {
                release(lock, channel);
                messages.add("Your notebook could not be read (" + e.getMessage() + ") nor moved aside ("
                        + describe(moving) + "): this Endings leaves it as it is; " + NOT_KEPT);
                return new NotebookStore(at, modelKey, readOnlyEmpty(modelKey), messages, null, null);
            }
        }
        return new NotebookStore(at, modelKey, notebook, messages, channel, lock);
    }

    /** Opened without the lock: whatever can be read is shown, and nothing is ever written. */
    private static NotebookStore readOnly(Path file, String modelKey, List<String> messages) {
        Notebook notebook;
        try {
            notebook = withWritable(read(file, modelKey), false);
        } catch (IOException | NotebookJson.UnreadableException e) {
            String why = e instanceof IOException io ? describe(io) : e.getMessage();
            messages.add("Your notebook could not be read here (" + why + "); it is left as it is.");
            notebook = readOnlyEmpty(modelKey);
        }
        return new NotebookStore(file, modelKey, notebook, messages, null, null);
    }

    /**
     * The notebook in {@code file} for this model, or an empty one when there is no file; reads
     * without the lock and changes nothing, for a look from outside (a notebook is replaced whole,
     * by a rename, so a reader never sees half of one).
     */
    public static Notebook read(Path file, String modelKey) throws IOException, NotebookJson.UnreadableException {
        byte[] bytes;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() > NotebookJson.MAX_BYTES) {
                throw new NotebookJson.UnreadableException("it is too big for a notebook: "
                        + channel.size() + " bytes", false);
            }
            bytes = java.nio.channels.Channels.newInputStream(channel).readAllBytes();
        } catch (NoSuchFileException e) {
            return Notebook.empty(modelKey);
        }
        Notebook notebook = NotebookJson.read(bytes);
        if (!notebook.model().equals(modelKey)) {
            throw new NotebookJson.UnreadableException("it belongs to another model: \"" + notebook.model() + "\"",
                    false);
        }
        return notebook;
    }

    public Path file() {
        return file;
    }

    /** The notebook as opened; {@code writable()} says whether this store keeps what changes. */
    public Notebook notebook() {
        return notebook;
    }

    public boolean writable() {
        return notebook.writable();
    }

    /** What the reader should be told about the opening, one line each; empty when all went as expected. */
    public List<String> messages() {
        return messages;
    }

    /**
     * Saves the notebook in place of the last one, atomically: the whole new one or the whole old
     * one is on disk, whenever the program is stopped. Returns false, writing nothing, when this
     * store only reads. A failure leaves the old file as it was and says why in one line.
     */
    public synchronized boolean save(Notebook next) throws IOException {
        if (closed) {
            throw new IllegalStateException("the notebook " + file + " is closed");
        }
        if (!notebook.writable()) {
            return false;
        }
        if (!next.model().equals(modelKey)) {
            throw new IllegalArgumentException("a notebook for " + next.model() + " saved as one for " + modelKey);
        }
        byte[] bytes = NotebookJson.write(next);
        Path temp = dir.resolve(tempName(file));
        try {
            try (FileChannel out = openChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // swept at the next opening
            }
            throw new IOException("Your notebook could not be saved (" + describe(e)
                    + "); the copy saved before is as it was.", e);
        }
        syncDirectory(dir);
        return true;
    }

    /** Lets the notebook go: another Endings may now write it. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (lock != null) {
            release(lock, lockChannel);
        }
    }

    /** The lock file of a notebook file. */
    static Path lockFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    private static String tempName(Path file) {
        // not a secret: the folder is the reader's alone (0700); a secure random would wake the security
        // providers at start-up for nothing
        byte[] random = new byte[6];
        java.util.concurrent.ThreadLocalRandom.current().nextBytes(random);
        return "." + file.getFileName() + "." + HexFormat.of().formatHex(random) + ".tmp";
    }

    /** True for a temp file a save of {@code file} made: {@code .NAME.HEX.tmp}. */
    static boolean isTemp(Path file, String candidate) {
        String prefix = "." + file.getFileName() + ".";
        if (!candidate.startsWith(prefix) || !candidate.endsWith(".tmp")) {
            return false;
        }
        String middle = candidate.substring(prefix.length(), candidate.length() - 4);
        if (middle.isEmpty()) {
            return false;
        }
        for (int i = 0; i < middle.length(); i++) {
            char c = middle.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    /** Deletes the temp files a save of this notebook left when it was stopped; run only under the lock. */
    private static void sweep(Path file) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(file.getParent(), new DirectoryStream.Filter<Path>() {
            @Override
            public boolean accept(Path p) {
                return isTemp(file, p.getFileName().toString());
            }
        })) {
            for (Path temp : entries) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // left for the next opening; a stray temp file harms nothing
                }
            }
        } catch (IOException e) {
            // as above
        }
    }

    /** Renames an unreadable file to a timestamped name beside it, never over another file. */
    private static Path moveAside(Path file, Clock clock) throws IOException {
        String name = file.getFileName().toString();
        boolean json = name.endsWith(".json");
        String stem = json ? name.substring(0, name.length() - 5) : name;
        String stamp = LocalDateTime.now(clock == null ? Clock.systemDefaultZone() : clock)
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        for (int n = 1; ; n++) {
            Path target = file.resolveSibling(stem + ".unreadable-" + stamp + (n == 1 ? "" : "-" + n)
                    + (json ? ".json" : ""));
            try {
                Files.move(file, target);
                syncDirectory(file.getParent());
                return target;
            } catch (FileAlreadyExistsException e) {
                // the next number
            }
        }
    }

    private static void createDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(dir);
        }
    }

    /** Opens a file channel, making any new file 0600 where the filesystem has POSIX permissions. */
    private static FileChannel openChannel(Path path, OpenOption... options) throws IOException {
        FileAttribute<?> owner = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
        try {
            return FileChannel.open(path, Set.of(options), owner);
        } catch (UnsupportedOperationException e) {
            return FileChannel.open(path, options);
        }
    }

    /** Makes a rename durable; some filesystems cannot open or sync a folder, and lose nothing by it. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported here
        }
    }

    private static void release(FileLock lock, FileChannel channel) {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to do
        }
    }

    private static Notebook readOnlyEmpty(String modelKey) {
        return withWritable(Notebook.empty(modelKey), false);
    }

    private static Notebook withWritable(Notebook n, boolean writable) {
        return new Notebook(n.model(), n.standings(), n.notes(), n.credence(), n.resume(), writable, n.rounds());
    }

    /** A file error in a phrase: the system's reason and the file, without Java's class names. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException f) {
            String reason = f.getReason();
            if (reason == null) {
                reason = e instanceof AccessDeniedException ? "permission denied"
                        : e instanceof NoSuchFileException ? "no such file or folder"
                        : e instanceof FileAlreadyExistsException ? "it already exists" : "a file error";
            }
            return f.getFile() == null ? reason : reason + ": " + f.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
