package org.endings.edge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.endings.core.Effect;
import org.endings.core.Navigator;
import org.endings.export.AtomicFile;
import org.endings.export.Contents;
import org.endings.export.Format;
import org.endings.export.Selection;

/**
 * Writes an export the core asked for, from either front end: a new file in the reader's working
 * folder (never over one that is there: a number is added), written whole or not at all, and one
 * sentence saying where.
 */
public final class Exports {
    private Exports() {
    }

    /** Writes the export into {@code folder}; the sentence to tell the reader, success or not. */
    public static String write(Navigator navigator, Effect.Export export, Path folder) {
        Format format = Format.fromWord(export.format());
        String extension = format.extension();
        Path file = folder.resolve(export.name() + extension);
        for (int n = 2; Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS); n++) {
            file = folder.resolve(export.name() + "-" + n + extension);
        }
        try {
            String written = format.write(new Contents(navigator).of(new Selection(export.reading(), export.beat())), 0);
            AtomicFile.write(file, written.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return "Could not export " + export.what() + " (" + e.getMessage() + "); nothing was written.";
        }
        return "Exported " + export.what() + " as " + format.word() + " to " + file.toAbsolutePath() + ".";
    }
}
