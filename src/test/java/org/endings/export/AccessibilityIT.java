package org.endings.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.endings.model.Model;
import org.endings.model.ModelLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML export under axe-core in Debian's headless Chromium, in light and dark schemes and at
 * 200% zoom: zero violations. src/test/a11y holds the node side (package.json and its lock, installed
 * here with npm ci); .ci/run installs chromium from Debian. Screenshots land in target/a11y/.
 */
class AccessibilityIT {
    private static final Path A11Y = Path.of("src", "test", "a11y");
    private static final Path OUT = Path.of("target", "a11y");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");

    @BeforeAll
    static void needsChromiumAndNode() throws Exception {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            missing.add("chromium (apt-get install chromium)");
        }
        if (run(Path.of("."), "sh", "-c", "command -v node && command -v npm") != 0) {
            missing.add("node and npm (apt-get install nodejs npm)");
        }
        if (!missing.isEmpty()) {
            String why = "the accessibility check needs " + String.join(" and ", missing) + "; .ci/run installs them";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            System.out.println("SKIPPED accessibility check: " + why + ".");
            Assumptions.assumeTrue(false, why);
        }
        Path installed = A11Y.resolve("node_modules").resolve(".package-lock.json");
        if (!Files.exists(installed)
                || Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(A11Y.resolve("package-lock.json"))) < 0) {
            assertEquals(0, run(A11Y, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), "npm ci in " + A11Y);
        }
        Files.createDirectories(OUT);
    }

    private static int run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    /** Writes the page, runs axe-check.mjs on it, prints what it says; fails on any violation. */
    private static void check(String name, Model model, Selection selection) throws Exception {
        Path page = OUT.resolve(name + ".html").toAbsolutePath();
        Files.writeString(page, Format.HTML.write(ExportTest.handout(model, selection), 80), StandardCharsets.UTF_8);
        Path log = Files.createTempFile("endings-axe", ".log");
        Process p = new ProcessBuilder("node", "axe-check.mjs", page.toString(), OUT.toAbsolutePath().toString())
                .directory(A11Y.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        System.out.println(name + ":\n" + output);
        assertEquals(0, done ? p.exitValue() : -1, "axe-core on " + page + ":\n" + output);
    }

    @Test
    void theWholeBundledModelHasNoAxeViolations() throws Exception {
        check("anora", ModelLoader.loadBundled().model(), Selection.ALL);
    }

    @Test
    void aBeatUnderEveryReadingHasNoAxeViolations() throws Exception {
        check("anora-beat-3", ModelLoader.loadBundled().model(), new Selection(0, 3));
    }

    @Test
    void theHostileModelsPageHasNoAxeViolationsAndRunsNothing() throws Exception {
        check("hostile", ExportTest.hostile(), Selection.ALL);
    }
}
