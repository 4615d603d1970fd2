package org.endings;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.endings.cli.Environment;
import org.endings.cli.EndingsCommand;

/** The program's entry point, and the only place it exits. */
public final class Main {
    private Main() {
    }

    /** 128 + SIGPIPE: what a native tool's status is when the reader of its output went away. */
    static final int CLOSED_PIPE = 141;

    public static void main(String[] args) {
        Stdout stdout = new Stdout(new FileOutputStream(FileDescriptor.out));
        PrintStream out = new PrintStream(new BufferedOutputStream(stdout, 8192), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, Environment.system(new Stdin(System.in), out, err));
        out.flush();
        code = afterWriting(code, out.checkError(), stdout.failure, err);
        err.flush();
        System.exit(code);
    }

    /**
     * The exit code once the output is written: a reader that went away (head, a closed pager) ends
     * the program quietly, as it would a native tool; any other failure to write (a full disk) is
     * said, and is never a success.
     */
    static int afterWriting(int code, boolean failed, IOException failure, PrintStream err) {
        if (!failed) {
            return code;
        }
        String why = failure == null || failure.getMessage() == null ? "" : failure.getMessage();
        // The system's words may be in the reader's language; a write that failed into a pipe is a
        // reader that went away in any language.
        if (why.toLowerCase(java.util.Locale.ROOT).contains("broken pipe") || stdoutIsPipe()) {
            return CLOSED_PIPE;
        }
        err.println("endings: could not write the output" + (why.isEmpty() ? "." : ": " + why + "."));
        return code == 0 ? 1 : code;
    }

    /** True when standard output is a pipe (Linux names it so in /proc). */
    private static boolean stdoutIsPipe() {
        try {
            return java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/1")).toString()
                    .startsWith("pipe:");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Standard input, or an error when it was closed ({@code <&-}): the JVM then opens its own files
     * on descriptor 0, and reading "stdin" would read the JDK's module image as commands. Asked at the
     * first read, so that the explorer, which never reads it this way, pays nothing.
     */
    static final class Stdin extends java.io.FilterInputStream {
        private Boolean closed;

        Stdin(InputStream in) {
            super(in);
        }

        /** For tests: a stream already known to be closed or open. */
        Stdin(InputStream in, boolean closed) {
            super(in);
            this.closed = closed;
        }

        private void check() throws IOException {
            if (closed == null) {
                closed = descriptorZeroIsTheJvms(java.nio.file.Path.of("/proc/self/fd/0"));
            }
            if (closed) {
                throw new IOException("standard input is closed");
            }
        }

        @Override
        public int read() throws IOException {
            check();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check();
            return super.read(b, off, len);
        }

        @Override
        public int available() throws IOException {
            check();
            return super.available();
        }
    }

    /** True when the descriptor names a file of the running JDK or of the program's own class path. */
    static boolean descriptorZeroIsTheJvms(java.nio.file.Path descriptor) {
        try {
            java.nio.file.Path target = java.nio.file.Files.readSymbolicLink(descriptor);
            if (!target.isAbsolute()) {
                return false;   // pipe:[…], socket:[…], anon_inode:…
            }
            java.nio.file.Path home = java.nio.file.Path.of(System.getProperty("java.home")).toRealPath();
            if (target.startsWith(home)) {
                return true;
            }
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                if (!entry.isEmpty() && target.equals(java.nio.file.Path.of(entry).toRealPath())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Standard output, remembering why a write failed (PrintStream keeps only that one did). */
    static final class Stdout extends FilterOutputStream {
        volatile IOException failure;

        Stdout(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
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
