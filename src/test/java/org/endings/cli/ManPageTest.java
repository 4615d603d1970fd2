package org.endings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The man page the build writes: every visible command and option, in troff that man reads without a warning. */
class ManPageTest {
    @TempDir
    Path dir;

    private static CommandLine commandLine() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return EndingsCommand.commandLine(new Environment(new ByteArrayInputStream(new byte[0]), sink, sink, Map.of(), false));
    }

    @Test
    void thePageHasEveryVisibleCommandAndItsOptions() {
        String man = ManPage.troff(commandLine());
        assertTrue(man.startsWith(".TH ENDINGS 1 \"\" \"endings "), man);
        for (String section : new String[] {".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS", ".SH COMMANDS",
                ".SH ENVIRONMENT", ".SH \"EXIT STATUS\""}) {
            assertTrue(man.contains("\n" + section + "\n"), section);
        }
        for (String command : new String[] {"validate", "quotes", "notebook", "notebook show", "export", "new", "schema",
                "completion"}) {
            assertTrue(man.contains("\n.SS \"endings " + command + "\"\n"), command);
        }
        assertTrue(man.contains("\n\\fB\\-\\-watch\\fR\n"), "validate's --watch");
        assertTrue(man.contains("\\fB\\-\\-text\\fR, \\fB\\-\\-no\\-text\\fR"), "a negatable option under both names");
        assertFalse(man.contains("endings complete\""), "the hidden command is for the completion scripts only");
    }

    @Test
    void textIsLiteralInTroff() {
        assertEquals("\\&.hidden request", ManPage.text(".hidden request"));
        assertEquals("\\&'quote", ManPage.text("'quote"));
        assertEquals("a \\e b \\-\\-model \\[u2014] \\[u1F319]", ManPage.text("a \\ b --model — \uD83C\uDF19"));
        assertEquals("one line", ManPage.text("one\n  line "));
    }

    @Test
    void manReadsThePageWithoutAWarning() throws Exception {
        Path page = dir.resolve("endings.1");
        Files.writeString(page, ManPage.troff(commandLine()), StandardCharsets.UTF_8);
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/groff")), "groff is not installed");
        Process p = new ProcessBuilder("/usr/bin/groff", "-man", "-Tutf8", "-ww", "-z", page.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertEquals("", out, "groff's warnings");
    }
}
