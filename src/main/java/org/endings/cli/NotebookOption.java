package org.endings.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * {@code --notebook FILE}, mixed into the commands that read the reader's notebook besides the root
 * (export --notes); given before the command, it is the root's.
 */
final class NotebookOption {
    @Option(names = "--notebook", paramLabel = "FILE",
            description = "Read your notebook from this file instead of the model's own (endings notebook path says where that is).")
    Path notebook;

    /** The notebook file a command reads: its own --notebook, else the root's, else null for the model's own. */
    static Path of(NotebookOption option, EndingsCommand root) {
        return option != null && option.notebook != null ? option.notebook : root.notebookFile();
    }
}
