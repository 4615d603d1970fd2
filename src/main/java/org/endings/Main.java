package org.endings;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.endings.cli.Environment;
import org.endings.cli.EndingsCommand;

/** The program's entry point, and the only place it exits. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, Environment.system(System.in, out, err));
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line against an environment; returns the exit code. The common command lines
     * skip Picocli's start-up (see {@code QuickArgs}); help, errors and the rest go through Picocli.
     */
    public static int run(String[] args, Environment env) {
        int code = EndingsCommand.quick(args, env);
        return code != EndingsCommand.NOT_HANDLED ? code : EndingsCommand.commandLine(env).execute(args);
    }

    /** For tests and tools that run the program in-process. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
                          java.util.Map<String, String> variables, boolean interactive) {
        return run(args, new Environment(in, out, err, variables, interactive));
    }
}
