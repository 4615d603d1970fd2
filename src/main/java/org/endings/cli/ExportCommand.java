package org.endings.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.endings.core.Names;
import org.endings.core.Navigator;
import org.endings.core.Notebook;
import org.endings.core.Queries;
import org.endings.export.AtomicFile;
import org.endings.export.Contents;
import org.endings.export.Format;
import org.endings.export.Handout;
import org.endings.export.ModelJson;
import org.endings.export.Selection;
import org.endings.model.Model;
import org.endings.terminal.Sanitizer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code endings export}: the model, a reading's walk or a beat under every reading, as a file to hand out. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = EndingsCommand.Version.class,
        description = {"Write the whole model in the program's order — the scene beat by beat, each reading's walk "
            + "through the beats with its glosses and quotes, the matrix, the sources — or one reading's walk "
            + "(--reading), or one beat under every reading (--beat), as HTML, Markdown, text or JSON.",
            "The HTML is one accessible page with nothing to fetch; the JSON is the model itself, for other tools."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    EndingsCommand parent;

    @Mixin
    ModelOption modelOption;

    @Mixin
    NotebookOption notebookOption;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "html, markdown, text or json (default: from the -o file's extension, else text).")
    String format;

    @Option(names = "--reading", paramLabel = "READING",
            description = "Only this reading's walk through the beats: its number, or the start of its name or of a word in it.")
    String reading;

    @Option(names = "--beat", paramLabel = "BEAT",
            description = "Only this beat, under every reading (or under --reading): its number, or the start of its title.")
    String beat;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE, whole or not at all, and say where (default: standard output).")
    Path output;

    @Option(names = "--wrap", paramLabel = "N",
            description = "Text: wrap lines at N columns (default 80); 0 never wraps.")
    int wrap = 80;

    @Option(names = "--notes",
            description = "Add your own reading from your notebook: your stances, credence and notes (html, markdown, text).")
    boolean notes;

    @Override
    public Integer call() {
        Format chosen = chosenFormat();
        if (wrap < 0) {
            throw new Failure(2, "--wrap takes a number of columns, 0 or more.");
        }
        Model model = Models.loadValid(ModelOption.of(modelOption, parent), parent.env().in(), parent.env().err()).model();
        String written;
        if (chosen == Format.JSON) {
            if (reading != null || beat != null) {
                throw new Failure(2, "The JSON export is the whole model, as other tools read it; --reading and "
                        + "--beat choose what the html, markdown and text exports show.");
            }
            if (notes) {
                throw new Failure(2, "The JSON export is the model itself, valid against its schema; your notes are "
                        + "not the model's: endings notebook show --format json gives them.");
            }
            written = ModelJson.of(model);
        } else {
            Navigator navigator = new Navigator(new Queries(model));
            Names names = navigator.names();
            int r = reading == null ? 0 : QuotesCommand.find(names, Names.Kind.READING, reading) + 1;
            int b = beat == null ? 0 : QuotesCommand.find(names, Names.Kind.BEAT, beat) + 1;
            Contents contents = new Contents(navigator);
            Handout handout = contents.of(new Selection(r, b));
            if (notes) {
                Notebook notebook = NotebookCommand.read(NotebookCommand.fileOf(NotebookOption.of(notebookOption, parent), parent, model), model);
                handout = handout.with(contents.yourReading(notebook));
            }
            written = chosen.write(handout, wrap);
        }
        if (output == null) {
            parent.env().out().print(written);
            parent.env().out().flush();
            return 0;
        }
        try {
            AtomicFile.write(output, written.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new Failure(1, "could not write " + output + ": " + why(e) + "; nothing was written.");
        }
        parent.env().err().println(Sanitizer.cleanLine("endings: wrote " + chosen.word() + " to " + output + "."));
        return 0;
    }

    private Format chosenFormat() {
        if (format != null) {
            Format f = Format.fromWord(format);
            if (f == null) {
                throw new Failure(2, "No format \"" + format + "\": use html, markdown, text or json.");
            }
            return f;
        }
        Format byName = output == null ? null : Format.ofFileName(output.getFileName().toString());
        return byName == null ? Format.TEXT : byName;
    }

    private static String why(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
