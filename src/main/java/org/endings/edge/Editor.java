package org.endings.edge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * The reader's own editor, as git finds it: {@code $VISUAL}, else {@code $EDITOR}, run through the
 * shell on a private temporary file with the terminal handed to it; what they save comes back.
 */
public final class Editor {
    private final String command;

    private Editor(String command) {
        this.command = command;
    }

    /** The editor the environment names, or null when neither VISUAL nor EDITOR is set. */
    public static Editor from(Map<String, String> env) {
        for (String name : new String[] {"VISUAL", "EDITOR"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return new Editor(value.strip());
            }
        }
        return null;
    }

    /** The command, as the environment gave it. */
    public String command() {
        return command;
    }

    /**
     * Edits {@code text} and returns what was saved, with the one trailing newline editors add
     * taken off; throws when the editor cannot be run or exits with an error (the note is then
     * left as it was).
     */
    public String edit(String text) throws IOException, InterruptedException {
        Path file = Files.createTempFile("endings-note-", ".txt",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(file, text.isEmpty() ? "" : text + "\n", StandardCharsets.UTF_8);
            // "$0" is the file: the command may carry its own arguments ("code --wait", "vim -u NONE").
            Process p = new ProcessBuilder("sh", "-c", command + " \"$0\"", file.toString()).inheritIO().start();
            int code = p.waitFor();
            if (code != 0) {
                throw new IOException("the editor (" + command + ") exited with " + code);
            }
            String saved = Files.readString(file, StandardCharsets.UTF_8);
            return saved.endsWith("\n") ? saved.substring(0, saved.length() - 1) : saved;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
