package org.endings.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.endings.core.Notebook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A notebook on disk: opened, saved whole, held by one Endings at a time, and never lost. */
class NotebookStoreTest {
    private static final Clock NOON = Clock.fixed(Instant.parse("2025-03-02T12:30:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path notebookFile() {
        return dir.resolve("endings").resolve(NotebookPaths.fileName(Notebooks.KEY));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(notebookFile().getParent())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFirstOpeningGivesAnEmptyWritableNotebookAndSaysNothing() {
        try (NotebookStore store = NotebookStore.open(notebookFile(), Notebooks.KEY)) {
            assertEquals(Notebook.empty(Notebooks.KEY), store.notebook());
            assertTrue(store.writable());
            assertEquals(List.of(), store.messages());
            assertFalse(Files.exists(notebookFile()), "nothing is written until something is saved");
        }
    }

    @Test
    void whatIsSavedIsThereAtTheNextOpening() throws IOException {
        try (NotebookStore store = NotebookStore.open(notebookFile(), Notebooks.KEY)) {
            assertTrue(store.save(Notebooks.numbered(1)));
            assertTrue(store.save(Notebooks.full()));
        }
        try (NotebookStore store = NotebookStore.open(notebookFile(), Notebooks.KEY)) {
            assertEquals(Notebooks.full(), store.notebook());
            assertEquals(List.of(), store.messages());
        }
        assertEquals(List.of(notebookFile().getFileName() + "", notebookFile().getFileName() + ".lock"), names());
    }

    @Test
    void theFolderIsTheReadersAloneAndSoAreTheFiles() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        try (NotebookStore store = NotebookStore.open(notebookFile(), Notebooks.KEY)) {
            store.save(Notebooks.full());
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(notebookFile().getParent())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(notebookFile())));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(NotebookStore.lockFile(notebookFile()))));
    }

    @Test
    void aSecondEndingsOnTheSameNotebookOnlyReadsItAndNeverWritesIt() throws Exception {
        try (NotebookStore first = NotebookStore.open(notebookFile(), Notebooks.KEY)) {
            first.save(Notebooks.full());
            try (NotebookStore second = NotebookStore.open(notebookFile(), Notebooks.KEY)) {
                assertFalse(second.writable());
                assertFalse(second.notebook().writable());
                assertEquals(List.of(NotebookStore.LOCKED), second.messages());
                assertEquals(Notebooks.full().standings(), second.notebook().standings(), "it shows what is there");
                byte[] before = Files.readAllBytes(notebookFile());
                assertFalse(second.save(Notebooks.numbered(7)));
                assertArrayEquals(before, Files.readAllBytes(notebookFile()));
            }
            first.save(Notebooks.numbered(3));
            assertEquals(Notebooks.numbered(3), NotebookStore.read(notebookFile(), Notebooks.KEY));
        }
        try (NotebookStore again = NotebookStore.open(notebookFile(), Notebooks.KEY)) {
            assertTrue(again.writable(), "the lock goes with the first");
            assertEquals(Notebooks.numbered(3), again.notebook());
        }
    }

    private void write(String json) throws IOException {
        Files.createDirectories(notebookFile().getParent());
        Files.writeString(notebookFile(), json, StandardCharsets.UTF_8);
    }

    /** Opens a notebook that cannot be read: it is moved aside, whole, and the message says where. */
    private void movedAside(String json, String reason) throws IOException {
        write(json);
        Path aside = notebookFile().resolveSibling(
                notebookFile().getFileName().toString().replace(".json", ".unreadable-20250302-123005.json"));
        try (NotebookStore store = NotebookStore.open(notebookFile(), Notebooks.KEY, NOON)) {
            assertEquals(Notebook.empty(Notebooks.KEY), store.notebook());
            assertTrue(store.writable());
            assertEquals(List.of("Your notebook could not be read (" + reason + "); it was moved to " + aside
                    + " and a new one begun."), store.messages());
        }
        assertEquals(json, Files.readString(aside, StandardCharsets.UTF_8));
        assertFalse(Files.exists(notebookFile()));
        Files.delete(aside);
    }

    @Test
    void aCorruptNotebookIsMovedAsideAndTheReaderToldWhere() throws IOException {
        movedAside("{\"format\": \"endings-notebook/1\", \"mod", "it is not valid JSON at line 1, column 38");
    }

    @Test
    void aNotebookOfANewerFormatIsMovedAsideAndTheReaderToldWhere() throws IOException {
        movedAside("{\"format\": \"endings-notebook/3\", \"model\": \"" + Notebooks.KEY + "\"}\n",
                "it was written by a newer Endings, in the format \"endings-notebook/3\", which this one does not read");
    }

    @Test
    void anotherModelsNotebookIsMovedAsideAndTheReaderToldWhere() throws IOException {
        String other = new String(NotebookJson.write(Notebook.empty("Anora|2024|The wedding|endings/1")),
                StandardCharsets.UTF_8);
        movedAside(other, "it belongs to another model: \"Anora|2024|The wedding|endings/1\"");
    }

    @Test
    void aFileMovedAsideNeverReplacesAnotherMovedAsideThatSameSecond() throws IOException {
        write("not json");
        NotebookStore.open(notebookFile(), Notebooks.KEY, NOON).close();
        write("nor this");
        try (NotebookStore store = NotebookStore.open(notebookFile(), Notebooks.KEY, NOON)) {
            assertTrue(store.messages().get(0).contains(".unreadable-20250302-123005-2.json"), store.messages().get(0));
        }
        assertEquals(3, names().size(), names().toString());
    }

    @Test
    void aSecondEndingsLeavesAnUnreadableNotebookWhereItIs() throws IOException {
        try (NotebookStore first = NotebookStore.open(notebookFile(), Notebooks.KEY)) {
            Files.writeString(notebookFile(), "garbage", StandardCharsets.UTF_8);
            try (NotebookStore second = NotebookStore.open(notebookFile(), Notebooks.KEY)) {
                assertFalse(second.writable());
                assertEquals(2, second.messages().size());
                assertTrue(second.messages().get(1).startsWith("Your notebook could not be read here (it is not valid"));
            }
            assertEquals("garbage", Files.readString(notebookFile()));
        }
    }

    @Test
    void tempFilesLeftByACrashAreSweptAtOpeningAndOnlyThisNotebooksOnes() throws IOException {
        write(new String(NotebookJson.write(Notebooks.full()), StandardCharsets.UTF_8));
        String name = notebookFile().getFileName().toString();
        Path parent = notebookFile().getParent();
        Files.writeString(parent.resolve("." + name + ".0a1b2c3d4e5f.tmp"), "{\"format\": \"endings-noteb");
        Files.writeString(parent.resolve("." + name + ".ffffffffffff.tmp"), "");
        Files.writeString(parent.resolve(".other-2001-12345678.json.0a1b2c3d4e5f.tmp"), "");
        Files.writeString(parent.resolve("." + name + ".notes.tmp"), "");
        try (NotebookStore store = NotebookStore.open(notebookFile(), Notebooks.KEY)) {
            assertEquals(Notebooks.full(), store.notebook());
        }
        assertEquals(List.of("." + name + ".notes.tmp", ".other-2001-12345678.json.0a1b2c3d4e5f.tmp", name,
                name + ".lock"), names());
    }

    @Test
    void aFailedSaveLeavesTheOldNotebookAndSaysWhyInOneLine() throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        try (NotebookStore store = NotebookStore.open(notebookFile(), Notebooks.KEY)) {
            store.save(Notebooks.full());
            Path parent = notebookFile().getParent();
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-x------"));
            try {
                Assumptions.assumeFalse(Files.isWritable(parent), "running as root: every folder is writable");
                IOException e = assertThrows(IOException.class, () -> store.save(Notebooks.numbered(9)));
                assertTrue(e.getMessage().startsWith("Your notebook could not be saved (permission denied: "),
                        e.getMessage());
                assertFalse(e.getMessage().contains("\n"));
            } finally {
                Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwx------"));
            }
            assertEquals(Notebooks.full(), NotebookStore.read(notebookFile(), Notebooks.KEY));
        }
    }

    @Test
    void aSaveThatCannotReplaceTheFileSaysWhyAndLeavesNoTempFile() throws IOException {
        try (NotebookStore store = NotebookStore.open(notebookFile(), Notebooks.KEY)) {
            Files.createDirectories(notebookFile().resolve("in-the-way"));   // fails for root too
            IOException e = assertThrows(IOException.class, () -> store.save(Notebooks.full()));
            assertTrue(e.getMessage().startsWith("Your notebook could not be saved ("), e.getMessage());
            assertTrue(e.getMessage().endsWith("); the copy saved before is as it was."), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
            String name = notebookFile().getFileName().toString();
            assertEquals(List.of(name, name + ".lock"), names(), "no temp file left behind");
        }
    }

    @Test
    void aNotebookIsSavedOnlyAsTheOneItWasOpenedFor() {
        try (NotebookStore store = NotebookStore.open(notebookFile(), Notebooks.KEY)) {
            assertThrows(IllegalArgumentException.class, () -> store.save(Notebook.empty("another|model")));
        }
    }

    @Test
    void aNotebookThatCannotBeReachedIsReadOnlyAndSaysSo() throws IOException {
        Path blocker = dir.resolve("a-file");
        Files.writeString(blocker, "");
        try (NotebookStore store = NotebookStore.open(blocker.resolve("notebook.json"), Notebooks.KEY)) {
            assertFalse(store.writable());
            assertTrue(store.messages().get(0).startsWith("Your notebook's folder " + blocker + " could not be made ("),
                    store.messages().toString());
            assertFalse(store.save(Notebooks.full()));
        }
    }

    @Test
    void onlyNamesASaveMadeAreTakenForTempFiles() {
        Path file = Path.of("anora-2024-3f2a9c1b.json");
        assertTrue(NotebookStore.isTemp(file, ".anora-2024-3f2a9c1b.json.00ff.tmp"));
        assertFalse(NotebookStore.isTemp(file, "anora-2024-3f2a9c1b.json.00ff.tmp"));
        assertFalse(NotebookStore.isTemp(file, ".anora-2024-3f2a9c1b.json..tmp"));
        assertFalse(NotebookStore.isTemp(file, ".anora-2024-3f2a9c1b.json.lock"));
    }
}
