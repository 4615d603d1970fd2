package org.endings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every `./run.sh quotes|validate …` example of the README's command line shows something. */
class ReadmeExamplesTest {
    private static final Pattern EXAMPLE = Pattern.compile("^\\./run\\.sh ((?:quotes|validate data/)[^#]*?)\\s*(#.*)?$");

    static List<List<String>> examples() throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            Matcher m = EXAMPLE.matcher(line.strip());
            if (m.matches()) {
                List<String> args = new ArrayList<>();
                Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(m.group(1));
                while (word.find()) {
                    args.add(word.group(1) != null ? word.group(1) : word.group(2));
                }
                out.add(args);
            }
        }
        return out;
    }

    @Test
    void everyQuotesAndValidateExampleOfTheReadmeShowsSomething() throws IOException {
        List<List<String>> examples = examples();
        assertTrue(examples.size() >= 4, "examples found: " + examples);
        for (List<String> args : examples) {
            Run run = Run.of(args.toArray(String[]::new));
            assertEquals(0, run.code(), args + "\n" + run.err());
            assertFalse(run.out().isBlank(), args.toString());
            assertFalse(run.out().startsWith("0 quotes"), args + " shows no quote:\n" + run.out());
        }
    }
}
