package org.endings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.endings.Main;
import org.junit.jupiter.api.Test;

/**
 * What a start-up loads, which the benchmark times: the text mode, validate and quotes never load
 * Lanterna (the explorer's library), and the common command lines never load Picocli. Each command
 * runs in a class loader of its own, so that nothing another test loaded counts.
 */
class StartupClassesTest {
    /** A class loader that keeps the program's classes to itself and notes every class it is asked for. */
    private static final class Recording extends URLClassLoader {
        final Set<String> loaded = ConcurrentHashMap.newKeySet();

        Recording(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            loaded.add(name);
            return super.loadClass(name, resolve);
        }
    }

    private static URL where(Class<?> c) {
        return c.getProtectionDomain().getCodeSource().getLocation();
    }

    /** Runs the command line in a fresh loader; returns the names of the classes it asked for. */
    private static Set<String> classesOf(String... args) throws Exception {
        URL[] urls = List.of(where(Main.class), where(com.googlecode.lanterna.screen.TerminalScreen.class),
                where(picocli.CommandLine.class), where(tools.jackson.core.JsonParser.class)).stream()
                .distinct().toArray(URL[]::new);
        try (Recording loader = new Recording(urls)) {
            Class<?> main = loader.loadClass(Main.class.getName());
            Method run = main.getMethod("run", String[].class, InputStream.class, PrintStream.class, PrintStream.class,
                    Map.class, boolean.class);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            int code = (int) run.invoke(null, args, new ByteArrayInputStream("n\n=\n".getBytes(StandardCharsets.UTF_8)),
                    print, print, Map.of(), false);
            assertEquals(0, code, () -> String.join(" ", args) + ": " + out.toString(StandardCharsets.UTF_8));
            return loader.loaded;
        }
    }

    private static void assertNone(Set<String> classes, String prefix, String what) {
        List<String> found = classes.stream().filter(n -> n.startsWith(prefix)).sorted().toList();
        assertTrue(found.isEmpty(), what + " loaded " + found);
    }

    @Test
    void theTextModeValidateAndQuotesNeverLoadLanterna() throws Exception {
        for (String[] args : List.of(new String[] {"--text"}, new String[] {},
                new String[] {"validate", "data/anora.json"}, new String[] {"quotes", "--format", "jsonl"})) {
            Set<String> classes = classesOf(args);
            assertTrue(classes.contains("org.endings.model.ModelLoader"), "the loader sees the program's classes");
            assertNone(classes, "com.googlecode.lanterna.", String.join(" ", args));
            assertNone(classes, "org.endings.tui.", String.join(" ", args));
        }
    }

    @Test
    void theCommonCommandLinesNeverLoadPicocli() throws Exception {
        for (String[] args : List.of(new String[] {"--text"}, new String[] {"validate", "data/anora.json"},
                new String[] {"quotes"})) {
            assertNone(classesOf(args), "picocli.", String.join(" ", args));
        }
        assertTrue(classesOf("--help").stream().anyMatch(n -> n.startsWith("picocli.")), "help goes through Picocli");
    }
}
