package org.endings.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.endings.model.Beat;
import org.endings.model.Model;
import org.endings.model.Reading;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code endings complete readings|beats}: the ids of the model in use, one a line, for the completion
 * scripts to offer. Hidden: a shell asks it, not a person. A model that cannot be read offers nothing,
 * quietly, since a message would land in the middle of the line being typed.
 */
@Command(name = "complete", hidden = true,
        description = "The ids of the readings or the beats of the model in use, one a line, for completion scripts.")
final class CompleteCommand implements Callable<Integer> {
    /** The name the completion scripts complete. */
    static final String PROGRAM = "endings";

    @ParentCommand
    EndingsCommand parent;

    @Mixin
    ModelOption modelOption;

    @Parameters(paramLabel = "KIND", description = "readings or beats.")
    String kind;

    @Override
    public Integer call() {
        if (!kind.equals("readings") && !kind.equals("beats")) {
            throw new Failure(2, "complete offers readings or beats, not \"" + kind + "\".");
        }
        Model model;
        try {
            Path file = ModelOption.of(modelOption, parent);
            model = Models.isStdin(file) ? null : Models.load(file).model();
        } catch (Failure f) {
            return 1;
        }
        if (model == null) {
            return 1;
        }
        PrintStream out = parent.env().out();
        if (kind.equals("readings")) {
            model.readings().stream().map(Reading::id).forEach(out::println);
        } else {
            model.beats().stream().map(Beat::id).forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
