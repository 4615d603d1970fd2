package org.endings.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.endings.core.Notebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Saving off the UI thread: the latest notebook wins, flush waits for it, and failures are told. */
@Timeout(20)
class NotebookSaverTest {
    @TempDir
    Path dir;

    @Test
    void offersMadeDuringASaveCollapseIntoOneSaveOfTheLast() throws Exception {
        List<Integer> saved = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (NotebookSaver saver = new NotebookSaver(notebook -> {
            started.countDown();
            try {
                assertTrue(release.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            saved.add(Notebooks.counter(notebook));
        }, message -> { })) {
            saver.offer(Notebooks.numbered(1));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            for (int n = 2; n <= 50; n++) {
                saver.offer(Notebooks.numbered(n));
            }
            release.countDown();
            saver.flush();
            assertEquals(List.of(1, 50), saved);
        }
    }

    @Test
    void flushPutsTheLastOfferedNotebookOnDisk() throws Exception {
        Path file = dir.resolve("notebook.json");
        try (NotebookStore store = NotebookStore.open(file, Notebooks.KEY);
             NotebookSaver saver = new NotebookSaver(store, message -> { })) {
            for (int n = 0; n < 200; n++) {
                saver.offer(Notebooks.numbered(n));
            }
            saver.flush();
            assertEquals(Notebooks.numbered(199), NotebookStore.read(file, Notebooks.KEY));
        }
    }

    @Test
    void aFailedSaveIsToldInOneLineAndFlushStillReturns() throws Exception {
        List<String> errors = new CopyOnWriteArrayList<>();
        try (NotebookSaver saver = new NotebookSaver(notebook -> {
            throw new IOException("Your notebook could not be saved (no space left on device); the copy saved before is as it was.");
        }, errors::add)) {
            saver.offer(Notebooks.full());
            saver.flush();
        }
        assertEquals(List.of("Your notebook could not be saved (no space left on device); the copy saved before is as it was."),
                errors);
    }

    @Test
    void nothingIsWrittenForANotebookThatIsOnlyRead() throws Exception {
        Path file = dir.resolve("notebook.json");
        try (NotebookStore first = NotebookStore.open(file, Notebooks.KEY);
             NotebookStore second = NotebookStore.open(file, Notebooks.KEY);
             NotebookSaver saver = new NotebookSaver(second, message -> { })) {
            assertFalse(second.writable());
            saver.offer(Notebooks.full());
            saver.flush();
            assertFalse(Files.exists(file));
            assertEquals(Notebook.empty(Notebooks.KEY).standings(), first.notebook().standings());
        }
    }

    @Test
    void closingSavesWhatWasOffered() throws Exception {
        Path file = dir.resolve("notebook.json");
        try (NotebookStore store = NotebookStore.open(file, Notebooks.KEY)) {
            NotebookSaver saver = new NotebookSaver(store, message -> { });
            saver.offer(Notebooks.full());
            saver.close();
            assertEquals(Notebooks.full(), NotebookStore.read(file, Notebooks.KEY));
        }
    }
}
