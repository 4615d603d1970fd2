package org.endings.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.endings.export.AtomicFile;
import org.endings.terminal.Sanitizer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code endings new FILE --title … --year N --director …}: a small valid model to start another film from. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = EndingsCommand.Version.class,
        description = {"Write a new model to FILE: the film you name, and one beat, one reading and one quote whose "
            + "texts say what to replace them with. It is valid from the start, so endings validate FILE stays quiet "
            + "until something is wrong, and its \"$schema\" names the schema, written beside it as "
            + SchemaCommand.FILE_NAME + ", so that an editor completes and checks each field as you type.",
            "It never replaces a file unless --force; docs/model-format.md walks through the rest."})
final class NewCommand implements Callable<Integer> {
    @ParentCommand
    EndingsCommand parent;

    @Parameters(paramLabel = "FILE", description = "The model file to write, e.g. my-film.json.")
    Path file;

    @Option(names = "--title", paramLabel = "TITLE", required = true, description = "The film's title.")
    String title;

    @Option(names = "--year", paramLabel = "N", required = true,
            description = "The film's release year, from " + Starter.FIRST_YEAR + " to " + Starter.LAST_YEAR + ".")
    int year;

    @Option(names = "--director", paramLabel = "NAME", required = true, description = "The director's name.")
    String director;

    @Option(names = "--force", description = "Replace FILE, and a schema beside it that differs, if they exist.")
    boolean force;

    @Override
    public Integer call() {
        String model = Starter.model(title, year, director);   // a wrong title, year or director ends it here
        if (Files.exists(file) && !force) {
            throw new Failure(2, file + " already exists: endings new writes only a file that is not there yet "
                    + "(--force replaces it).");
        }
        write(file, model.getBytes(StandardCharsets.UTF_8));
        Path schema = file.toAbsolutePath().resolveSibling(SchemaCommand.FILE_NAME);
        byte[] bundled = SchemaCommand.bundled();
        String schemaNote;
        if (!Files.exists(schema) || force) {
            write(schema, bundled);
            schemaNote = "the schema beside it as " + SchemaCommand.FILE_NAME;
        } else if (sameBytes(schema, bundled)) {
            schemaNote = "the schema beside it was already there";
        } else {
            schemaNote = "left the " + SchemaCommand.FILE_NAME + " beside it as it was, though it differs from this "
                    + "version's (endings schema prints this one; --force replaces it)";
        }
        parent.env().err().println(Sanitizer.cleanLine("endings: wrote " + file + ", a model to start from, and "
                + schemaNote + ". Next: edit it, then endings validate " + file + "."));
        return 0;
    }

    private static void write(Path target, byte[] bytes) {
        try {
            AtomicFile.write(target, bytes);
        } catch (IOException | RuntimeException e) {
            throw new Failure(1, "could not write " + target + ": " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()) + "; nothing was written.");
        }
    }

    private static boolean sameBytes(Path file, byte[] bytes) {
        try {
            return java.util.Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            return false;
        }
    }
}
