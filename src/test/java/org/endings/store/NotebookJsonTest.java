package org.endings.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.endings.core.Notebook;
import org.junit.jupiter.api.Test;

/** A notebook as JSON: what is written reads back the same, and anything else is refused with the reason. */
class NotebookJsonTest {
    private static NotebookJson.UnreadableException refused(String json) {
        return assertThrows(NotebookJson.UnreadableException.class,
                () -> NotebookJson.read(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyPartOfANotebookComesBackAsItWasWritten() throws Exception {
        Notebook full = Notebooks.full();
        assertEquals(full, NotebookJson.read(NotebookJson.write(full)));
        Notebook empty = Notebook.empty(Notebooks.KEY);
        assertEquals(empty, NotebookJson.read(NotebookJson.write(empty)));
    }

    @Test
    void theFileSaysItsFormatAndModelFirstAndReadsWellInAnEditor() {
        String json = new String(NotebookJson.write(Notebooks.full()), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\n  \"format\" : \"endings-notebook/1\",\n  \"model\" : \"Anora|2024|"), json);
        assertTrue(json.contains("\"consent\" : \"convinced\""), json);
        assertTrue(json.endsWith("}\n"), json);
        assertFalse(json.contains("writable"), json);
    }

    @Test
    void aNoteWithTerminalControlsIsWrittenEscapedAndReadsBackTheSame() throws Exception {
        String note = "right\u202Eto left \u001b[31m red \u0085 \u007f";
        Notebook notebook = new Notebook("k", Map.of(), Map.of("kiss", Map.of("hope", note)), Map.of(), null, true);
        String json = new String(NotebookJson.write(notebook), StandardCharsets.UTF_8);
        assertTrue(json.contains("right\\u202eto left \\u001B[31m red \\u0085 \\u007f"), json);
        assertEquals(notebook, NotebookJson.read(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void roundsOfBlindReadingAreKeptInTheSecondFormatAndANotebookWithoutThemStaysInTheFirst() throws Exception {
        Notebook.Taken round = new Notebook.Taken("size 2 readings hope speaker", 123456789012L, java.util.List.of(
                new Notebook.Given("baker-consent-line", "hope", "complicates"),
                new Notebook.Given("explainer-kind-gesture", null, null)));
        Notebook full = Notebooks.full();
        Notebook withRounds = new Notebook(full.model(), full.standings(), full.notes(), full.credence(), full.resume(),
                true, java.util.List.of(round));
        String json = new String(NotebookJson.write(withRounds), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\n  \"format\" : \"endings-notebook/2\","), json);
        assertTrue(json.contains("\"seed\" : 123456789012"), json);
        assertEquals(withRounds, NotebookJson.read(json.getBytes(StandardCharsets.UTF_8)));
        // an old notebook, without rounds, reads as it did
        Notebook old = NotebookJson.read(new String(NotebookJson.write(full), StandardCharsets.UTF_8)
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(java.util.List.of(), old.rounds());
    }

    @Test
    void aRoundThatIsNotOneThisProgramWroteIsRefused() {
        String head = "{\"format\": \"endings-notebook/2\", \"model\": \"k\", \"rounds\": ";
        assertTrue(refused(head + "{}}").getMessage().contains("\"rounds\" at line 1"));
        assertTrue(refused(head + "[{\"rules\": \"size 1\", \"seed\": -1, \"replies\": []}]}").getMessage()
                .contains("is not a seed"));
        assertTrue(refused(head + "[{\"rules\": \"size 1\", \"seed\": 1, \"replies\": "
                + "[{\"quote\": \"q\", \"reading\": \"hope\", \"stance\": null}]}]}").getMessage()
                .contains("is not a reply"));
        assertTrue(refused(head + "[{\"rules\": \"size 1\", \"seed\": 1, \"replies\": "
                + "[{\"quote\": \"q\", \"reading\": \"hope\", \"stance\": \"adores\"}]}]}").getMessage()
                .contains("is not a reply"));
        assertTrue(refused(head + "[{\"rules\": \"size 1\", \"seed\": 1}]}").getMessage()
                .contains("lacks its rules, seed or replies"));
        assertTrue(refused(head + "[{\"rules\": \"size 1\", \"seed\": 1, \"replies\": [], \"date\": 1}]}")
                .getMessage().contains("is not a field of a round"));
    }

    @Test
    void aNotebookWithoutResumeHasNoResume() throws Exception {
        Notebook read = NotebookJson.read("""
                {"format": "endings-notebook/1", "model": "k", "standings": {}, "notes": {}, "credence": {}}"""
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(Notebook.empty("k"), read);
    }

    @Test
    void brokenJsonIsRefusedWithWhereItBreaks() {
        assertTrue(refused("{\"format\": \"endings-notebook/1\",\n \"model\"").getMessage()
                .matches("it is not valid JSON at line 2, column \\d+"));
        assertEquals("the file is empty", refused("").getMessage());
        assertEquals("it is not a JSON object", refused("[]").getMessage());
        assertTrue(refused("{\"format\": \"endings-notebook/1\", \"model\": \"k\"} {}").getMessage()
                .startsWith("there is more after the end"));
    }

    @Test
    void aMissingOrForeignFormatIsRefused() {
        assertEquals("it says no format: it has no \"format\" string", refused("{\"model\": \"k\"}").getMessage());
        assertEquals("its format is \"endings/1\", not \"endings-notebook/1\"",
                refused("{\"format\": \"endings/1\", \"model\": \"k\"}").getMessage());
    }

    @Test
    void aNewerFormatIsItsOwnCaseWhateverElseTheFileHolds() {
        NotebookJson.UnreadableException e = refused(
                "{\"margins\": [1, 2], \"format\": \"endings-notebook/3\", \"standings\": 7}");
        assertTrue(e.newer());
        assertTrue(e.getMessage().contains("newer Endings"), e.getMessage());
        assertFalse(refused("{}").newer());
    }

    @Test
    void wrongTypesAndUnknownWordsAreNamedWithTheirPlace() {
        String head = "{\"format\": \"endings-notebook/1\", \"model\": \"k\", ";
        assertEquals("\"standings/kiss/hope\" at line 1, column 79 is \"sure\": a standing is convinced, unsure or unconvinced",
                refused(head + "\"standings\": {\"kiss\": {\"hope\": \"sure\"}}}").getMessage());
        assertTrue(refused(head + "\"notes\": {\"kiss\": {\"hope\": 3}}}").getMessage()
                .matches("\"notes/kiss/hope\" at line 1, column \\d+ is not a string"));
        assertTrue(refused(head + "\"credence\": {\"kiss\": {\"hope\": 40.5}}}").getMessage()
                .contains("is not credence: a whole number from 0 to 100"));
        assertTrue(refused(head + "\"credence\": {\"kiss\": {\"hope\": 101}}}").getMessage().contains("is not credence"));
        assertTrue(refused(head + "\"credence\": {\"kiss\": [40]}}").getMessage().contains("is not an object of readings"));
        assertTrue(refused(head + "\"notes\": []}").getMessage().contains("\"notes\" at line 1"));
        assertTrue(refused(head + "\"margin\": {}}").getMessage().contains("\"margin\" at line 1, column"));
        assertTrue(refused(head + "\"resume\": {\"lens\": \"x\"}}").getMessage().contains("is not a field of resume"));
        assertTrue(refused("{\"format\": \"endings-notebook/1\"}").getMessage().contains("names no model"));
        assertTrue(refused(head + "\"notes\": {}, \"notes\": {}}").getMessage().startsWith("it is not valid JSON"));
    }

    @Test
    void aResumeMayLeaveOutAnyPart() throws Exception {
        Notebook read = NotebookJson.read(("{\"format\": \"endings-notebook/1\", \"model\": \"k\","
                + " \"resume\": {\"beat\": \"kiss\", \"quote\": null}}").getBytes(StandardCharsets.UTF_8));
        assertEquals(new Notebook.Resume(null, "kiss", null, null), read.resume());
        assertEquals(Map.of(), read.standings());
    }

    /** The notebook's own pretty printer writes the very bytes Jackson's DefaultPrettyPrinter wrote, as files have been. */
    @Test
    void theLayoutIsJacksonsDefaultPrettyPrintersByteForByte() {
        tools.jackson.core.ObjectWriteContext jacksons = new tools.jackson.core.ObjectWriteContext.Base() {
            @Override
            public tools.jackson.core.PrettyPrinter getPrettyPrinter() {
                return new tools.jackson.core.util.DefaultPrettyPrinter();
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        };
        Notebook.Taken round = new Notebook.Taken("size 2", 42L, java.util.List.of(
                new Notebook.Given("q1", "hope", "complicates"), new Notebook.Given("q2", null, null)));
        Notebook.Taken empty = new Notebook.Taken("size 1", 7L, java.util.List.of());
        Notebook full = Notebooks.full();
        for (Notebook notebook : java.util.List.of(full, Notebook.empty(Notebooks.KEY),
                new Notebook(full.model(), full.standings(), Map.of(), full.credence(), null, true, java.util.List.of(round, empty)))) {
            String ours = new String(NotebookJson.write(notebook), StandardCharsets.UTF_8);
            assertEquals(new String(NotebookJson.write(notebook, jacksons), StandardCharsets.UTF_8), ours);
        }
    }
}
