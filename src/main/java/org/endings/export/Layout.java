package org.endings.export;

import java.util.ArrayList;
import java.util.List;

import org.endings.core.Page.Block;
import org.endings.core.Page.Grid;
import org.endings.core.Page.Heading;
import org.endings.core.Page.Item;
import org.endings.core.Page.Items;
import org.endings.core.Page.Split;
import org.endings.core.Page.Text;
import org.endings.core.Phrase;
import org.endings.core.Subject;
import org.endings.export.Handout.Part;
import org.endings.export.Handout.Place;
import org.endings.export.Handout.Section;

/**
 * The one walk through a handout that every format shares: the title, each section under a level-2
 * heading, its parts under level 3, a heading within a part at level 4; a format says how each
 * piece looks. Headings therefore nest the same way in HTML, Markdown and text.
 */
abstract class Layout {
    protected final StringBuilder out = new StringBuilder(64 * 1024);
    private Handout handout;
    private Section section;
    private Part part;

    /** The handout in this format. */
    final String write(Handout h) {
        handout = h;
        begin(h);
        for (Section s : h.sections()) {
            section = s;
            part = null;
            openSection(s);
            heading(2, s.anchor(), s.title());
            blocks(s.anchor(), s.lead(), 3);
            for (Part p : s.parts()) {
                part = p;
                heading(3, p.anchor(), p.title());
                blocks(p.anchor(), p.blocks(), 4);
            }
            closeSection(s);
        }
        end(h);
        return out.toString();
    }

    private void blocks(String anchor, List<Block> blocks, int level) {
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                heading(level, null, h.text());
            } else if (block instanceof Text t) {
                paragraph(t.text());
            } else if (block instanceof Items items) {
                items(anchor, items);
            } else if (block instanceof Grid grid) {
                grid(grid);
            } else if (block instanceof Split split) {
                heading(level, null, split.leftTitle());
                blocks(anchor + "-left", split.left(), level + 1);
                heading(level, null, split.rightTitle());
                blocks(anchor + "-right", split.right(), level + 1);
            }
        }
    }

    private void items(String anchor, Items items) {
        if (items.index()) {
            return;
        }
        openList(items);
        for (int i = 0; i < items.items().size(); i++) {
            Item item = items.items().get(i);
            int number = items.firstNumber() + i;
            if (item.subject() instanceof Subject.OfQuote q) {
                List<Place> variants = new ArrayList<>();
                for (int v : q.variants()) {
                    Place place = handout.find(v, section, part);
                    if (place != null) {
                        variants.add(place);
                    }
                }
                quote(number, Handout.itemAnchor(anchor, items, i), item.detail(), item.label(), variants);
            } else {
                item(number, item.label(), item.detail());
            }
        }
        closeList(items);
    }

    /** The handout's title and introduction, and whatever a format puts first. */
    abstract void begin(Handout h);

    /** What a format puts last. */
    abstract void end(Handout h);

    void openSection(Section s) {
    }

    void closeSection(Section s) {
    }

    /** A heading of a level from 2 to 5; {@code anchor} null when nothing links to it. */
    abstract void heading(int level, String anchor, String text);

    abstract void paragraph(String text);

    void openList(Items items) {
    }

    void closeList(Items items) {
    }

    /**
     * A quote: its number in the list, its anchor, its words as the core gives them ("“…”",
     * "Paraphrase: …"), its label (who and where, then its bearing, each phrase with its mark), and
     * where its other wordings stand.
     */
    abstract void quote(int number, String anchor, String words, List<Phrase> label, List<Place> variants);

    /** Any other list item: a source and who speaks in it. */
    abstract void item(int number, List<Phrase> label, String detail);

    /** The matrix. */
    abstract void grid(Grid grid);

    /** "Another wording: quote 5." or "…: quote 5 under Reading 2 of 9: Consent.". */
    static String variantWords(Place place) {
        return "quote " + place.number() + (place.sameSection() ? "" : " under " + place.sectionTitle());
    }
}
