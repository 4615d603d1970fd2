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
                          boolean interactive, boolean stdinTerminal, int columns) {
    /** {@code columns}: the width of the terminal stdout writes to, 0 when it is not one or is not known. */
    public Environment {
        variables = Map.copyOf(variables);
        columns = Math.max(0, columns);
    }

    public Environment(InputStream in, PrintStream out, PrintStream err, Map<String, String> variables,
                       boolean interactive) {
        this(in, out, err, variables, interactive, interactive, 0);
    }

    /**
     * The real environment. Java cannot ask about stdin or stdout alone, and from JDK 22
     * System.console() is there even when both are piped, so run.sh says what each is
     * (-Dendings.stdin.tty, -Dendings.stdout.tty); without them, a console means both are terminals.
     * For the text mode at a terminal it also says the terminal's width (-Dendings.columns).
     */
    public static Environment system(InputStream in, PrintStream out, PrintStream err) {
        boolean stdin = flag("endings.stdin.tty");
        boolean stdout = flag("endings.stdout.tty");
        return new Environment(in, out, err, System.getenv(), stdin && stdout, stdin,
                stdout ? Integer.getInteger("endings.columns", 0) : 0);
    }

    /** What run.sh said, or else whether there is a console (asked only then: it costs ~10 ms of start-up). */
    private static boolean flag(String property) {
        String value = System.getProperty(property);
        return value == null ? System.console() != null : Boolean.parseBoolean(value);
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
