package org.endings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.googlecode.lanterna.input.KeyType;

import org.endings.core.Notebook;
import org.endings.core.PageKey;
import org.endings.core.State;
import org.endings.core.View;
import org.endings.core.Standing;
import org.endings.tui.Key;
import org.junit.jupiter.api.Test;

/**
 * The records whose equals and hashCode are written by hand (their own are spun at first call, which
 * the explorer's first keys paid for): equal when every component is, unequal when any one differs,
 * with equal hash codes for equal values, as a record's own would be.
 */
class HandWrittenEqualsTest {
    /** Builds the record from {@code base}, then once per component with that one taken from {@code other}. */
    private static void check(Class<? extends Record> type, Object[] base, Object[] other) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        assertEquals(components.length, base.length, type.getSimpleName());
        Constructor<? extends Record> make = type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        Record a = make.newInstance(base);
        Record b = make.newInstance(base.clone());
        assertEquals(a, b, type.getSimpleName());
        assertEquals(a.hashCode(), b.hashCode(), type.getSimpleName());
        assertNotEquals(a, null);
        assertNotEquals(a, "not a record");
        for (int i = 0; i < components.length; i++) {
            Object[] changed = base.clone();
            changed[i] = other[i];
            assertNotEquals(a, make.newInstance(changed), type.getSimpleName() + "." + components[i].getName());
            assertNotEquals(make.newInstance(changed), a, type.getSimpleName() + "." + components[i].getName());
        }
    }

    @Test
    void everyComponentCounts() throws Exception {
        Notebook.Resume here = new Notebook.Resume("beat", "b1", "r1", null);
        Notebook.Given given = new Notebook.Given("q1", "r1", "supports");
        check(Notebook.Resume.class, new Object[] {"beat", "b1", "r1", null}, new Object[] {"quote", "b2", "r2", "q1"});
        check(Notebook.Given.class, new Object[] {"q1", "r1", "supports"}, new Object[] {"q2", null, null});
        check(Notebook.Taken.class, new Object[] {"size 10", 7L, List.of(given)}, new Object[] {"size 5", 8L, List.of()});
        check(Notebook.class,
                new Object[] {"Anora|2024", Map.of("b1", Map.of("r1", Standing.CONVINCED)), Map.of("b1", Map.of("r1", "a note")),
                    Map.of("b1", Map.of("r1", 60)), here, true, List.of()},
                new Object[] {"Other|2024", Map.of("b1", Map.of("r1", Standing.UNSURE)), Map.of(), Map.of("b1", Map.of("r1", 40)),
                    null, false, List.of(new Notebook.Taken("size 10", 7L, List.of(given)))});
        State.Visit visit = new State.Visit(View.QUOTE, 2, 5, -1, false, 1);
        check(State.Visit.class, new Object[] {View.QUOTE, 2, 5, -1, false, 1}, new Object[] {View.BEAT, 3, 6, 0, true, 2});
        check(PageKey.class, new Object[] {View.QUOTE, 1, 2, 3, 4, 5, "ring", List.of(visit)},
                new Object[] {View.BEAT, 0, 0, 0, 0, 0, null, List.of()});
        // (only a character key has a character or Ctrl: the type is checked apart)
        assertEquals(Key.ctrl('c'), new Key(KeyType.Character, 'c', true));
        assertEquals(Key.ctrl('c').hashCode(), new Key(KeyType.Character, 'c', true).hashCode());
        assertNotEquals(Key.ctrl('c'), Key.ctrl('d'));
        assertNotEquals(Key.ctrl('c'), Key.of('c'));
        assertNotEquals(Key.of(KeyType.Enter), Key.of(KeyType.Tab));
        assertEquals(Key.of(KeyType.Enter), Key.of(KeyType.Enter));
        assertNotEquals(Key.of(KeyType.Enter), "Enter");
    }

    /**
     * The text mode's whole start, first page and end of input, in a fresh JVM as a reader's: no
     * record's equals, hashCode or toString is spun on the way (a new record compared on that path
     * fails this until its methods are written by hand), and the bundled model is not read as JSON.
     */
    @Test
    void theTextModesStartSpinsNoRecordMethodsAndReadsNoJson(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path log = dir.resolve("classes.txt");
        ProcessBuilder run = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load:file=" + log, "-cp", System.getProperty("java.class.path"), "org.endings.Main", "--text")
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true);
        run.environment().put("XDG_DATA_HOME", dir.toString());
        run.environment().remove("NO_COLOR");
        Process p = run.start();
        String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), said);
        org.junit.jupiter.api.Assertions.assertTrue(said.contains("The ring returned"), said);
        String classes = java.nio.file.Files.readString(log);
        org.junit.jupiter.api.Assertions.assertTrue(classes.contains("org.endings.text.TextSession"), "the log is the text mode's");
        org.junit.jupiter.api.Assertions.assertFalse(classes.contains("java.lang.runtime.ObjectMethods"),
                "a record's own equals, hashCode or toString was called on the text mode's start");
        org.junit.jupiter.api.Assertions.assertFalse(classes.contains("tools.jackson.core.json.ReaderBasedJsonParser"),
                "the bundled model was read as JSON, not built by BundledModel");
    }
}
