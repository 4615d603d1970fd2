package org.endings.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code endings schema}: the JSON Schema of the model format, as this version reads it. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = EndingsCommand.Version.class,
        description = {"Print the JSON Schema of the model format (endings/1), as this version of the program reads it: "
            + "save it beside a model as " + SchemaCommand.FILE_NAME + " so that the model's \"$schema\" finds it, "
            + "e.g. endings schema > " + SchemaCommand.FILE_NAME + "."})
final class SchemaCommand implements Callable<Integer> {
    /** The schema's file name, which the models endings new writes name in their "$schema". */
    static final String FILE_NAME = "endings-model.schema.json";

    private static final String RESOURCE = "/org/endings/data/" + FILE_NAME;

    @ParentCommand
    EndingsCommand parent;

    @Override
    public Integer call() {
        byte[] schema = bundled();
        parent.env().out().write(schema, 0, schema.length);
        parent.env().out().flush();
        return 0;
    }

    /** The schema packed in the program (data/endings-model.schema.json at build time). */
    static byte[] bundled() {
        try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the program was built without its schema (" + RESOURCE + ")");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled schema", e);
        }
    }
}
