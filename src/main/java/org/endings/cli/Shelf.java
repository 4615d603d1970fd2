package org.endings.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.endings.model.Loaded;
import org.endings.model.ModelException;
import org.endings.model.ModelLoader;
import org.endings.model.ModelValidator;
import org.endings.model.Problem;
import org.endings.model.Work;
import org.endings.terminal.Sanitizer;

/**
 * {@code --model DIR}: the models in a folder, listed by their work's title and year and their
 * scene, each numbered; one that cannot be opened is listed with its first error, and the others
 * still open. The reader chooses one by its number, on a line of its own, before either front end
 * starts: the same plain list for the explorer and the text mode, read aloud as it is.
 */
final class Shelf {
    /** A model of the folder: its file, and either what it is or why it cannot be opened. */
    record Entry(Path file, String work, String problem) {
        boolean opens() {
            return problem == null;
        }
    }

    private Shelf() {
    }

    /** The models of a folder, by file name. */
    static List<Entry> of(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> in = Files.newDirectoryStream(folder, "*.json")) {
            for (Path f : in) {
                if (Files.isRegularFile(f) && !f.getFileName().toString().endsWith(".schema.json")) {
                    files.add(f);
                }
            }
        }
        files.sort(null);
        List<Entry> out = new ArrayList<>();
        for (Path f : files) {
            try {
                Loaded loaded = ModelLoader.load(f);
                Problem first = ModelValidator.validate(loaded.model()).stream().filter(Problem::isError).findFirst()
                        .orElse(null);
                if (first != null) {
                    out.add(new Entry(f, null, Models.diagnostic(f.toString(), loaded.locations(), first)));
                } else {
                    Work w = loaded.model().work();
                    out.add(new Entry(f, w.title() + " (" + w.year() + "), " + loaded.model().scene().title(), null));
                }
            } catch (ModelException e) {
                out.add(new Entry(f, null, e.getMessage()));
            }
        }
        return out;
    }

    /**
     * The model the reader chooses from the folder: listed on {@code out}, the number read from
     * {@code in} (one line, and not a byte more: what follows is the front end's). One model that
     * opens is chosen without asking.
     */
    static Path choose(Path folder, InputStream in, PrintStream out) {
        List<Entry> entries;
        try {
            entries = of(folder);
        } catch (IOException e) {
            throw new Failure(1, folder + ": cannot read the folder: " + e.getMessage());
        }
        List<Entry> open = entries.stream().filter(Entry::opens).toList();
        if (open.isEmpty()) {
            entries.forEach(e -> out.println(Sanitizer.cleanLine(e.problem())));
            throw new Failure(1, folder + ": no model here opens (" + (entries.isEmpty() ? "no .json files"
                    : entries.size() == 1 ? "1 model, with errors" : entries.size() + " models, all with errors") + ").");
        }
        out.println(Sanitizer.cleanLine("Models in " + folder + ": " + org.endings.core.Words.count(entries.size(), "model", "models")
                + (open.size() < entries.size() ? ", " + (entries.size() - open.size()) + " of them cannot be opened" : "")
                + "."));
        int n = 0;
        for (Entry e : entries) {
            out.println(Sanitizer.cleanLine(e.opens() ? ++n + ". " + e.work() + " (" + e.file().getFileName() + ")."
                    : "Cannot be opened: " + e.problem()));
        }
        if (open.size() == 1) {
            out.println(Sanitizer.cleanLine("Opening " + open.get(0).work() + ", the one that opens."));
            return open.get(0).file();
        }
        while (true) {
            out.print("Which one? Type its number, 1 to " + open.size() + ": ");
            out.flush();
            String line = line(in);
            if (line == null) {
                out.println();
                throw new Failure(0, "No model chosen.");
            }
            String typed = line.strip();
            if (typed.matches("[0-9]{1,4}") && Integer.parseInt(typed) >= 1 && Integer.parseInt(typed) <= open.size()) {
                return open.get(Integer.parseInt(typed) - 1).file();
            }
            out.println(Sanitizer.cleanLine("“" + typed + "” is not one of the numbers 1 to " + open.size() + "."));
        }
    }

    /** One line of the input, read a byte at a time so that nothing after it is taken; null at the end. */
    private static String line(InputStream in) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.UTF_8);
                }
                if (bytes.size() < 1024) {
                    bytes.write(b);
                }
            }
        } catch (IOException e) {
            return null;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
