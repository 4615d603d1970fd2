package org.endings.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

import org.endings.core.Action;
import org.endings.core.Navigator;
import org.endings.core.Notebook;
import org.endings.core.Page;
import org.endings.core.Queries;
import org.endings.core.State;
import org.endings.core.View;
import org.endings.core.Words;
import org.endings.model.Model;
import org.endings.terminal.Sanitizer;

/**
 * A notebook as plain text, for {@code endings notebook show}: the core's "Your reading" page, its
 * stances beat by beat, credence and lean, notes, and what the model no longer has. Every string is
 * sanitised, as model text is.
 */
final class NotebookListing {
    private NotebookListing() {
    }

    /** "3 stances, 1 note and credence at 2 beats". */
    static String holds(Notebook notebook) {
        return count(notebook.standings(), "stance") + ", " + count(notebook.notes(), "note") + " and credence at "
                + plural(notebook.credence().size(), "beat");
    }

    /**
     * The notebook as the explorer's "Your reading" page and the text mode's mine say it: the core's
     * page, read out line by line, after a line naming the film and the file.
     */
    static void print(Model model, Notebook notebook, Path file, PrintStream out) {
        String film = model.work().title() + " (" + model.work().year() + "), " + model.scene().title();
        out.println(Sanitizer.cleanLine("Your notebook for " + film + ": " + holds(notebook) + "."));
        out.println(Sanitizer.cleanLine(file.toString()));
        Navigator navigator = new Navigator(new Queries(model));
        State mine = navigator.update(navigator.resume(notebook, true), new Action.Show(View.MINE)).state();
        for (Page.Block block : navigator.presenter().page(mine).blocks()) {
            if (block instanceof Page.Heading heading) {
                out.println();
                out.println(Sanitizer.cleanLine(heading.text()));
            } else if (block instanceof Page.Text text) {
                out.println(Sanitizer.cleanLine(text.text()));
            }
        }
    }

    private static String count(Map<String, ? extends Map<String, ?>> table, String word) {
        int n = 0;
        for (Map<String, ?> row : table.values()) {
            n += row.size();
        }
        return plural(n, word);
    }

    private static String plural(int n, String word) {
        return Words.count(n, word, word + "s");
    }
}
