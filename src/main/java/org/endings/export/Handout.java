package org.endings.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.endings.core.Page.Block;
import org.endings.core.Page.Item;
import org.endings.core.Page.Items;
import org.endings.core.Subject;

/**
 * What an export holds, in the core's order and the core's words: a title, a few lines saying how
 * to read it, then sections (the scene, a reading's walk, the matrix, the sources), each a lead and
 * parts (a beat, or a reading at a beat), whose blocks are the core's page blocks. {@link Contents}
 * makes it by walking the core's pages; each format only lays it out. Anchors are unique in a
 * handout, so HTML ids and Markdown links can point at a section, a part or a quote in a part.
 */
public record Handout(String lang, String title, List<String> intro, List<Section> sections, String colophon) {
    public Handout {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(title, "title");
        intro = List.copyOf(intro);
        sections = List.copyOf(sections);
    }

    /** A part of the handout under its own heading, with the anchor a link reaches it by. */
    public record Section(String anchor, String title, List<Block> lead, List<Part> parts) {
        public Section {
            lead = List.copyOf(lead);
            parts = List.copyOf(parts);
        }
    }

    /** A part of a section under its own heading: a beat of the scene or of a walk, a reading at a beat. */
    public record Part(String anchor, String title, List<Block> blocks) {
        public Part {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * This handout with one more section at the end. The seam for what is not the model's: the
     * reader's notes (issue 16's --notes), once the notebook lands, come in as a section here.
     */
    public Handout with(Section section) {
        List<Section> all = new ArrayList<>(sections);
        all.add(section);
        return new Handout(lang, title, intro, all, colophon);
    }

    /** The anchor of item {@code index} of a list under {@code anchor}: "reading-2-beat-3-quote-5". */
    static String itemAnchor(String anchor, Items items, int index) {
        return anchor + "-" + items.singular() + "-" + (items.firstNumber() + index);
    }

    /** Where another wording of a quote stands: the anchor, its number in its list, the section's title. */
    public record Place(String anchor, int number, String sectionTitle, boolean sameSection) {}

    /**
     * Where the other wording {@code variant} (a model index from the quote's {@link Subject.OfQuote})
     * is listed: in the same part of the section if it is there, else in the same section, else in
     * the first section that lists it; null when the handout does not list it.
     */
    public Place find(int variant, Section from, Part part) {
        Place here = part == null ? null : findIn(variant, part.anchor(), part.blocks(), from, true);
        if (here == null) {
            here = findIn(variant, from, true);
        }
        if (here != null) {
            return here;
        }
        for (Section section : sections) {
            Place there = section == from ? null : findIn(variant, section, false);
            if (there != null) {
                return there;
            }
        }
        return null;
    }

    private static Place findIn(int variant, Section section, boolean same) {
        Place found = findIn(variant, section.anchor(), section.lead(), section, same);
        for (int i = 0; found == null && i < section.parts().size(); i++) {
            Part part = section.parts().get(i);
            found = findIn(variant, part.anchor(), part.blocks(), section, same);
        }
        return found;
    }

    private static Place findIn(int variant, String anchor, List<Block> blocks, Section section, boolean same) {
        for (Block block : blocks) {
            if (block instanceof Items items) {
                for (int i = 0; i < items.items().size(); i++) {
                    Item item = items.items().get(i);
                    if (item.subject() instanceof Subject.OfQuote q && q.quote() == variant) {
                        return new Place(itemAnchor(anchor, items, i), items.firstNumber() + i, section.title(), same);
                    }
                }
            }
        }
        return null;
    }
}
