package org.endings.export;

import java.util.List;

import org.endings.core.Mark;
import org.endings.core.Page.Cell;
import org.endings.core.Page.Grid;
import org.endings.core.Page.Items;
import org.endings.core.Phrase;
import org.endings.core.Words;
import org.endings.export.Handout.Part;
import org.endings.export.Handout.Place;
import org.endings.export.Handout.Section;
import org.endings.terminal.Sanitizer;

/**
 * A handout as one self-contained HTML page a screen reader reads well: no scripts and nothing
 * fetched; landmarks, a skip link, one h1 and nested headings, quotes as blockquotes with their
 * attribution in a cite, stances in words (colour only repeats them), the matrix as a table with a
 * caption and header cells, styles for focus, dark schemes, print and zoom in relative units. Every
 * text from the model is escaped, and its control characters shown as symbols, never passed on.
 */
final class Html extends Layout {
    static String of(Handout handout) {
        return new Html().write(handout);
    }

    @Override
    void begin(Handout h) {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(h.lang())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(h.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#main\">Skip to the content</a>\n")
                .append("<header>\n<h1>").append(escape(h.title())).append("</h1>\n");
        for (String line : h.intro()) {
            out.append("<p>").append(escape(line)).append("</p>\n");
        }
        out.append("</header>\n<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n");
        // The first section's parts too: the beats of the scene or of the one walk, the readings of the one beat.
        for (Section s : h.sections()) {
            out.append("<li><a href=\"#").append(s.anchor()).append("\">").append(escape(s.title())).append("</a>");
            if (!s.parts().isEmpty() && s == h.sections().get(0)) {
                out.append("\n<ol>\n");
                for (Part p : s.parts()) {
                    out.append("<li><a href=\"#").append(p.anchor()).append("\">").append(escape(p.title()))
                            .append("</a></li>\n");
                }
                out.append("</ol>\n");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n</nav>\n<main id=\"main\" tabindex=\"-1\">\n");
    }

    @Override
    void end(Handout h) {
        out.append("</main>\n<footer>\n<p>").append(escape(h.colophon())).append("</p>\n</footer>\n</body>\n</html>\n");
    }

    @Override
    void openSection(Section s) {
        out.append("<section aria-labelledby=\"").append(s.anchor()).append("\">\n");
    }

    @Override
    void closeSection(Section s) {
        out.append("</section>\n");
    }

    @Override
    void heading(int level, String anchor, String text) {
        int h = Math.min(level, 6);
        out.append("<h").append(h);
        if (anchor != null) {
            out.append(" id=\"").append(anchor).append('"');
        }
        out.append('>').append(escape(text)).append("</h").append(h).append(">\n");
    }

    @Override
    void paragraph(String text) {
        out.append("<p>").append(escape(text)).append("</p>\n");
    }

    @Override
    void openList(Items items) {
        out.append("<ol class=\"").append(items.plural()).append('"');
        if (items.firstNumber() != 1) {
            out.append(" start=\"").append(items.firstNumber()).append('"');
        }
        out.append(">\n");
    }

    @Override
    void closeList(Items items) {
        out.append("</ol>\n");
    }

    @Override
    void quote(int number, String anchor, String words, List<Phrase> label, List<Place> variants) {
        out.append("<li id=\"").append(anchor).append("\">\n<figure>\n<blockquote><p>").append(escape(words))
                .append("</p></blockquote>\n<figcaption>");
        phrases(label, true);
        for (Place place : variants) {
            out.append(" Another wording: <a href=\"#").append(place.anchor()).append("\">")
                    .append(escape(variantWords(place))).append("</a>.");
        }
        out.append("</figcaption>\n</figure>\n</li>\n");
    }

    @Override
    void item(int number, List<Phrase> label, String detail) {
        out.append("<li><p>");
        phrases(label, false);
        out.append("</p>");
        if (detail != null && !detail.isBlank()) {
            out.append("<p>").append(escape(detail)).append("</p>");
        }
        out.append("</li>\n");
    }

    /** The phrases of a label; with {@code cite}, the first (who said it and where) in a cite. */
    private void phrases(List<Phrase> label, boolean cite) {
        for (int i = 0; i < label.size(); i++) {
            Phrase p = label.get(i);
            if (i == 0 && cite && p.mark() == Mark.PLAIN) {
                out.append("<cite>").append(escape(p.text().strip())).append("</cite> ");
            } else if (p.mark() == Mark.PLAIN) {
                out.append(escape(p.text()));
            } else {
                out.append("<strong class=\"").append(p.mark().name().toLowerCase(java.util.Locale.ROOT))
                        .append("\">").append(escape(p.text())).append("</strong>");
            }
        }
    }

    @Override
    void grid(Grid grid) {
        out.append("<div class=\"table\" role=\"region\" aria-labelledby=\"matrix-caption\" tabindex=\"0\">\n")
                .append("<table>\n<caption id=\"matrix-caption\">Quotes by beat (rows) and reading (columns)</caption>\n")
                .append("<thead>\n<tr><th scope=\"col\">Beat</th>");
        for (String column : grid.columns()) {
            out.append("<th scope=\"col\">").append(escape(column)).append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (int row = 0; row < grid.rows().size(); row++) {
            out.append("<tr><th scope=\"row\">").append(row + 1).append(". ").append(escape(grid.rows().get(row)))
                    .append("</th>");
            for (int column = 0; column < grid.columns().size(); column++) {
                Cell cell = grid.cells().get(row).get(column);
                String counts = Words.stanceCounts(cell.supports(), cell.complicates(), cell.challenges());
                out.append("<td>").append(counts.isEmpty() ? "none" : escape(counts)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n");
    }

    /** Text made safe for HTML: controls shown as symbols, then the five markup characters escaped. */
    static String escape(String text) {
        String s = Sanitizer.cleanLine(text);
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Relative units only, so the page reflows at 200% zoom; colours pass WCAG AA in both schemes and
     * a stance's colour only repeats its word.
     */
    private static final String STYLE = """
            :root { color-scheme: light dark; --text: #1b1b1b; --back: #ffffff; --muted: #4a4a4a; --link: #0b57d0;
              --rule: #c4c4c4; --quote: #f3f3f3; --supports: #1d6b2a; --complicates: #8a4b00; --challenges: #a3241d;
              --focus: #0b57d0; }
            @media (prefers-color-scheme: dark) {
              :root { --text: #ececec; --back: #161616; --muted: #bdbdbd; --link: #9ec1ff; --rule: #5a5a5a;
                --quote: #242424; --supports: #8fd19e; --complicates: #ffc069; --challenges: #ff9c94; --focus: #9ec1ff; }
            }
            html { font-size: 100%; }
            body { margin: 0 auto; padding: 1rem; max-width: 80rem; font-family: system-ui, sans-serif;
              line-height: 1.5; color: var(--text); background: var(--back); overflow-wrap: break-word; }
            p, li, h1, h2, h3, h4, figure { max-width: 46rem; }
            a { color: var(--link); }
            a:focus-visible, [tabindex]:focus-visible { outline: 0.2rem solid var(--focus); outline-offset: 0.15rem; }
            .skip { position: absolute; left: -100vw; top: 0; padding: 0.5rem 1rem; background: var(--back); }
            .skip:focus { left: 1rem; top: 1rem; z-index: 1; }
            h1 { font-size: 1.9rem; line-height: 1.2; }
            h2 { font-size: 1.5rem; margin-top: 2.5rem; border-bottom: 0.1rem solid var(--rule); }
            h3 { font-size: 1.2rem; margin-top: 2rem; }
            h4 { font-size: 1rem; margin-top: 1.5rem; }
            nav ol ol { font-size: 0.95rem; }
            nav a { display: inline-block; padding: 0.2rem 0; }
            ol.quotes { padding-left: 2rem; }
            ol.quotes > li { margin: 1rem 0; }
            figure { margin: 0; }
            blockquote { margin: 0; padding: 0.5rem 1rem; background: var(--quote); border-left: 0.3rem solid var(--rule); }
            blockquote p { margin: 0; }
            figcaption { margin-top: 0.4rem; color: var(--muted); }
            cite { font-style: normal; color: var(--text); }
            strong.supports { color: var(--supports); }
            strong.complicates { color: var(--complicates); }
            strong.challenges { color: var(--challenges); }
            strong.contested { font-style: italic; }
            .table { overflow-x: auto; }
            table { border-collapse: collapse; font-size: 0.9rem; }
            caption { background: var(--back); text-align: left; font-weight: bold; padding: 0.5rem 0; }
            th, td { border: 0.06rem solid var(--rule); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
            thead th { vertical-align: bottom; }
            footer { margin-top: 3rem; border-top: 0.1rem solid var(--rule); color: var(--muted); }
            @media print {
              :root { --text: #000; --back: #fff; --muted: #222; --link: #000; --quote: #fff; --rule: #777;
                --supports: #000; --complicates: #000; --challenges: #000; }
              body { max-width: none; font-size: 11pt; }
              nav, .skip { display: none; }
              h2, h3, h4 { break-after: avoid; }
              li, figure, tr { break-inside: avoid; }
              .table { overflow: visible; }
            }
            """;
}
