package org.endings.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.endings.model.Loaded;
import org.endings.model.Location;
import org.endings.model.ModelException;
import org.endings.model.ModelLoader;
import org.endings.model.ModelValidator;
import org.endings.model.Problem;
import org.endings.model.SourceMap;
import org.endings.terminal.Sanitizer;

/** Loads the model a command works on, and words what is wrong with it the way compilers do. */
final class Models {
    private Models() {
    }

    /** A model file at most this big loads in well under a tenth of a second (the bundled one is 25 KB). */
    static final long QUICK_BYTES = 256 * 1024;

    /** Whether the model loads in a blink: the bundled one, or a file of at most {@link #QUICK_BYTES}. */
    static boolean loadsQuickly(Path file) {
        if (file == null) {
            return true;
        }
        try {
            return Files.size(file) <= QUICK_BYTES;
        } catch (IOException | RuntimeException e) {
            return true;   // loading it will say what is wrong, at once
        }
    }

    /** The name a file goes by in messages. */
    static String name(Path file) {
        return file == null ? "bundled model" : isStdin(file) ? STDIN : file.toString();
    }

    /**
     * The model in {@code file} (standard input for "-"), or the bundled one when it is null, valid: a file that cannot be read
     * or that has errors is reported on {@code err}, one line a problem, and ends the command.
     */
    static Loaded loadValid(Path file, InputStream in, PrintStream err) {
        return valid(file, loadAny(file, in), err);
    }

    /** The model in {@code file} (standard input for "-"), or the bundled one, not yet validated. */
    static Loaded loadAny(Path file, InputStream in) {
        return isStdin(file) ? loadStdin(in) : load(file);
    }

    /**
     * {@code loaded}, read from {@code file}, when it is valid; its errors otherwise, reported on
     * {@code err} one line a problem, ending the command.
     */
    static Loaded valid(Path file, Loaded loaded, PrintStream err) {
        List<Problem> problems = ModelValidator.validate(loaded.model());
        long errors = 0;
        for (Problem p : problems) {
            errors += p.isError() ? 1 : 0;
        }
        if (errors > 0) {
            for (Problem p : problems) {
                if (p.isError()) {
                    err.println(diagnostic(name(file), loaded.locations(), p));
                }
            }
            throw new Failure(1, name(file) + " has " + (errors == 1 ? "1 error" : errors + " errors")
                    + ": fix " + (errors == 1 ? "it" : "them") + " and run again (endings validate FILE checks a model).");
        }
        return loaded;
    }

    /** The model in {@code file}, or the bundled one; a file that cannot be read ends the command. */
    static Loaded load(Path file) {
        try {
            return file == null ? ModelLoader.loadBundled() : ModelLoader.load(file);
        } catch (ModelException e) {
            throw Failure.diagnostic(e.getMessage());
        }
    }

    /** What a model read from standard input is called in messages, as compilers call it. */
    static final String STDIN = "<stdin>";

    /** True for the file name "-", which means standard input. */
    static boolean isStdin(Path file) {
        return file != null && file.toString().equals("-");
    }

    /** The model piped to standard input: `cat model.json | endings validate -`. */
    static Loaded loadStdin(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) ModelLoader.MAX_BYTES + 1);
        } catch (IOException e) {
            throw Failure.diagnostic(STDIN + ":1:1: error: cannot read standard input: " + e.getMessage());
        }
        try {
            return ModelLoader.load(STDIN, bytes);
        } catch (ModelException e) {
            throw Failure.diagnostic(e.getMessage());
        }
    }

    /** "file:line:col: error: /quotes/3/speaker: message", safe to print. */
    static String diagnostic(String file, SourceMap map, Problem p) {
        Location at = map.at(p.pointer());
        String severity = p.isError() ? "error" : "warning";
        String where = p.pointer().isEmpty() ? "" : p.shownPointer() + ": ";
        return Sanitizer.cleanLine(file + ":" + at.line() + ":" + at.column() + ": " + severity + ": " + where + p.message());
    }
}
