package org.endings.cli;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.endings.core.Navigator;
import org.endings.core.Notebook;
import org.endings.core.State;
import org.endings.edge.Editor;
import org.endings.edge.Keeping;
import org.endings.store.NotebookPaths;
import org.endings.store.NotebookSaver;
import org.endings.store.NotebookStore;
import org.endings.terminal.Hyperlinks;
import org.endings.terminal.Sanitizer;
import org.endings.text.TextMode;
import org.endings.text.TextOptions;

/**
 * Chooses the front end: the full-screen explorer at a terminal, the text mode otherwise. The choice
 * is made before the model loads, so that the full-screen explorer can take the terminal meanwhile.
 * The explorer's classes (and Lanterna's) are loaded only on the full-screen path.
 */
final class Launch {
    private final EndingsCommand options;
    private final Environment env;
    private final boolean text;
    private final boolean accessible;
    /** The command the text mode answers in place of its first page, or null. */
    private String first;

    private Launch(EndingsCommand options, Environment env) {
        this.options = options;
        this.env = env;
        accessible = env.isSet("ENDINGS_ACCESSIBLE") || env.isSet("ACCESSIBLE");
        Boolean flag = options.textFlag();
        boolean noTerminal = !env.interactive() || env.dumbTerminal();
        // The flag wins over the environment; without a terminal to draw on there is only the text mode.
        text = flag != null ? flag || noTerminal : accessible || noTerminal;
    }

    /** The front end the options and the environment ask for; options no front end takes end the command. */
    static Launch choose(EndingsCommand options, Environment env) {
        String theme = options.theme();
        if (!theme.equals("default") && !theme.equals("high-contrast")) {
            throw new Failure(2, "No theme \"" + theme + "\": use default or high-contrast.");
        }
        Launch launch = new Launch(options, env);
        if (launch.text && options.wrap() != null && options.wrap() < 0) {
            throw new Failure(2, "--wrap " + options.wrap() + ": give a number of columns, or 0 for no wrapping.");
        }
        return launch;
    }

    /** The full-screen explorer, starting to take the terminal now; null for the text mode. */
    FullScreenLauncher fullScreen() {
        return fullScreen(false);
    }

    /**
     * The full-screen explorer, making ready now what needs no terminal, and taking the terminal only
     * at {@link FullScreenLauncher#take()}; null for the text mode.
     */
    FullScreenLauncher fullScreenLater() {
        return fullScreen(true);
    }

    private FullScreenLauncher fullScreen(boolean later) {
        if (text) {
            return null;
        }
        boolean color = !Boolean.FALSE.equals(options.colorFlag()) && !env.isSet("NO_COLOR") && !env.dumbTerminal();
        if (Boolean.TRUE.equals(options.colorFlag())) {
            color = true;
        }
        boolean ascii = !env.utf8();
        boolean links = Hyperlinks.supported(env.variables());
        return later ? FullScreenLauncher.startLater(color, options.theme(), ascii, options.debug(), links)
                : FullScreenLauncher.start(color, options.theme(), ascii, options.debug(), links);
    }

    /** Opens the text mode on what {@code command} answers (endings test: a round) rather than its first page. */
    Launch openingOn(String command) {
        this.first = command;
        return this;
    }

    /** Runs the chosen front end on the model; {@code screen} is what {@link #fullScreen} returned. */
    int explore(Navigator explorer, FullScreenLauncher screen) {
        if (options.noNotebook()) {
            return explore(explorer, screen, new Keeping(explorer.start(), Keeping.NOWHERE, editor()));
        }
        String key = Notebook.keyOf(explorer.queries().model());
        Path file = options.notebookFile() != null ? options.notebookFile()
                : NotebookPaths.file(env.variables(), NotebookPaths.home(env.variables()), key);
        List<String> problems = new CopyOnWriteArrayList<>();
        int code;
        try (NotebookStore store = NotebookStore.open(file, key);
             NotebookSaver saver = new NotebookSaver(store, new java.util.function.Consumer<String>() {
                 @Override
                 public void accept(String problem) {
                     problems.add(problem);
                 }
             })) {
            State start = explorer.resume(store.notebook(), options.startAtBeginning());
            if (!store.messages().isEmpty()) {
                // what the store has to say (read only, moved aside) comes first on the opening page
                String said = String.join(" ", store.messages());
                start = explorer.say(start, start.status().isEmpty() ? said : said + " " + start.status().text());
            }
            code = explore(explorer, screen, new Keeping(start, new java.util.function.Consumer<Notebook>() {
                @Override
                public void accept(Notebook notebook) {
                    saver.offer(notebook);
                }
            }, editor()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = 130;
        }
        for (String problem : problems) {
            env.err().println(Sanitizer.cleanLine("endings: your notebook: " + problem));
        }
        return code;
    }

    /** The reader's editor, where there is a terminal to hand it; through a pipe, notes are typed. */
    private Editor editor() {
        return env.interactive() ? Editor.from(env.variables()) : null;
    }

    private int explore(Navigator explorer, FullScreenLauncher screen, Keeping keeping) {
        if (screen != null) {
            return screen.run(explorer, keeping);
        }
        Boolean flag = options.textFlag();
        if (!Boolean.TRUE.equals(flag) && !accessible) {
            env.err().println(env.dumbTerminal()
                    ? "endings: TERM is dumb, so here is the text mode (--text chooses it; --help lists options)."
                    : "endings: not at a terminal, so here is the text mode (--text chooses it; --help lists options).");
        }
        // At a terminal, lines are wrapped at its width, so that no word is split at the edge of the
        // screen (a screen reader reading the rows would say its halves as two words).
        int wrap = options.wrap() != null ? options.wrap() : env.columns();
        TextOptions textOptions = new TextOptions(env.stdinTerminal(), Boolean.TRUE.equals(options.colorFlag()), wrap);
        TerminalWidth width = options.wrap() == null && env.columns() > 0 ? TerminalWidth.follow(env.columns()) : null;
        return TextMode.run(explorer, new InputStreamReader(env.in(), StandardCharsets.UTF_8), env.out(), textOptions,
                width, keeping, first);
    }
}
