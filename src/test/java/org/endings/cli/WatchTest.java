package org.endings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --watch}: what an author beside the editor reads after each save. */
class WatchTest {
    @TempDir
    Path dir;

    /** An edit the author saves. */
    private interface Edit {
        void apply() throws IOException;
    }

    /** The saves of a test: each applies its edit, then says a save happened; none left ends the watch. */
    private static Watch.Saves saves(Edit... edits) {
        Deque<Edit> left = new ArrayDeque<>(List.of(edits));
        return () -> {
            if (left.isEmpty()) {
                return false;
            }
            left.pop().apply();
            return true;
        };
    }

    private Path file;

    private void replace(String from, String to) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(json.contains(from), from);
        Files.writeString(file, json.replace(from, to), StandardCharsets.UTF_8);
    }

    /** Watches a model made by endings new through the given saves; returns what was printed. */
    private String watch(Edit... edits) throws Exception {
        file = dir.resolve("film.json");
        assertEquals(0, Run.of("new", file.toString(), "--title", "The Quiet Harbour", "--year", "1999",
                "--director", "Mara Lind").code());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Watch.run(() -> ValidateCommand.check(file, null, null, InputStream.nullInputStream()), saves(edits), out);
        return bytes.toString(StandardCharsets.UTF_8).replace(file.toString(), "film.json");
    }

    @Test
    void eachSaveSaysOnlyWhatChanged() throws Exception {
        String out = watch(
                () -> replace("\"format\"", "\"format\""),   // saved with no change
                () -> replace("\"source\": \"first-article\"", "\"source\": \"first-articel\""),
                () -> replace("\"title\": \"The first beat\"", "\"title\": \" \""),
                () -> replace("\"title\": \" \"", "\"title\": \"The boat leaves\""),
                () -> replace("first-articel", "first-article"),
                () -> replace("The boat leaves", "The boat leaves harbour"));
        assertEquals("""
                film.json: valid (1 beat, 1 reading, 1 quote).
                film.json: still valid.
                film.json:38:17: error: /quotes/0/source: quote "first-quote" names source "first-articel", which is not among the sources: did you mean "first-article"? (known: first-article)
                film.json: 1 error.
                film.json:19:16: error: /beats/0/title: beat "first-beat" has an empty title
                film.json: still 2 errors.
                film.json: fixed: error: /beats/0/title: beat "first-beat" has an empty title
                film.json: still 1 error.
                film.json: fixed: error: /quotes/0/source: quote "first-quote" names source "first-articel", which is not among the sources: did you mean "first-article"? (known: first-article)
                film.json: valid (1 beat, 1 reading, 1 quote).
                film.json: still valid.
                """, out);
    }

    @Test
    void aProblemThatOnlyMovedDownIsNeitherNewNorGone() throws Exception {
        String out = watch(
                () -> replace("\"first-beat\": \"A starting", "\"first-bet\": \"A starting"),
                () -> replace("\"format\"", "\n\n\"format\""));
        assertTrue(out.endsWith("film.json: 2 errors.\nfilm.json: still 2 errors.\n"), out);
    }

    @Test
    void aBreakInTheJsonIsOneProblemAndItsMendingIsSaid() throws Exception {
        String out = watch(
                () -> replace("\"format\": \"endings/1\",", "\"format\": \"endings/1\""),
                () -> replace("\"format\": \"endings/1\"", "\"format\": \"endings/1\","));
        List<String> lines = out.lines().toList();
        assertEquals(5, lines.size(), out);
        assertTrue(lines.get(1).startsWith("film.json:4:"), out);
        assertEquals("film.json: 1 error.", lines.get(2));
        assertTrue(lines.get(3).startsWith("film.json: fixed: error: "), out);
        assertEquals("film.json: valid (1 beat, 1 reading, 1 quote).", lines.get(4));
    }

    @Test
    void anEditorsRenameOverTheFileIsASave() throws Exception {
        Path watched = dir.resolve("film.json");
        Files.writeString(watched, "{}", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("unrelated.txt"), "x", StandardCharsets.UTF_8);
        try (FileSaves saves = FileSaves.of(watched)) {
            Files.writeString(dir.resolve("unrelated.txt"), "y", StandardCharsets.UTF_8);
            Path temp = dir.resolve(".film.json.swp");
            Files.writeString(temp, "{\"a\": 1}", StandardCharsets.UTF_8);
            Files.move(temp, watched, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertTrue(saves.next()));
        }
    }

    @Test
    void aDeletedFileIsWaitedForNotChecked() throws Exception {
        Path watched = dir.resolve("film.json");
        Files.writeString(watched, "{}", StandardCharsets.UTF_8);
        try (FileSaves saves = FileSaves.of(watched)) {
            Files.delete(watched);
            Files.writeString(watched, "{}", StandardCharsets.UTF_8);
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertTrue(saves.next()));
            assertTrue(Files.exists(watched));
        }
    }

    @Test
    void theWatchEndsWhenItsServiceCloses() throws Exception {
        Path watched = dir.resolve("film.json");
        Files.writeString(watched, "{}", StandardCharsets.UTF_8);
        FileSaves saves = FileSaves.of(watched);
        saves.close();
        assertFalse(saves.next());
    }

    @Test
    void watchTakesOneFileNotStandardInput() {
        Run run = Run.of("validate", "--watch", "-");
        assertEquals(2, run.code());
        assertEquals("endings: --watch keeps one model file under watch: give one FILE, not standard input.\n", run.err());
    }
}
