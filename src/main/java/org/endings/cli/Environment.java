package org.endings.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * What the program runs in: its streams, its environment variables and whether a person is at a
 * terminal. Passed in, so tests can run every command in-process.
 */
public record Environment(InputStream in, PrintStream out, PrintStream err, Map<String, String> variables,
                          boolean interactive, boolean stdinTerminal) {
    public Environment {
        variables = Map.copyOf(variables);
    }

    public Environment(InputStream in, PrintStream out, PrintStream err, Map<String, String> variables,
                       boolean interactive) {
        this(in, out, err, variables, interactive, interactive);
    }

    /**
     * The real environment: a terminal only when both stdin and stdout are one. Java cannot ask
     * about stdin alone, so run.sh says (-Dendings.stdin.tty), and without it a terminal on both is
     * taken to mean one on stdin.
     */
    public static Environment system(InputStream in, PrintStream out, PrintStream err) {
        boolean console = System.console() != null;
        String stdin = System.getProperty("endings.stdin.tty");
        return new Environment(in, out, err, System.getenv(), console,
                stdin == null ? console : Boolean.parseBoolean(stdin));
    }

    /** A variable's value, or "" when unset. */
    public String variable(String name) {
        String value = variables.get(name);
        return value == null ? "" : value;
    }

    /** True when the variable is set and not empty, as NO_COLOR and ACCESSIBLE are read. */
    public boolean isSet(String name) {
        return !variable(name).isEmpty();
    }

    public boolean dumbTerminal() {
        return variable("TERM").equals("dumb");
    }

    /** True when the locale's character set is UTF-8, so box drawing and typographic marks show. */
    public boolean utf8() {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = variable(name);
            if (!value.isEmpty()) {
                String v = value.toLowerCase(Locale.ROOT);
                return v.contains("utf-8") || v.contains("utf8");
            }
        }
        return false;
    }
}
