package org.endings.export;

import java.util.List;

import org.endings.core.Page.Grid;
import org.endings.core.Phrase;
import org.endings.core.Words;
import org.endings.export.Handout.Place;
import org.endings.terminal.Sanitizer;
import org.endings.terminal.Wrap;

/**
 * A handout as plain lines under the text mode's rules, for reading aloud and printing: no colour,
 * no box art, no markup; headings and items are sentences, the matrix is a sentence a beat, lines
 * wrap between words at the width asked (0: one line a paragraph, for a screen reader to wrap).
 */
final class PlainText extends Layout {
    private final int width;

    private PlainText(int width) {
        this.width = width;
    }

    static String of(Handout handout, int width) {
        return new PlainText(width).write(handout);
    }

    @Override
    void begin(Handout h) {
        line(Words.sentence(h.title()));
        for (String intro : h.intro()) {
            line(intro);
        }
    }

    @Override
    void end(Handout h) {
        out.append('\n');
        line(h.colophon());
    }

    @Override
    void heading(int level, String anchor, String text) {
        out.append('\n');
        line(Words.sentence(text));
    }

    @Override
    void paragraph(String text) {
        line(text);
    }

    @Override
    void openList(org.endings.core.Page.Items items) {
        line(Words.listed(items.items().size(), items.singular(), items.plural()));
    }

    @Override
    void quote(int number, String anchor, String words, List<Phrase> label, List<Place> variants) {
        StringBuilder s = new StringBuilder().append(number).append(". ").append(Words.sentence(Phrase.text(label)))
                .append(' ').append(words);
        for (Place place : variants) {
            s.append(" Another wording: ").append(variantWords(place)).append('.');
        }
        line(s.toString());
    }

    @Override
    void item(int number, List<Phrase> label, String detail) {
        String s = number + ". " + Words.sentence(Phrase.text(label));
        line(detail == null || detail.isBlank() ? s : s + " " + detail);
    }

    @Override
    void grid(Grid grid) {
        for (int row = 0; row < grid.rows().size(); row++) {
            line(Words.matrixRow(grid, row));
        }
    }

    /** One paragraph: safe for a terminal, wrapped between words. */
    private void line(String text) {
        if (width <= 0) {
            out.append(Sanitizer.cleanLine(text)).append('\n');
            return;
        }
        for (String line : Wrap.lines(Sanitizer.cleanLine(text), width)) {
            out.append(line).append('\n');
        }
    }
}
