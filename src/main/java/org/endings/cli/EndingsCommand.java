package org.endings.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;

import org.endings.core.Navigator;
import org.endings.core.Queries;
import org.endings.terminal.Sanitizer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code endings}: explore the ending of a film; the root of every command. */
@Command(name = "endings", mixinStandardHelpOptions = true, versionProvider = EndingsCommand.Version.class,
        subcommands = {ValidateCommand.class, QuotesCommand.class, NotebookCommand.class, ExportCommand.class,
            NewCommand.class, SchemaCommand.class, CompletionCommand.class, CompleteCommand.class, TestCommand.class},
        // One string a paragraph: Picocli wraps each at the usage width, so a line of our own would end raggedly.
        description = {"Step through the final scene of a film beat by beat, and read it through competing readings, "
            + "each backed by quotes from the filmmakers. Without a command it opens the explorer on the bundled "
            + "model of Anora (2024): full screen on a terminal, the line-by-line text mode otherwise."},
        footer = {"", "Environment: NO_COLOR turns colour off; ENDINGS_ACCESSIBLE or ACCESSIBLE (not empty) chooses "
            + "the text mode; TERM=dumb, or a stdin or stdout that is not a terminal, chooses the text mode too; "
            + "ENDINGS_HYPERLINKS=1 or 0 makes a source's address a clickable link (OSC 8) or plain text.",
            "Exit codes: 0 done, 1 a model or file problem, 2 a usage error, 70 a fault inside the program (run again"
            + " with --debug and report it); 129, 130, 131, 143 ended by SIGHUP, Ctrl-C, Ctrl-\\ or SIGTERM; 141 the"
            + " reader of the output went away."})
public final class EndingsCommand implements Callable<Integer> {
    @Option(names = "--model", paramLabel = "FILE",
            description = "Explore this model file instead of the bundled one; given a folder, list its models and ask which.")
    Path model;

    @Option(names = "--text", negatable = true,
            description = "Use the line-by-line text mode, for screen readers and braille displays (--no-text: full screen, whatever the environment says).")
    Boolean text;

    @Option(names = "--color", negatable = true,
            description = "Colour: the text mode has none unless --color; the explorer has it unless --no-color or NO_COLOR.")
    Boolean color;

    @Option(names = "--theme", paramLabel = "THEME",
            description = "Navigator colours: default or high-contrast.")
    String theme = "default";

    @Option(names = "--wrap", paramLabel = "N",
            description = "Text mode: wrap lines at N columns; 0 never wraps (default: the terminal's width, no wrapping when not at a terminal).")
    Integer wrap;

    @Option(names = "--notebook", paramLabel = "FILE",
            description = "Keep your notebook (stances, notes, credence, where you left off) in this file instead of the model's own (endings notebook path says where that is).")
    Path notebook;

    @Option(names = "--no-notebook", description = "Keep no notebook: nothing is read or saved.")
    boolean noNotebook;

    @Option(names = "--start", description = "Open at the beginning, not where you left off.")
    boolean start;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show a stack trace when something fails inside the program.")
    boolean debug;

    private final Environment env;

    EndingsCommand(Environment env) {
        this.env = env;
    }

    /** Returned by {@link #quick} when a command line needs Picocli. */
    public static final int NOT_HANDLED = QuickArgs.NOT_HANDLED;

    /** Runs a common command line without Picocli; {@link #NOT_HANDLED} when it needs Picocli. */
    public static int quick(String[] args, Environment env) {
        return QuickArgs.run(args, env);
    }

    /** The command line for an environment: streams, help colours and error handling set up. */
    public static CommandLine commandLine(Environment env) {
        CommandLine cmd = new CommandLine(new EndingsCommand(env));
        cmd.setOut(new PrintWriter(env.out(), true));
        cmd.setErr(new PrintWriter(env.err(), true));
        boolean plain = env.isSet("NO_COLOR") || env.dumbTerminal() || !env.interactive();
        cmd.setColorScheme(Help.defaultColorScheme(plain ? Help.Ansi.OFF : Help.Ansi.AUTO));
        cmd.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            env.err().println(Sanitizer.cleanLine("endings: " + ex.getMessage()));
            if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
                env.err().println(Sanitizer.cleanLine("Did you mean: " + String.join(" or ", unmatched.getSuggestions()) + "?"));
            }
            env.err().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more.");
            return 2;
        });
        cmd.setExecutionExceptionHandler((ex, failed, parsed) -> failed(ex,
                failed.getCommandSpec().root().userObject() instanceof EndingsCommand e ? e : null, env));
        return cmd;
    }

    /**
     * What a command that threw ends with: a {@link Failure} is the reader's to fix and is told in one
     * line; anything else is the program's fault (exit 70), with a stack trace under --debug. Shared by
     * Picocli and {@link QuickArgs}, so that both end the same way.
     */
    static int failed(Exception ex, EndingsCommand root, Environment env) {
        if (ex instanceof Failure f) {
            env.err().println(Sanitizer.cleanLine((f.isDiagnostic() ? "" : "endings: ") + f.getMessage()));
            return f.exitCode();
        }
        env.err().println(Sanitizer.cleanLine("endings: something went wrong inside the program: "
                + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage())
                + (root != null && root.debug ? "" : ". Run again with --debug to see where.")));
        if (root != null && root.debug) {
            ex.printStackTrace(env.err());
        }
        return 70;
    }

    /** What the program runs in; subcommands reach it through their @ParentCommand. */
    Environment env() {
        return env;
    }

    @Override
    public Integer call() {
        if (notebook != null && noNotebook) {
            throw new Failure(2, "--notebook FILE and --no-notebook cannot go together: choose one.");
        }
        if (Models.isStdin(model)) {
            // The text mode reads its commands from standard input and the explorer its keys: no room for a model.
            throw new Failure(2, "--model -: standard input carries the explorer's keys or the text mode's commands,"
                    + " so it cannot carry the model too; give the model's file name (validate - and quotes --model -"
                    + " read a model from standard input).");
        }
        Launch launch = Launch.choose(this, env);
        if (model != null && java.nio.file.Files.isDirectory(model)) {
            model = Shelf.choose(model, env.in(), env.out());
        }
        // The full-screen explorer takes the terminal while a model that loads in a blink loads; a
        // big one loads first, so that Ctrl-C still stops the program during its load, while what
        // needs no terminal is made ready, and the terminal is taken once the model is found valid.
        boolean takeEarly = Models.loadsQuickly(model);
        FullScreenLauncher screen = takeEarly ? launch.fullScreen() : launch.fullScreenLater();
        Navigator explorer;
        try {
            // a big model's indexes are built while it is validated; a small one's in a blink, after
            explorer = new Navigator(takeEarly ? new Queries(Models.loadValid(model, env.in(), env.err()).model())
                    : Indexing.whileValidating(model, Models.loadAny(model, env.in()), env.err(), screen));
        } catch (RuntimeException | Error e) {
            if (screen != null) {
                screen.abandon();
            }
            throw e;
        }
        return launch.explore(explorer, screen);
    }

    /** The options the front ends read. */
    boolean textRequested() {
        return text != null && text;
    }

    Boolean textFlag() {
        return text;
    }

    Boolean colorFlag() {
        return color;
    }

    String theme() {
        return theme;
    }

    /** The --wrap given, or null. */
    Integer wrap() {
        return wrap;
    }

    boolean debug() {
        return debug;
    }

    /** The --notebook file given, or null for the model's own file. */
    Path notebookFile() {
        return notebook;
    }

    /** True for --no-notebook: nothing read, nothing saved. */
    boolean noNotebook() {
        return noNotebook;
    }

    /** True for --start: open at the beginning, not where the reader left off. */
    boolean startAtBeginning() {
        return start;
    }

    /** The version from the build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = EndingsCommand.class.getResourceAsStream("/org/endings/version.properties")) {
                if (in != null) {
                    p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
            return new String[] {"endings " + p.getProperty("version", "unknown")};
        }
    }
}
