package org.endings.cli;

/** A failure the reader caused or can fix: one human sentence and an exit code, never a stack trace. */
public final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final boolean diagnostic;

    public Failure(int exitCode, String message) {
        this(exitCode, message, false);
    }

    private Failure(int exitCode, String message, boolean diagnostic) {
        super(message, null, false, false);
        this.exitCode = exitCode;
        this.diagnostic = diagnostic;
    }

    /** A compiler-style "file:line:col: error: …" line, printed as it is so editors can jump to it. */
    public static Failure diagnostic(String line) {
        return new Failure(1, line, true);
    }

    public boolean isDiagnostic() {
        return diagnostic;
    }

    public int exitCode() {
        return exitCode;
    }
}
