package org.endings.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.endings.core.Notebook;
import org.endings.model.Model;
import org.endings.store.NotebookJson;
import org.endings.store.NotebookPaths;
import org.endings.store.NotebookStore;
import org.endings.terminal.Sanitizer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;

/** {@code endings notebook path|show|clear}: the reader's notebook for a model, from the command line. */
@Command(name = "notebook", mixinStandardHelpOptions = true, versionProvider = EndingsCommand.Version.class,
        subcommands = {NotebookCommand.PathCommand.class, NotebookCommand.ShowCommand.class,
            NotebookCommand.ClearCommand.class},
        description = {"Your notebook for the model: your stances, notes and credence, and where you left off. "
            + "It is kept in $XDG_DATA_HOME/endings/ (~/.local/share/endings/ by default), one file a model; "
            + "--notebook FILE uses another file."})
final class NotebookCommand implements Callable<Integer> {
    @ParentCommand
    EndingsCommand parent;

    // Inherited by path, show and clear: endings notebook show --model FILE.
    @Option(names = "--model", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The notebook of this model file instead of the bundled one's.")
    Path model;

    @Option(names = "--notebook", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The notebook in this file instead of the model's own.")
    Path notebookFile;

    @Override
    public Integer call() {
        throw new Failure(2, "notebook needs a command: path, show or clear (endings notebook --help says more).");
    }

    /** The model the notebook is for. */
    private Model model() {
        return Models.loadValid(model != null ? model : parent.model, parent.env().in(), parent.env().err()).model();
    }

    /** The notebook file: --notebook, or the model's file in the notebook folder. */
    private Path file(Model model) {
        return fileOf(given(), parent, model);
    }

    /** The --notebook given after notebook, or before it, or null. */
    private Path given() {
        return notebookFile != null ? notebookFile : parent.notebookFile();
    }

    /** The notebook file for a model: {@code given} (a --notebook), or the model's in the notebook folder. */
    static Path fileOf(Path given, EndingsCommand root, Model model) {
        if (given != null) {
            return given.toAbsolutePath();
        }
        var variables = root.env().variables();
        return NotebookPaths.file(variables, NotebookPaths.home(variables), Notebook.keyOf(model));
    }

    private static String film(Model model) {
        return model.work().title() + " (" + model.work().year() + ")";
    }

    /** The notebook in the file, read without taking it; one that cannot be read ends the command. */
    static Notebook read(Path file, Model model) {
        try {
            return NotebookStore.read(file, Notebook.keyOf(model));
        } catch (IOException e) {
            throw new Failure(1, "Your notebook " + file + " could not be read (" + NotebookStore.describe(e) + ").");
        } catch (NotebookJson.UnreadableException e) {
            throw new Failure(1, "Your notebook " + file + " could not be read (" + e.getMessage()
                    + "); the explorer moves it aside and begins a new one when it next opens it.");
        }
    }

    /** {@code endings notebook path}. */
    @Command(name = "path", mixinStandardHelpOptions = true, versionProvider = EndingsCommand.Version.class,
            description = {"Print the file your notebook for the model is kept in (it may not exist yet)."})
    static final class PathCommand implements Callable<Integer> {
        @ParentCommand
        NotebookCommand notebook;

        @Override
        public Integer call() {
            EndingsCommand root = notebook.parent;
            Path file = notebook.given() != null ? notebook.given().toAbsolutePath()
                    : notebook.file(notebook.model());
            root.env().out().println(Sanitizer.cleanLine(file.toString()));
            return 0;
        }
    }

    /** {@code endings notebook show}. */
    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = EndingsCommand.Version.class,
            description = {"Print your notebook for the model: each stance, note and credence under its beat and "
                + "reading, and under \"Orphaned\" what names a beat or reading the model no longer has."})
    static final class ShowCommand implements Callable<Integer> {
        /** The two ways a notebook is shown. */
        enum Format { text, json }

        @ParentCommand
        NotebookCommand notebook;

        @Option(names = "--format", paramLabel = "FORMAT",
                description = "text (default) or json: the notebook as its file holds it.")
        Format format = Format.text;

        @Override
        public Integer call() {
            Model model = notebook.model();
            Path file = notebook.file(model);
            Notebook read = read(file, model);
            PrintStream out = notebook.parent.env().out();
            if (format == Format.json) {
                // as the store writes it: the file itself, unless edited by hand, with terminal controls escaped
                out.print(new String(NotebookJson.write(read), StandardCharsets.UTF_8));
            } else {
                NotebookListing.print(model, read, file, out);
            }
            return 0;
        }
    }

    /** {@code endings notebook clear}. */
    @Command(name = "clear", mixinStandardHelpOptions = true, versionProvider = EndingsCommand.Version.class,
            description = {"Empty your notebook for the model, after asking. The file is kept, empty; "
                + "nothing is cleared while the notebook is open in another Endings."})
    static final class ClearCommand implements Callable<Integer> {
        @ParentCommand
        NotebookCommand notebook;

        @Option(names = "--yes", description = "Clear without asking.")
        boolean yes;

        @Override
        public Integer call() {
            Environment env = notebook.parent.env();
            Model model = notebook.model();
            Path file = notebook.file(model);
            try (NotebookStore store = NotebookStore.open(file, Notebook.keyOf(model))) {
                for (String message : store.messages()) {
                    env.err().println(Sanitizer.cleanLine(message));
                }
                if (!store.writable()) {
                    throw new Failure(1, "Nothing was cleared.");
                }
                Notebook held = store.notebook();
                if (held.isEmpty() && held.resume() == null) {
                    env.out().println(Sanitizer.cleanLine("Your notebook for " + film(model) + " is already empty."));
                    return 0;
                }
                if (!yes && !confirmed(env, "Clear your notebook for " + film(model) + "? It holds "
                        + NotebookListing.holds(held) + ". [y/N] ")) {
                    env.out().println("Nothing was cleared.");
                    return 0;
                }
                try {
                    store.save(Notebook.empty(Notebook.keyOf(model)));
                } catch (IOException e) {
                    throw new Failure(1, e.getMessage() + " Nothing was cleared.");
                }
            }
            env.out().println(Sanitizer.cleanLine("Cleared your notebook for " + film(model) + "."));
            return 0;
        }

        /** Asks on the terminal; without one, refuses (exit 2) rather than guess. */
        private static boolean confirmed(Environment env, String question) {
            if (!env.stdinTerminal()) {
                throw new Failure(2, "Clearing your notebook asks first, and there is no terminal to ask at: "
                        + "add --yes to clear it.");
            }
            env.err().print(Sanitizer.cleanLine(question));
            env.err().flush();
            try {
                String answer = new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8)).readLine();
                String a = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT);
                return a.equals("y") || a.equals("yes");
            } catch (IOException e) {
                return false;
            }
        }
    }
}
