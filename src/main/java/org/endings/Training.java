package org.endings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;

import org.endings.cli.Environment;
import org.endings.core.Navigator;
import org.endings.core.Queries;
import org.endings.model.ModelLoader;
import org.endings.text.TextMode;
import org.endings.text.TextOptions;
import org.endings.tui.terminal.Display;
import org.endings.tui.ExplorerApp;
import org.endings.tui.TuiOptions;

/**
 * Not for readers: the training run that {@code run.sh} makes after each build, under
 * {@code -XX:ArchiveClassesAtExit}, so that the JVM writes every class it loads here into a
 * class-data-sharing archive, parsed and verified once; later runs map it with
 * {@code -XX:SharedArchiveFile} instead of loading those classes from the jar.
 *
 * <p>It goes down every start-up path: validate, quotes in both formats, the text mode over a script,
 * the full-screen explorer on a virtual terminal through every view, and the classes only a real
 * terminal needs (loaded, not run: the training must not touch the terminal it is started from).
 * Everything it prints goes nowhere; it never fails the build (run.sh ignores its exit code).
 */
public final class Training {
    private Training() {
    }

    /** Classes of the real-terminal path outside org.endings: Lanterna's Unix terminal and the JDK's signals. */
    private static final String[] REAL_TERMINAL = {
        "com.googlecode.lanterna.terminal.ansi.UnixTerminal",
        "com.googlecode.lanterna.terminal.ansi.UnixLikeTTYTerminal",
        "com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal",
        "com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal$CtrlCBehaviour",
        "com.googlecode.lanterna.terminal.ansi.ANSITerminal",
        "com.googlecode.lanterna.terminal.ansi.ANSITerminal$1",
        "com.googlecode.lanterna.terminal.ansi.StreamBasedTerminal",
        "com.googlecode.lanterna.terminal.AbstractTerminal",
        "com.googlecode.lanterna.terminal.ExtendedTerminal",
        "com.googlecode.lanterna.terminal.MouseCaptureMode",
        "com.googlecode.lanterna.input.InputDecoder",
        "com.googlecode.lanterna.input.DefaultKeyDecodingProfile",
        "com.googlecode.lanterna.input.ScreenInfoCharacterPattern",
        "com.googlecode.lanterna.input.ScreenInfoCharacterPattern$1",
        "com.googlecode.lanterna.input.EscapeSequenceCharacterPattern",
        "com.googlecode.lanterna.input.EscapeSequenceCharacterPattern$1",
        "com.googlecode.lanterna.input.EscapeSequenceCharacterPattern$State",
        "com.googlecode.lanterna.input.MouseCharacterPattern",
        "com.googlecode.lanterna.input.MouseActionType",
        "com.googlecode.lanterna.input.BasicCharacterPattern",
        "com.googlecode.lanterna.input.CharacterPattern$Matching",
        "com.googlecode.lanterna.input.NormalCharacterPattern",
        "com.googlecode.lanterna.input.AltAndCharacterPattern",
        "com.googlecode.lanterna.input.CtrlAndCharacterPattern",
        "com.googlecode.lanterna.input.CtrlAltAndCharacterPattern",
        "sun.misc.Signal", "sun.misc.SignalHandler", "sun.misc.Signal$SunMiscHandler",
        "sun.misc.Signal$InternalMiscHandler",
        "java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionNode",
        "java.util.concurrent.locks.AbstractQueuedSynchronizer$ExclusiveNode",
        // the terminal taken on a thread of its own while the model loads (FullScreen.Prepared)
        "java.util.concurrent.RunnableFuture", "java.util.concurrent.FutureTask", "java.util.concurrent.FutureTask$WaitNode",
        // TtyInput's check of /dev/tty
        "java.nio.file.AccessMode", "java.nio.file.Path$1",
    };

    public static void main(String[] args) throws Exception {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        Path model = Files.createTempFile("endings-training", ".json");
        // the same model padded past the size a model is read on two threads from (ModelLoader.STREAMED_BYTES)
        Path big = Files.createTempFile("endings-training-big", ".json");
        try (InputStream in = Training.class.getResourceAsStream(ModelLoader.BUNDLED_RESOURCE)) {
            byte[] bytes = in.readAllBytes();
            Files.write(model, bytes);
            byte[] padded = Arrays.copyOf(bytes, (int) ModelLoader.STREAMED_BYTES + bytes.length);
            Arrays.fill(padded, bytes.length, padded.length, (byte) ' ');
            Files.write(big, padded);
            cli(nowhere, model, big);
        } finally {
            Files.deleteIfExists(model);
            Files.deleteIfExists(big);
        }
        Navigator explorer = new Navigator(new Queries(ModelLoader.loadBundled().model()));
        TextMode.run(explorer, new StringReader(SCRIPT), nowhere, TextOptions.plain());
        TextMode.run(explorer, new StringReader(SCRIPT), nowhere, new TextOptions(true, true, 60));
        explorer(explorer, 80, 24);
        explorer(explorer, 120, 50);
        notebook(explorer);
        ClassLoader loader = Training.class.getClassLoader();
        for (String name : REAL_TERMINAL) {
            load(name, loader);
        }
        // Every class of the program, so that one this training does not reach (the real terminal's) is
        // archived all the same; loaded, not initialised.
        try (JarFile jar = new JarFile(Path.of(Training.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toFile())) {
            jar.stream().map(JarEntry::getName)
                    .filter(n -> n.startsWith("org/endings/") && n.endsWith(".class"))
                    .forEach(n -> load(n.substring(0, n.length() - 6).replace('/', '.'), loader));
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            // not from a jar (tests): the classes above are enough
        }
        process();
        Environment.system(System.in, nowhere, nowhere);
        System.exit(0);
    }

    /** The reader's notebook as a start opens it: the folder, the lock, the read, a save and its saver. */
    private static void notebook(Navigator explorer) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("endings-training-notebook");
        Path file = dir.resolve("notebook.json");
        String key = org.endings.core.Notebook.keyOf(explorer.queries().model());
        try (org.endings.store.NotebookStore store = org.endings.store.NotebookStore.open(file, key);
             org.endings.store.NotebookSaver saver = new org.endings.store.NotebookSaver(store, problem -> { })) {
            saver.offer(explorer.update(explorer.start(), new org.endings.core.Action.NextBeat()).state().notebook());
            saver.flush();
        }
        try (org.endings.store.NotebookStore again = org.endings.store.NotebookStore.open(file, key)) {
            explorer.resume(again.notebook(), false);
        }
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    private static void load(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // renamed or gone: the archive simply lacks it
        }
    }

    /** Lanterna runs stty through ProcessBuilder: the same classes and lambdas, on a harmless command. */
    private static void process() {
        try {
            Process p = new ProcessBuilder("sh", "-c", "echo 24 80")
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            p.getInputStream().readAllBytes();
            p.getErrorStream().readAllBytes();
            p.waitFor();
        } catch (IOException e) {
            // no sh: nothing to learn
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A text-mode session through every view and a few mistakes. */
    private static final String SCRIPT = String.join("\n", "n", "n", "p", "2", "l", "=", "readings", "reading 2",
            "quotes", "quote 1", "back", "walk", "matrix", "compare 1 2", "sources", "/ring", "n", "p", "help",
            "help quote", "g", "beat 9", "nonsense", "quit", "");

    private static void cli(PrintStream nowhere, Path model, Path big) throws IOException {
        // the text mode keeps a notebook, as a reader's does: in a folder of the training's own, never the reader's
        Path data = Files.createTempDirectory("endings-training-data");
        Map<String, String> env = Map.of("TERM", "xterm-256color", "LANG", "C.UTF-8", "XDG_DATA_HOME", data.toString());
        String[][] lines = {
            {"validate", model.toString()},
            {"validate", big.toString()},
            {"--text", "--no-notebook", "--model", big.toString()},
            {"quotes"},
            {"quotes", "--format", "jsonl"},
            {"quotes", "--reading", "consent", "--stance", "challenges"},
            {"--text"},
            {},
            {"--help"},
            {"--no-such-option"},
        };
        for (String[] line : lines) {
            try {
                Main.run(line, new ByteArrayInputStream(SCRIPT.getBytes(StandardCharsets.UTF_8)), nowhere, nowhere,
                        env, false);
            } catch (RuntimeException e) {
                // a path that fails here fails for readers too, and tests catch that; the archive goes on
            }
        }
        try (var files = Files.walk(data)) {
            for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The explorer on a virtual terminal: the first frame, every view, a search, a resize. */
    private static void explorer(Navigator explorer, int columns, int rows) throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        Display screen = new Display(terminal);
        screen.start();
        ExplorerApp app = new ExplorerApp(explorer, screen, TuiOptions.DEFAULT);
        app.draw(true);
        String keys = "jjkllhh\n\u001bjj2m\njjw\u001bc\u001bs\u001b?\u001b/ring\nnN\u001b1G\tgq";
        for (char c : keys.toCharArray()) {
            KeyStroke key = switch (c) {
                case '\n' -> new KeyStroke(KeyType.Enter);
                case '\u001b' -> new KeyStroke(KeyType.Escape);
                case '\t' -> new KeyStroke(KeyType.Tab);
                default -> new KeyStroke(c, false, false);
            };
            if (!app.step(key)) {
                break;
            }
        }
        terminal.setTerminalSize(new TerminalSize(40, 12));
        app.draw(true);
        screen.stop();
    }
}
