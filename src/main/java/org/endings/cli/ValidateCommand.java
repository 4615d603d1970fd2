package org.endings.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.endings.model.Loaded;
import org.endings.model.Model;
import org.endings.model.ModelValidator;
import org.endings.model.Problem;
import org.endings.model.SourceCheck;
import org.endings.terminal.Sanitizer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code endings validate [--sources DIR] FILE...}: every problem of every model, one line each. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = EndingsCommand.Version.class,
        description = {"Check model files: each problem is reported on a line of its own, as file:line:col: error: …, "
            + "and each file ends with a line adding them up; a break in the JSON or in a field's shape stops a file's "
            + "reading at that one problem. Exits 0 when every file is valid (warnings too), 1 when one has an error, "
            + "2 on a usage error."})
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    EndingsCommand parent;

    @Option(names = "--sources", paramLabel = "DIR",
            description = "Also check that every quote, and every article's title, appears verbatim (whitespace folded) "
                + "in its source's text: DIR/ID.txt for the source of id ID, or for an article that reports it. "
                + "A source with no text there is a warning.")
    Path sources;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Model files to check; - reads one from standard input.")
    List<Path> files;

    @Option(names = "--watch",
            description = "Keep checking FILE: again at every save, printing only what changed — the problems that "
                + "are new, those that are gone, and whether it is valid or still has errors — until Ctrl-C.")
    boolean watch;

    @Override
    public Integer call() {
        PrintStream out = parent.env().out();
        Map<String, String> texts = sources == null ? null : readSources(sources);
        if (watch) {
            return watch(texts, out);
        }
        boolean allValid = true;
        for (Path file : files) {
            Report report = check(file, texts, sources, parent.env().in());
            for (String line : report.lines()) {   // a loop, not a method reference: one lambda less to link at start-up
                out.println(line);
            }
            allValid &= report.errors() == 0;
        }
        return allValid ? 0 : 1;
    }

    private int watch(Map<String, String> texts, PrintStream out) {
        if (files.size() != 1 || Models.isStdin(files.get(0))) {
            throw new Failure(2, "--watch keeps one model file under watch: give one FILE, not standard input.");
        }
        Path file = files.get(0);
        try (FileSaves saves = FileSaves.of(file)) {
            out.println(Sanitizer.cleanLine("endings: watching " + file + ": checked again at every save (Ctrl-C ends)."));
            Watch.run(() -> check(file, texts, sources, parent.env().in()), saves, out);
        } catch (IOException e) {
            throw new Failure(1, "cannot watch " + file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** One file checked ({@code texts} read from {@code sources}, or null): its problems, one line each, then what they add up to. */
    static Report check(Path file, Map<String, String> texts, Path sources, InputStream in) {
        String name = Models.name(file);
        Loaded loaded;
        try {
            loaded = Models.isStdin(file) ? Models.loadStdin(in) : Models.load(file);
        } catch (Failure f) {
            // a break in the JSON or a field's shape stops the reading at one problem, added up like any other
            return new Report(name, List.of(Sanitizer.cleanLine(f.getMessage())), 1,
                    Sanitizer.cleanLine(name + ": 1 error."));
        }
        Model model = loaded.model();
        List<Problem> problems = new ArrayList<>(ModelValidator.validate(model));
        SourceCheck.Result verbatim = texts == null ? null : SourceCheck.check(model, texts);
        if (verbatim != null) {
            problems.addAll(verbatim.problems());
        }
        List<String> lines = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        for (Problem p : problems) {
            lines.add(Models.diagnostic(name, loaded.locations(), p));
            if (p.isError()) {
                errors++;
            } else {
                warnings++;
            }
        }
        String counts = plural(model.beats().size(), "beat") + ", " + plural(model.readings().size(), "reading") + ", "
                + plural(model.quotes().size(), "quote");
        String checked = verbatim == null ? "" : verbatim.unchecked() == 0
                ? ", every quote and article title found verbatim in " + sources
                : verbatim.checked() == 0 ? ", no quote or article title checked: none has its source's text in " + sources
                : ", " + verbatim.checked() + " quotes and article titles found verbatim in " + sources + " and "
                        + verbatim.unchecked() + " not checked";
        String summary;
        if (errors == 0) {
            summary = Sanitizer.cleanLine(name + ": valid (" + counts + checked
                    + (warnings == 0 ? "" : "; " + plural(warnings, "warning")) + ").");
        } else {
            summary = Sanitizer.cleanLine(name + ": " + plural(errors, "error")
                    + (warnings == 0 ? "" : ", " + plural(warnings, "warning")) + ".");
        }
        return new Report(name, lines, errors, summary);
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** The .txt files of the folder, by file name; a folder that cannot be read ends the command. */
    private static Map<String, String> readSources(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new Failure(2, "--sources " + dir + ": not a folder.");
        }
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : (Iterable<Path>) list.sorted()::iterator) {
                if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt")) {
                    try {
                        texts.put(p.getFileName().toString(), StandardCharsets.UTF_8.newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p))).toString());
                    } catch (CharacterCodingException e) {
                        throw new Failure(1, "--sources " + dir + ": " + p.getFileName()
                                + " is not UTF-8: save it as UTF-8 to check quotes against it.");
                    }
                }
            }
        } catch (IOException e) {
            throw new Failure(1, "--sources " + dir + ": cannot be read (" + e.getMessage() + ").");
        }
        if (texts.isEmpty()) {
            throw new Failure(2, "--sources " + dir + ": no .txt files in it.");
        }
        return texts;
    }
}
