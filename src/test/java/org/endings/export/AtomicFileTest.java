package org.endings.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export is written whole or not at all. */
class AtomicFileTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFileIsWrittenAndReadableByAll() throws IOException {
        Path file = dir.resolve("handout.html");
        AtomicFile.write(file, "<p>hello</p>".getBytes(StandardCharsets.UTF_8));
        assertEquals("<p>hello</p>", Files.readString(file));
        assertEquals(List.of("handout.html"), names());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void anOldFileIsReplacedWholeAndKeepsItsPermissions() throws IOException {
        Path file = dir.resolve("handout.md");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        AtomicFile.write(file, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("handout.txt");
        Files.writeString(file, "the old handout");
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", failure.getMessage());
        assertEquals("the old handout", Files.readString(file));
        assertEquals(List.of("handout.txt"), names());
    }

    @Test
    void aMissingDirectoryFailsWithoutWritingAnything() {
        assertThrows(IOException.class,
                () -> AtomicFile.write(dir.resolve("no-such-dir").resolve("x.html"), new byte[] {1}));
    }
}
