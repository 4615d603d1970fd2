package org.endings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code endings completion}: scripts that load in their shell and complete commands, options and the model's names. */
class CompletionTest {
    @TempDir
    Path dir;

    private record Shell(int code, String out) {
    }

    /** Runs a bash script with {@code endings} on the PATH: this build of the program, in a JVM of its own. */
    private Shell bash(String script) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path endings = bin.resolve("endings");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(endings, "#!/bin/sh\nexec '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' org.endings.Main \"$@\"\n", StandardCharsets.UTF_8);
        assertTrue(endings.toFile().setExecutable(true));
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", "-c", script).redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().put("XDG_DATA_HOME", dir.toString());
        Process p = builder.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "bash did not end");
        return new Shell(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private Path script(String shell) throws IOException {
        Run run = Run.of("completion", shell);
        assertEquals(0, run.code(), run.err());
        Path file = dir.resolve("endings." + shell);
        Files.writeString(file, run.out(), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theBashScriptLoadsWithoutErrorAndClaimsEndings() throws Exception {
        Path file = script("bash");
        assertEquals(new Shell(0, ""), bash("bash -n '" + file + "'"));
        Shell loaded = bash("source <(cat '" + file + "') && complete -p endings");
        assertEquals(new Shell(0, "complete -o default -F _endings_names endings\n"), loaded);
    }

    /** What bash offers for the words typed so far (the last one being completed). */
    private List<String> offered(Path file, String... words) throws Exception {
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append(" '").append(w).append('\'');
        }
        Shell shell = bash("source '" + file + "'; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE=\"${COMP_WORDS[*]}\"; _endings_names 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"");
        assertEquals(0, shell.code(), shell.out());
        return shell.out().lines().filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void bashCompletesCommandsOptionsAndTheModelsNames() throws Exception {
        Path file = script("bash");
        assertEquals(List.of("export"), offered(file, "endings", "exp"));
        assertEquals(List.of("--reading"), offered(file, "endings", "quotes", "--rea"));
        assertEquals(List.of("consent", "connection"), offered(file, "endings", "quotes", "--reading", "con"));
        Path model = dir.resolve("harbour.json");
        assertEquals(0, Run.of("new", model.toString(), "--title", "The Quiet Harbour", "--year", "1999",
                "--director", "Mara Lind").code());
        assertEquals(List.of("first-beat"), offered(file, "endings", "--model", model.toString(), "export", "--beat", ""));
        assertEquals(List.of("first-reading"), offered(file, "endings", "quotes", "--model", model.toString(),
                "--reading", "=", ""));
    }

    @Test
    void zshGetsTheBashScriptThroughBashcompinit() {
        Run zsh = Run.of("completion", "zsh");
        assertEquals(0, zsh.code());
        assertEquals(Run.of("completion", "bash").out(), zsh.out());
        assertTrue(zsh.out().contains("autoload -U +X bashcompinit && bashcompinit"));
    }

    @Test
    void theFishScriptCompletesCommandsOptionsAndNames() throws Exception {
        Path file = script("fish");
        String fish = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(fish.contains("complete -c endings -n '__fish_use_subcommand' -f -a 'validate' -d 'Check model files"), fish);
        assertTrue(fish.contains("complete -c endings -n '__fish_seen_subcommand_from quotes' -l reading -x "
                + "-a '(__fish_endings_names readings)'"), fish);
        assertTrue(fish.contains("complete -c endings -n '__fish_use_subcommand' -l text -l no-text"), fish);
        assertTrue(fish.contains("complete -c endings -n '__fish_seen_subcommand_from quotes' -l model -r -F"),
                "--model is a file, on the commands that read a model");
        assertFalse(fish.contains("__fish_seen_subcommand_from validate' -l model"), "validate takes its files as arguments");
        assertTrue(fish.contains("complete -c endings -n '__fish_seen_subcommand_from completion' -f -a 'bash zsh fish'"));
        assertTrue(fish.contains("-d 'The film\\'s title'"), "a quote inside a description is escaped");
        assertTrue(!fish.contains("'complete'"), "the hidden command is not offered");
        Path fishShell = Path.of("/usr/bin/fish");
        Assumptions.assumeTrue(Files.isExecutable(fishShell), "fish is not installed: its syntax is not checked");
        Process p = new ProcessBuilder(fishShell.toString(), "--no-execute", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        // and fish, given the script, completes as a reader would see it
        assertEquals(List.of("export"), fishOffers(fishShell, file, "endings exp"));
        assertEquals(List.of("--reading"), fishOffers(fishShell, file, "endings quotes --rea"));
        assertTrue(fishOffers(fishShell, file, "endings completion ").containsAll(List.of("bash", "zsh", "fish")));
    }

    /** What fish offers for the command line typed so far, each candidate without its description. */
    private List<String> fishOffers(Path fish, Path script, String typed) throws Exception {
        Process p = new ProcessBuilder(fish.toString(), "--no-config", "-c",
                "source '" + script + "'; complete -C '" + typed + "'").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.lines().map(l -> l.split("\t", 2)[0]).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void completeListsTheIdsOfTheModelInUse() {
        Run readings = Run.of("complete", "readings");
        assertEquals(0, readings.code());
        assertEquals("reclaimed-power\nconsent\nhope\ndespair\nconnection\ngratitude\nexistential\nsurvival\nopen\n",
                readings.out());
        Run beats = Run.of("complete", "beats");
        assertEquals("ring\nintimacy\nkiss\nbreakdown\n", beats.out());
    }

    @Test
    void aModelThatCannotBeReadOffersNothingAndSaysNothing() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{", StandardCharsets.UTF_8);
        Run run = Run.of("complete", "beats", "--model", broken.toString());
        assertEquals(new Run(1, "", ""), run);
    }

    @Test
    void anUnknownShellIsAUsageError() {
        Run run = Run.of("completion", "tcsh");
        assertEquals(2, run.code());
        assertEquals("endings: No completion for \"tcsh\": endings completes in bash, zsh or fish.\n", run.err());
    }

    @Test
    void theHiddenCommandIsNotInTheHelp() {
        assertTrue(!Run.of("--help").out().contains("complete "));
    }
}
