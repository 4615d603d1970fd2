package org.endings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.endings.core.Notebook;
import org.endings.core.Standing;
import org.endings.model.ModelLoader;
import org.endings.store.NotebookJson;
import org.endings.store.NotebookPaths;
import org.endings.store.NotebookStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code endings notebook path|show|clear} as a person runs them; never the real home's notebook. */
class NotebookCliTest {
    private static final Path MODEL = Path.of("data", "anora.json");

    @TempDir
    Path dir;

    private Map<String, String> env;
    private String key;
    private Path file;

    @BeforeEach
    void setUp() throws Exception {
        env = Map.of("XDG_DATA_HOME", dir.resolve("data").toString(), "HOME", dir.resolve("home").toString());
        key = Notebook.keyOf(ModelLoader.loadBundled().model());
        file = dir.resolve("data").resolve("endings").resolve(NotebookPaths.fileName(key));
    }

    private Run run(String... args) {
        return Run.with("", env, false, args);
    }

    /** A notebook with a stance, credence and a note on the model's beats, and one on a beat it lost. */
    private Notebook written() throws IOException {
        Notebook notebook = new Notebook(key,
                Map.of("kiss", Map.of("consent", Standing.CONVINCED, "hope", Standing.UNSURE),
                        "gone-beat", Map.of("hope", Standing.UNCONVINCED)),
                Map.of("kiss", Map.of("consent", "She says no.\nThen \u001b[31mshe cries\u202e.")),
                Map.of("kiss", Map.of("consent", 60, "hope", 40)),
                new Notebook.Resume("beat", "kiss", "consent", null), true);
        try (NotebookStore store = NotebookStore.open(file, key)) {
            assertTrue(store.save(notebook));
        }
        return notebook;
    }

    @Test
    void pathNamesTheModelsFileInTheDataFolder() {
        Run run = run("notebook", "path");
        assertEquals(0, run.code(), run.err());
        assertEquals(file + "\n", run.out());
        assertFalse(Files.exists(file), "path creates nothing");
    }

    @Test
    void pathFollowsModelAndNotebook() throws IOException {
        Path other = dir.resolve("other.json");
        Files.writeString(other, Files.readString(MODEL).replaceFirst("\"title\": \"Anora\"", "\"title\": \"Tangerine\""));
        Run run = run("notebook", "path", "--model", other.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches(".*/endings/tangerine-2024-[0-9a-f]{8}\\.json\\n"), run.out());
        assertEquals(dir.resolve("mine.json") + "\n", run("--notebook", dir.resolve("mine.json").toString(), "notebook", "path").out());
        assertEquals(dir.resolve("mine.json") + "\n", run("notebook", "path", "--notebook", dir.resolve("mine.json").toString()).out());
    }

    @Test
    void anEmptyNotebookShowsAsEmpty() throws Exception {
        Run text = run("notebook", "show");
        assertEquals(0, text.code(), text.err());
        assertEquals("Your notebook for Anora (2024), The final scene: 0 stances, 0 notes and credence at 0 beats.\n"
                + file + "\n"
                + "Nothing yet. On any beat, mark where you stand on the reading you are reading it through (convinced, "
                + "unsure or unconvinced), keep a note, and spread 100 points of credence across the readings; this "
                + "page gathers them.\n", text.out());
        Run json = run("notebook", "show", "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertEquals(Notebook.empty(key), NotebookJson.read(json.out().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void showReadsYourReadingPageStancesCredenceNotesAndWhatTheModelNoLongerHas() throws IOException {
        written();
        Run run = run("notebook", "show");
        assertEquals(0, run.code(), run.err());
        assertEquals("Your notebook for Anora (2024), The final scene: 3 stances, 1 note and credence at 1 beat.\n"
                + file + "\n"
                + "\n"
                + "Your stances\n"
                + "Beat 3 of 4, The refused kiss: Consent, convinced; Hope, unsure.\n"
                + "\n"
                + "Your credence\n"
                + "At beat 3 of 4, The refused kiss: Consent 60, Hope 40.\n"
                + "You lean to Consent: 60 of 100 points.\n"
                + "\n"
                + "Your notes\n"
                + "The refused kiss, read as Consent: She says no.\u2424Then \u241b[31mshe cries\u27e8U+202E\u27e9.\n"
                + "\n"
                + "No longer in the model\n"
                + "Kept, not dropped: these name a beat or a reading the model no longer has.\n"
                + "Stance on hope at gone-beat: unconvinced.\n", run.out());
    }

    @Test
    void showAsJsonIsTheFileAsStored() throws IOException {
        written();
        Run run = run("notebook", "show", "--format=json");
        assertEquals(0, run.code(), run.err());
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), run.out());
        assertFalse(run.out().contains("\u001b") || run.out().contains("\u202e"), "terminal controls stay escaped");
    }

    @Test
    void anUnreadableNotebookIsAFileProblemAndShowLeavesItWhereItIs() throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"format\": \"endings-notebook/3\"}");
        Run run = run("notebook", "show");
        assertEquals(1, run.code());
        assertEquals("endings: Your notebook " + file + " could not be read (it was written by a newer Endings, in the "
                + "format \"endings-notebook/3\", which this one does not read); the explorer moves it aside and begins "
                + "a new one when it next opens it.\n", run.err());
        assertEquals("{\"format\": \"endings-notebook/3\"}", Files.readString(file));
    }

    @Test
    void clearWithYesEmptiesTheNotebookAndKeepsTheFile() throws Exception {
        written();
        Run run = run("notebook", "clear", "--yes");
        assertEquals(0, run.code(), run.err());
        assertEquals("Cleared your notebook for Anora (2024).\n", run.out());
        assertEquals(Notebook.empty(key), NotebookStore.read(file, key));
        try (var files = Files.list(file.getParent())) {
            assertEquals(2, files.count(), "the notebook and its lock, nothing moved aside");
        }
        assertEquals("Your notebook for Anora (2024) is already empty.\n", run("notebook", "clear", "--yes").out());
    }

    @Test
    void clearWithoutATerminalOrYesRefusesAndSaysToAddYes() throws Exception {
        Notebook notebook = written();
        Run run = run("notebook", "clear");
        assertEquals(2, run.code());
        assertEquals("endings: Clearing your notebook asks first, and there is no terminal to ask at: add --yes to clear it.\n",
                run.err());
        assertEquals(notebook, NotebookStore.read(file, key));
    }

    @Test
    void clearAsksAtATerminalAndOnlyYesClears() throws Exception {
        Notebook notebook = written();
        Run no = Run.with("\n", env, true, "notebook", "clear");
        assertEquals(0, no.code(), no.err());
        assertEquals("Clear your notebook for Anora (2024)? It holds 3 stances, 1 note and credence at 1 beat. [y/N] ",
                no.err());
        assertEquals("Nothing was cleared.\n", no.out());
        assertEquals(notebook, NotebookStore.read(file, key));
        Run yes = Run.with("y\n", env, true, "notebook", "clear");
        assertEquals(0, yes.code(), yes.err());
        assertEquals(Notebook.empty(key), NotebookStore.read(file, key));
    }

    @Test
    void clearLeavesANotebookOpenInAnotherEndingsAlone() throws Exception {
        Notebook notebook = written();
        try (NotebookStore other = NotebookStore.open(file, key)) {
            Run run = run("notebook", "clear", "--yes");
            assertEquals(1, run.code());
            assertEquals("Your notebook is open in another Endings: this one only reads it; nothing you change here is kept.\n"
                    + "endings: Nothing was cleared.\n", run.err());
        }
        assertEquals(notebook, NotebookStore.read(file, key));
    }

    @Test
    void notebookAloneIsAUsageError() {
        Run run = run("notebook");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("endings: notebook needs a command: path, show or clear"), run.err());
        assertEquals(0, run("notebook", "--help").code());
        assertEquals(0, run("notebook", "show", "--help").code());
    }

    @Test
    void aNotebookFileAndNoNotebookTogetherAreAUsageError() {
        Run run = run("--text", "--notebook", dir.resolve("n.json").toString(), "--no-notebook");
        assertEquals(2, run.code());
        assertEquals("endings: --notebook FILE and --no-notebook cannot go together: choose one.\n", run.err());
    }
}
