package org.endings.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.endings.model.Model;
import org.endings.model.ModelLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code endings new} and {@code endings schema}: a model to start another film from, and the schema beside it. */
class NewCommandTest {
    @TempDir
    Path dir;

    private Run newModel(Path file, String... more) {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("new", file.toString(),
                "--title", "The Lighthouse Keeper’s \"Last\" Night", "--year", "1987", "--director", "Ines Vardo"),
                java.util.stream.Stream.of(more)).toArray(String[]::new);
        return Run.of(args);
    }

    @Test
    void whatNewWritesPassesValidateWithNoErrorAndNoWarning() {
        Path file = dir.resolve("lighthouse.json");
        Run made = newModel(file);
        assertEquals(0, made.code(), made.err());
        assertEquals("", made.out());
        assertTrue(made.err().contains("wrote " + file), made.err());
        Run checked = Run.of("validate", file.toString());
        assertEquals(0, checked.code(), checked.out());
        assertEquals(file + ": valid (1 beat, 1 reading, 1 quote).\n", checked.out());
    }

    @Test
    void theModelNamesTheFilmAsGivenAndSaysItIsAStartingPoint() throws Exception {
        Path file = dir.resolve("lighthouse.json");
        assertEquals(0, newModel(file).code());
        Model model = ModelLoader.load(file).model();
        assertEquals("The Lighthouse Keeper’s \"Last\" Night", model.work().title());
        assertEquals(1987, model.work().year());
        assertEquals("Ines Vardo", model.work().director());
        assertTrue(model.scene().where().startsWith("A starting point written by endings new"));
        assertTrue(model.quotes().get(0).text().startsWith("Placeholder, not a quote"));
        assertEquals(null, model.quotes().get(0).speaker(), "the placeholder is put in no real person's mouth");
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\n  \"$schema\": \"endings-model.schema.json\",\n"), json);
    }

    @Test
    void theSchemaIsWrittenBesideTheModelSoThatItsRelativeSchemaResolves() throws IOException {
        Path file = dir.resolve("lighthouse.json");
        assertEquals(0, newModel(file).code());
        assertArrayEquals(Files.readAllBytes(Path.of("data", "endings-model.schema.json")),
                Files.readAllBytes(dir.resolve("endings-model.schema.json")));
    }

    @Test
    void anExistingFileIsNeverReplacedWithoutForce() throws IOException {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, "my work", StandardCharsets.UTF_8);
        Run refused = newModel(file);
        assertEquals(2, refused.code());
        assertEquals("endings: " + file + " already exists: endings new writes only a file that is not there yet "
                + "(--force replaces it).\n", refused.err());
        assertEquals("my work", Files.readString(file, StandardCharsets.UTF_8));
        assertFalse(Files.exists(dir.resolve("endings-model.schema.json")), "nothing written at all");

        Run forced = newModel(file, "--force");
        assertEquals(0, forced.code(), forced.err());
        assertEquals(0, Run.of("validate", file.toString()).code());
    }

    @Test
    void aSchemaOfTheAuthorsOwnBesideItIsLeftAsItWas() throws IOException {
        Path schema = dir.resolve("endings-model.schema.json");
        Files.writeString(schema, "{}", StandardCharsets.UTF_8);
        Run made = newModel(dir.resolve("film.json"));
        assertEquals(0, made.code(), made.err());
        assertTrue(made.err().contains("left the endings-model.schema.json beside it as it was"), made.err());
        assertEquals("{}", Files.readString(schema, StandardCharsets.UTF_8));
    }

    @Test
    void aYearOutsideTheFormatsRangeIsAUsageError() {
        Path file = dir.resolve("film.json");
        Run run = Run.of("new", file.toString(), "--title", "Early", "--year", "1850", "--director", "Someone");
        assertEquals(2, run.code());
        assertEquals("endings: --year 1850: a film's year is from 1878 to 2100.\n", run.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void newNeedsTheTitleTheYearAndTheDirector() {
        Run run = Run.of("new", dir.resolve("film.json").toString(), "--title", "Only a title");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("Missing required options"), run.err());
    }

    @Test
    void schemaPrintsTheBundledSchema() throws IOException {
        Run run = Run.of("schema");
        assertEquals(0, run.code(), run.err());
        assertEquals(Files.readString(Path.of("data", "endings-model.schema.json"), StandardCharsets.UTF_8), run.out());
    }
}
