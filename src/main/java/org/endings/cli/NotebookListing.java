package org.endings.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.endings.core.Notebook;
import org.endings.core.Standing;
import org.endings.model.Beat;
import org.endings.model.Model;
import org.endings.model.Reading;
import org.endings.terminal.Sanitizer;

/**
 * A notebook as plain text, for {@code endings notebook show}: in film order, each beat's readings
 * with the reader's stance, credence and note; then whatever names a beat or reading the model no
 * longer has, under "Orphaned". Every string is sanitised, as model text is.
 */
final class NotebookListing {
    private NotebookListing() {
    }

    /** "3 stances, 1 note and credence at 2 beats". */
    static String holds(Notebook notebook) {
        return count(notebook.standings(), "stance") + ", " + count(notebook.notes(), "note") + " and credence at "
                + plural(notebook.credence().size(), "beat");
    }

    static void print(Model model, Notebook notebook, Path file, PrintStream out) {
        String film = model.work().title() + " (" + model.work().year() + "), " + model.scene().title();
        out.println(Sanitizer.cleanLine("Your notebook for " + film + ": " + holds(notebook) + "."));
        out.println(Sanitizer.cleanLine(file.toString()));
        Map<String, String> beats = new LinkedHashMap<>();
        for (Beat b : model.beats()) {
            beats.put(b.id(), b.title());
        }
        Map<String, String> readings = new LinkedHashMap<>();
        for (Reading r : model.readings()) {
            readings.put(r.id(), r.title());
        }
        int number = 0;
        for (Map.Entry<String, String> beat : beats.entrySet()) {
            number++;
            List<String> lines = new ArrayList<>();
            for (Map.Entry<String, String> reading : readings.entrySet()) {
                lines.addAll(entry(notebook, beat.getKey(), reading.getKey(), reading.getValue()));
            }
            if (!lines.isEmpty()) {
                out.println();
                out.println(Sanitizer.cleanLine(number + ". " + beat.getValue()));
                lines.forEach(out::println);
            }
        }
        List<String> orphaned = new ArrayList<>();
        for (String beat : idsOf(notebook)) {
            Set<String> readingIds = new LinkedHashSet<>();
            readingIds.addAll(notebook.standings().getOrDefault(beat, Map.of()).keySet());
            readingIds.addAll(notebook.notes().getOrDefault(beat, Map.of()).keySet());
            readingIds.addAll(notebook.credenceAt(beat).keySet());
            for (String reading : readingIds) {
                if (!beats.containsKey(beat) || !readings.containsKey(reading)) {
                    String where = (beats.containsKey(beat) ? beats.get(beat) : "beat \"" + beat + "\"") + ", "
                            + (readings.containsKey(reading) ? readings.get(reading) : "reading \"" + reading + "\"");
                    orphaned.addAll(entry(notebook, beat, reading, where));
                }
            }
        }
        if (!orphaned.isEmpty()) {
            out.println();
            out.println("Orphaned (the model no longer has these beats or readings; kept, never dropped):");
            orphaned.forEach(out::println);
        }
        Notebook.Resume resume = notebook.resume();
        if (resume != null && resume.beat() != null) {
            out.println();
            out.println(Sanitizer.cleanLine("You left off at " + (beats.containsKey(resume.beat())
                    ? beats.get(resume.beat()) : "beat \"" + resume.beat() + "\"") + "."));
        }
    }

    /** The lines for one beat and reading: "   Title: convinced; credence 40", then the note indented. */
    private static List<String> entry(Notebook notebook, String beat, String reading, String title) {
        Standing standing = notebook.standing(beat, reading);
        Integer credence = notebook.credenceAt(beat).get(reading);
        String note = notebook.note(beat, reading);
        if (standing == null && credence == null && note == null) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        if (standing != null) {
            parts.add(standing.word());
        }
        if (credence != null) {
            parts.add("credence " + credence);
        }
        List<String> lines = new ArrayList<>();
        lines.add(Sanitizer.cleanLine("   " + title + (parts.isEmpty() ? "" : ": " + String.join("; ", parts))));
        if (note != null) {
            for (String line : Sanitizer.clean(note).split("\n", -1)) {
                lines.add("      " + line);
            }
        }
        return lines;
    }

    /** Every beat id the notebook names, in the order first met. */
    private static Set<String> idsOf(Notebook notebook) {
        Set<String> ids = new LinkedHashSet<>(notebook.standings().keySet());
        ids.addAll(notebook.notes().keySet());
        ids.addAll(notebook.credence().keySet());
        return ids;
    }

    private static String count(Map<String, ? extends Map<String, ?>> table, String word) {
        int n = 0;
        for (Map<String, ?> row : table.values()) {
            n += row.size();
        }
        return plural(n, word);
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
