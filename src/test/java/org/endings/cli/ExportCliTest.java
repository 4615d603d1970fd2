package org.endings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Map;

import org.endings.core.Notebook;
import org.endings.core.Standing;
import org.endings.model.Model;
import org.endings.model.ModelLoader;
import org.endings.store.NotebookStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code endings export} as a teacher runs it: formats, filters by number and name, files written whole. */
class ExportCliTest {
    @TempDir
    Path dir;

    @Test
    void aReadingNamedByAWordExportsItsWalkAlone() {
        Run byName = Run.of("export", "--format", "markdown", "--reading", "consent");
        assertEquals(0, byName.code(), byName.err());
        assertTrue(byName.out().startsWith("# Anora (2024) — The final scene. Reading 2 of 9: Consent\n"), byName.out());
        assertFalse(byName.out().contains("Reading 1 of 9"), "one reading's walk");
        assertEquals(byName.out(), Run.of("export", "--format", "markdown", "--reading", "2").out(), "a number says the same");
    }

    @Test
    void aBeatNamedByTheStartOfItsTitleExportsItUnderEveryReading() {
        Run run = Run.of("export", "--format", "text", "--beat", "refused");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Anora (2024) — The final scene. Beat 3 of 4: The refused kiss.\n"), run.out());
        assertEquals(run.out(), Run.of("export", "--beat", "3").out(), "text is the default on standard output");
    }

    @Test
    void aBeatUnderOneReading() {
        Run run = Run.of("export", "--beat", "3", "--reading", "hope", "--wrap", "0");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("\nRead as Hope.\n"), run.out());
        assertFalse(run.out().contains("Read as Consent"), run.out());
    }

    @Test
    void anUnknownReadingIsAUsageErrorThatListsThem() {
        Run run = Run.of("export", "--reading", "despond");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("endings: No reading “despond”: the readings are 1 Reclaimed power, "), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run run = Run.of("export", "--format", "pdf");
        assertEquals(2, run.code());
        assertEquals("endings: No format \"pdf\": use html, markdown, text or json.\n", run.err());
    }

    @Test
    void theJsonIsTheWholeModelAndRefusesFilters() throws Exception {
        Run run = Run.of("export", "--format", "json", "--beat", "1");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("The JSON export is the whole model"), run.err());
        Path file = dir.resolve("model.json");
        Run written = Run.of("export", "-o", file.toString());
        assertEquals(0, written.code(), written.err());
        assertEquals("endings: wrote json to " + file + ".\n", written.err(), "the format follows the file's name");
        assertEquals("", written.out());
        assertEquals(ModelLoader.loadBundled().model(), ModelLoader.load(file).model());
        assertEquals(0, Run.of("validate", file.toString()).code());
    }

    @Test
    void anHtmlFileIsWrittenWholeAndTheOldOneReplaced() throws IOException {
        Path file = dir.resolve("handout.html");
        Files.writeString(file, "old");
        Run run = Run.of("export", "--format", "html", "--reading", "hope", "-o", file.toString());
        assertEquals(0, run.code(), run.err());
        String html = Files.readString(file);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
        assertTrue(html.endsWith("</html>\n"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left");
        }
    }

    @Test
    void aFileThatCannotBeWrittenIsSaidAndNothingIsLeft() throws IOException {
        Path file = dir.resolve("no-such-dir").resolve("handout.html");
        Run run = Run.of("export", "--format", "html", "-o", file.toString());
        assertEquals(1, run.code());
        assertEquals("endings: could not write " + file + ": no such directory; nothing was written.\n", run.err());
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void theHostileModelExportsWithoutMarkupFromTheModel() {
        Run run = Run.of("export", "--model", "src/test/resources/models/hostile/markup.json", "--format", "html");
        assertEquals(0, run.code(), run.err());
        assertFalse(run.out().contains("<script"), run.out());
        assertTrue(run.out().contains("&lt;script&gt;"));
    }

    @Test
    void helpDescribesTheExport() {
        Run run = Run.of("export", "--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("--format"));
        assertTrue(Run.of("--help").out().contains("export"));
    }

    @Test
    void withNotesTheReadersOwnReadingComesLastInTheirWordsAndNeverInTheJson(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("mine.json");
        Model model = ModelLoader.loadBundled().model();
        Notebook notebook = new Notebook(Notebook.keyOf(model),
                Map.of("kiss", Map.of("consent", Standing.CONVINCED)),
                Map.of("kiss", Map.of("consent", "Her line, <b>drawn</b>.")), Map.of(),
                null, true);
        try (NotebookStore store = NotebookStore.open(file,
                Notebook.keyOf(model))) {
            store.save(notebook);
        }
        Run markdown = Run.of("export", "--format", "markdown", "--reading", "consent", "--notes",
                "--notebook", file.toString());
        assertEquals(0, markdown.code(), markdown.err());
        String out = markdown.out();
        int yours = out.indexOf("Your reading");
        assertTrue(yours > out.indexOf("Consent"), "your reading comes after the model's");
        assertTrue(out.contains("Beat 3 of 4, The refused kiss: Consent, convinced."), out.substring(yours));
        assertTrue(out.contains("The refused kiss, read as Consent: Her line,"), out.substring(yours));
        Run html = Run.of("export", "--format", "html", "--notes", "--notebook", file.toString());
        assertTrue(html.out().contains("Her line, &lt;b&gt;drawn&lt;/b&gt;."), "the reader's words escaped as the model's are");
        Run json = Run.of("export", "--format", "json", "--notes", "--notebook", file.toString());
        assertEquals(2, json.code());
    }
}
