package org.endings.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Where a notebook lives, as the XDG Base Directory spec says, and what its file is called. */
class NotebookPathsTest {
    private static final Path HOME = Path.of("/home/ani");

    @Test
    void withoutXdgDataHomeNotebooksLiveUnderLocalShare() {
        assertEquals(Path.of("/home/ani/.local/share/endings"), NotebookPaths.directory(Map.of(), HOME));
    }

    @Test
    void anEmptyXdgDataHomeIsAsIfUnset() {
        assertEquals(Path.of("/home/ani/.local/share/endings"), NotebookPaths.directory(Map.of("XDG_DATA_HOME", ""), HOME));
    }

    @Test
    void aRelativeXdgDataHomeIsIgnoredAsTheSpecSays() {
        assertEquals(Path.of("/home/ani/.local/share/endings"),
                NotebookPaths.directory(Map.of("XDG_DATA_HOME", "data"), HOME));
    }

    @Test
    void anAbsoluteXdgDataHomeIsUsed() {
        assertEquals(Path.of("/srv/data/endings"), NotebookPaths.directory(Map.of("XDG_DATA_HOME", "/srv/data"), HOME));
    }

    @Test
    void theHomeIsHomeWhenAbsoluteElseTheJavaHome() {
        assertEquals(HOME, NotebookPaths.home(Map.of("HOME", "/home/ani")));
        assertEquals(Path.of(System.getProperty("user.home")), NotebookPaths.home(Map.of("HOME", "ani")));
        assertEquals(Path.of(System.getProperty("user.home")), NotebookPaths.home(Map.of()));
    }

    @Test
    void theFileIsNamedForTheFilmWithAShortHashOfTheWholeKey() {
        String name = NotebookPaths.fileName(Notebooks.KEY);
        assertTrue(name.matches("anora-2024-[0-9a-f]{8}\\.json"), name);
        assertEquals(Path.of("/srv/data/endings", name),
                NotebookPaths.file(Map.of("XDG_DATA_HOME", "/srv/data"), HOME, Notebooks.KEY));
        assertNotEquals(name, NotebookPaths.fileName("Anora|2024|The wedding|endings/1"), "another scene, another file");
    }

    @Test
    void anyTitleMakesASafeName() {
        assertTrue(NotebookPaths.fileName("Amélie / Le Fabuleux Destin|2001|x|endings/1")
                .matches("amelie-le-fabuleux-destin-2001-[0-9a-f]{8}\\.json"));
        assertTrue(NotebookPaths.fileName("../..|\u001b[31m|x|y").matches("31m-[0-9a-f]{8}\\.json"));
        assertTrue(NotebookPaths.fileName("東京物語||x|y").matches("notebook-[0-9a-f]{8}\\.json"));
        assertTrue(NotebookPaths.fileName("a".repeat(300) + "|1|x|y").length() < 60);
    }
}
