package org.endings.export;

import java.util.List;

import org.endings.core.Mark;
import org.endings.core.Page.Cell;
import org.endings.core.Page.Grid;
import org.endings.core.Phrase;
import org.endings.core.Words;
import org.endings.export.Handout.Place;
import org.endings.export.Handout.Section;
import org.endings.terminal.Sanitizer;

/**
 * A handout as Markdown (CommonMark, with a GitHub table for the matrix): a heading per section and
 * per beat, each quote a blockquote with its attribution, the matrix as its one table, explicit
 * anchors so that other wordings link to each other. Model text is escaped so that it can neither
 * start a construct nor carry HTML.
 */
final class Markdown extends Layout {
    static String of(Handout handout) {
        return new Markdown().write(handout);
    }

    @Override
    void begin(Handout h) {
        out.append("# ").append(escape(h.title())).append("\n\n");
        for (String line : h.intro()) {
            out.append(escape(line)).append("\n\n");
        }
        out.append("## Contents\n\n");
        for (Section s : h.sections()) {
            out.append("- [").append(escape(s.title())).append("](#").append(s.anchor()).append(")\n");
        }
        out.append('\n');
    }

    @Override
    void end(Handout h) {
        out.append("---\n\n").append(escape(h.colophon())).append('\n');
    }

    @Override
    void heading(int level, String anchor, String text) {
        if (anchor != null) {
            out.append("<a id=\"").append(anchor).append("\"></a>\n\n");
        }
        out.append("#".repeat(level)).append(' ').append(escape(text)).append("\n\n");
    }

    @Override
    void paragraph(String text) {
        out.append(escape(text.strip())).append("\n\n");
    }

    @Override
    void quote(int number, String anchor, String words, List<Phrase> label, List<Place> variants) {
        out.append("<a id=\"").append(anchor).append("\"></a>\n\n");
        out.append("> **").append(number).append(".** ").append(escape(words)).append("\n>\n> — ");
        phrases(label);
        for (Place place : variants) {
            out.append(" Another wording: [").append(escape(variantWords(place))).append("](#")
                    .append(place.anchor()).append(").");
        }
        out.append("\n\n");
    }

    @Override
    void item(int number, List<Phrase> label, String detail) {
        out.append(number).append(". ");
        phrases(label);
        if (detail != null && !detail.isBlank()) {
            out.append(' ').append(escape(detail));
        }
        out.append('\n');
    }

    @Override
    void closeList(org.endings.core.Page.Items items) {
        if (!(items.items().isEmpty() || items.items().get(0).subject() instanceof org.endings.core.Subject.OfQuote)) {
            out.append('\n');
        }
    }

    /** A label's phrases, a stance in bold: the word says it, the emphasis only repeats it. */
    private void phrases(List<Phrase> label) {
        for (Phrase p : label) {
            String text = escape(p.text());
            if (p.mark() == Mark.PLAIN || text.isBlank()) {
                out.append(text);
            } else {
                out.append("**").append(text).append("**");
            }
        }
    }

    @Override
    void grid(Grid grid) {
        out.append("| Beat |");
        for (String column : grid.columns()) {
            out.append(' ').append(escape(column)).append(" |");
        }
        out.append("\n|---|");
        out.append("---|".repeat(grid.columns().size()));
        out.append('\n');
        for (int row = 0; row < grid.rows().size(); row++) {
            out.append("| ").append(row + 1).append(". ").append(escape(grid.rows().get(row))).append(" |");
            for (int column = 0; column < grid.columns().size(); column++) {
                Cell cell = grid.cells().get(row).get(column);
                String counts = Words.stanceCounts(cell.supports(), cell.complicates(), cell.challenges());
                out.append(' ').append(counts.isEmpty() ? "none" : counts).append(" |");
            }
            out.append('\n');
        }
        out.append('\n');
    }

    /**
     * Text that reads as itself in Markdown: on one line, controls shown as symbols, and escaped with
     * a backslash (CommonMark allows one before any punctuation) wherever Markdown would give it a
     * meaning: emphasis, code, links, HTML, entities, table cells and headings anywhere, and at the
     * start a list, a quote or a heading's underline (a paragraph is stripped first, so that
     * leading spaces make no code block). So model text can start no construct and
     * carry no HTML, while the file stays readable as plain text.
     */
    static String escape(String text) {
        String s = Sanitizer.cleanLine(text);
        StringBuilder b = new StringBuilder(s.length() + 16);
        int digits = 0;
        while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
            digits++;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean start = i == 0 && "-+=".indexOf(c) >= 0;
            boolean ordered = i == digits && i > 0 && (c == '.' || c == ')');
            if ("\\`*_[]<>&|~#".indexOf(c) >= 0 || start || ordered) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
