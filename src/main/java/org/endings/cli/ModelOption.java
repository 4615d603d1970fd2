package org.endings.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * {@code --model FILE}, mixed into the commands that read a model (quotes, export, complete), so
 * that each command's help offers the options that apply to it and no other (validate takes its
 * files as arguments, new and schema read no model). Given before the command instead ({@code
 * endings --model FILE quotes}) it is the root's, which the command falls back to.
 */
final class ModelOption {
    @Option(names = "--model", paramLabel = "FILE", description = "Read this model file instead of the bundled one.")
    Path model;

    /** The model file a command reads: its own --model, else the root's, else null for the bundled model. */
    static Path of(ModelOption option, EndingsCommand root) {
        return option != null && option.model != null ? option.model : root.model;
    }
}
