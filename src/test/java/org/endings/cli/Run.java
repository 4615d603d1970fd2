package org.endings.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.endings.Main;

/** The program run in-process, as a person would run it from a shell: exit code, stdout, stderr. */
record Run(int code, String out, String err) {
    static Run of(String... args) {
        return with("", Map.of(), false, args);
    }

    /** Where the runs of this JVM keep readers' notebooks, unless a test says where: never the real home's. */
    private static final String DATA = data();

    private static String data() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("endings-cli-data");
            dir.toFile().deleteOnExit();
            return dir.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Run with(String stdin, Map<String, String> given, boolean interactive, String... args) {
        Map<String, String> env = new java.util.HashMap<>(given);
        env.putIfAbsent("XDG_DATA_HOME", DATA);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env, interactive);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
