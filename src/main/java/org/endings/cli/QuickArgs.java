package org.endings.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The command lines people type most — the explorer or the text mode with their options,
 * {@code validate FILE…}, {@code quotes} with its filters — read without Picocli, which costs 70 to
 * 200 ms of start-up: its classes are Java 5 class files, which the class-data-sharing archive cannot
 * hold, so every run loads and verifies them again, and it reads the annotations by reflection.
 *
 * <p>It reads a strict subset of what Picocli reads, into the same command objects, with the same
 * defaults (the fields' initial values) and the same ending ({@link EndingsCommand#failed}). Anything
 * outside the subset — help, version, an unknown or repeated option, a value that looks like an option,
 * {@code --}, an {@code @file}, a missing value — is left to Picocli, so that every message and exit
 * code stays Picocli's. {@code QuickArgsTest} runs both on the same command lines.
 */
final class QuickArgs {
    /** Returned when the command line is left to Picocli. */
    static final int NOT_HANDLED = Integer.MIN_VALUE;

    private QuickArgs() {
    }

    /** Runs the command line when it is in the subset and returns its exit code, else {@link #NOT_HANDLED}. */
    static int run(String[] args, Environment env) {
        EndingsCommand root = new EndingsCommand(env);
        java.util.concurrent.Callable<Integer> command;
        if (args.length > 0 && args[0].equals("validate")) {
            command = validate(args, root);
        } else if (args.length > 0 && args[0].equals("quotes")) {
            command = quotes(args, root);
        } else {
            command = root(args, root) ? root : null;
        }
        if (command == null) {
            return NOT_HANDLED;
        }
        try {
            Integer code = command.call();
            return code == null ? 0 : code;
        } catch (Exception e) {
            return EndingsCommand.failed(e, root, env);
        }
    }

    /**
     * {@code [--model FILE] [--[no-]text] [--[no-]color] [--theme THEME] [--wrap N] [--notebook FILE]
     * [--no-notebook] [--start] [--debug]}.
     */
    static boolean root(String[] args, EndingsCommand root) {
        Options o = new Options(args, 0);
        while (o.more()) {
            String name = o.name();
            boolean ok = switch (name) {
                case "--model" -> (root.model = o.path()) != null;
                case "--theme" -> (root.theme = o.value()) != null;
                case "--wrap" -> {
                    String n = o.value();
                    boolean digits = n != null && !n.isEmpty() && n.length() <= 9
                            && n.chars().allMatch(c -> c >= '0' && c <= '9');
                    root.wrap = digits ? Integer.parseInt(n) : 0;
                    yield digits;
                }
                case "--text", "--no-text" -> {
                    root.text = o.flag() && name.equals("--text");
                    yield true;
                }
                case "--color", "--no-color" -> {
                    root.color = o.flag() && name.equals("--color");
                    yield true;
                }
                case "--notebook" -> (root.notebook = o.path()) != null;
                case "--no-notebook" -> root.noNotebook = o.flag();
                case "--start" -> root.start = o.flag();
                case "--debug" -> root.debug = o.flag();
                default -> false;
            };
            if (!ok || o.failed() || !o.first(name)) {
                return false;
            }
        }
        return true;
    }

    /** {@code validate [--sources DIR] FILE...}. */
    private static ValidateCommand validate(String[] args, EndingsCommand root) {
        ValidateCommand command = new ValidateCommand();
        command.parent = root;
        List<Path> files = new ArrayList<>();
        Options o = new Options(args, 1);
        while (o.more()) {
            if (!o.isOption()) {
                Path file = o.positional();
                if (file == null) {
                    return null;
                }
                files.add(file);
                continue;
            }
            String name = o.name();
            boolean ok = switch (name) {
                case "--sources" -> (command.sources = o.path()) != null;
                case "--debug" -> root.debug = o.flag();
                default -> false;
            };
            if (!ok || o.failed() || !o.first(name)) {
                return null;
            }
        }
        if (files.isEmpty()) {
            return null;
        }
        command.files = files;
        return command;
    }

    /** {@code quotes [--beat ID] [--reading ID] [--speaker ID] [--stance STANCE] [--format text|jsonl] [--model FILE]}. */
    private static QuotesCommand quotes(String[] args, EndingsCommand root) {
        QuotesCommand command = new QuotesCommand();
        command.parent = root;
        Options o = new Options(args, 1);
        while (o.more()) {
            String name = o.name();
            boolean ok = switch (name) {
                case "--beat" -> (command.beat = o.value()) != null;
                case "--reading" -> (command.reading = o.value()) != null;
                case "--speaker", "--person" -> (command.speaker = o.value()) != null;
                case "--source" -> (command.source = o.value()) != null;
                case "--stance" -> (command.stance = o.value()) != null;
                case "--format" -> {
                    String value = o.value();
                    boolean known = "text".equals(value) || "jsonl".equals(value);
                    command.format = known ? QuotesCommand.Format.valueOf(value) : command.format;
                    yield known;
                }
                case "--model" -> {
                    command.modelOption = new ModelOption();
                    yield (command.modelOption.model = o.path()) != null;
                }
                case "--debug" -> root.debug = o.flag();
                default -> false;
            };
            if (!ok || o.failed() || !o.first(name)) {
                return null;
            }
        }
        return command;
    }

    /** The root command's subcommands, by name (QuickArgsTest keeps this equal to Picocli's list). */
    static final java.util.Set<String> SUBCOMMANDS = java.util.Set.of("validate", "quotes", "notebook", "export", "new",
            "schema", "completion", "complete", "test");

    /** Walks the arguments after the subcommand: options, their values, and positionals. */
    private static final class Options {
        private final String[] args;
        private final Set<String> seen = new HashSet<>();
        private int at;
        private String attached;
        private boolean failed;

        Options(String[] args, int from) {
            this.args = args;
            this.at = from;
        }

        boolean more() {
            return at < args.length && !failed;
        }

        boolean isOption() {
            return args[at].startsWith("-");
        }

        /** The option's name; a value given as {@code --name=value} is kept for {@link #value}. */
        String name() {
            String arg = args[at++];
            attached = null;
            if (!arg.startsWith("--") || arg.equals("--")) {
                failed = true;
                return arg;
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                attached = arg.substring(eq + 1);
                return arg.substring(0, eq);
            }
            return arg;
        }

        /** The option's value, or null when it is missing or looks like an option or an @file. */
        String value() {
            String v;
            if (attached != null) {
                v = attached;
            } else if (at < args.length) {
                v = args[at++];
            } else {
                return null;
            }
            return plain(v) ? v : null;
        }

        /** Not empty, not like an option, an @file or a subcommand: read the same by Picocli in any position. */
        private static boolean plain(String v) {
            return !v.isEmpty() && !v.startsWith("-") && !v.startsWith("@") && !SUBCOMMANDS.contains(v);
        }

        Path path() {
            String v = value();
            return v == null ? null : toPath(v);
        }

        Path positional() {
            String v = args[at++];
            return plain(v) ? toPath(v) : null;
        }

        /** A flag takes no value: {@code --text=false} is left to Picocli. */
        boolean flag() {
            if (attached != null) {
                failed = true;
            }
            return true;
        }

        boolean failed() {
            return failed;
        }

        /** True the first time an option (or its --no- twin) is seen: Picocli refuses a repeat. */
        boolean first(String name) {
            return seen.add(name.replace("--no-", "--"));
        }

        private static Path toPath(String v) {
            try {
                return Path.of(v);
            } catch (InvalidPathException e) {
                return null;
            }
        }
    }
}
