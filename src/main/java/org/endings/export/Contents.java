package org.endings.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.endings.core.Action;
import org.endings.core.Mark;
import org.endings.core.Navigator;
import org.endings.core.Notebook;
import org.endings.core.Page;
import org.endings.core.Page.Block;
import org.endings.core.Page.Heading;
import org.endings.core.Page.Item;
import org.endings.core.Page.Items;
import org.endings.core.State;
import org.endings.core.Subject;
import org.endings.core.View;
import org.endings.export.Handout.Part;
import org.endings.export.Handout.Section;

/**
 * Makes a {@link Handout} by walking the core's pages as a reader would, through
 * {@link Navigator#update}: every word, stance and count in an export is the one the explorer and
 * the text mode show. The whole model reads as a teacher would hand it out: the scene beat by beat,
 * each reading's walk through the beats with its glosses and quotes, the matrix, the sources.
 */
public final class Contents {
    /** The language of the core's words; a model does not say its own. */
    static final String LANG = "en";

    private final Navigator navigator;

    public Contents(Navigator navigator) {
        this.navigator = navigator;
    }

    /**
     * The reader's own reading, as the "Your reading" page says it (stances, credence and lean,
     * notes, what the model no longer has): a section to add to a handout with {@link Handout#with}.
     */
    public Section yourReading(Notebook notebook) {
        State mine = navigator.update(navigator.resume(notebook, true), new Action.Show(View.MINE)).state();
        List<Block> lead = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        String title = null;
        List<Block> blocks = new ArrayList<>();
        for (Block block : page(mine).blocks()) {
            if (block instanceof Heading heading) {
                if (title != null) {
                    parts.add(new Part("your-reading-" + (parts.size() + 1), title, blocks));
                }
                title = heading.text();
                blocks = new ArrayList<>();
            } else if (title == null) {
                lead.add(block);
            } else {
                blocks.add(block);
            }
        }
        if (title != null) {
            parts.add(new Part("your-reading-" + (parts.size() + 1), title, blocks));
        }
        return new Section("your-reading", "Your reading", lead, parts);
    }

    /** The handout of a selection, whose numbers the caller has checked against the model. */
    public Handout of(Selection selection) {
        Page first = page(navigator.start());
        int beats = first.place().beats();
        int readings = first.place().readings();
        List<Section> sections = new ArrayList<>();
        String title;
        if (selection.beat() > 0) {
            List<Integer> chosen = new ArrayList<>();
            for (int r = 1; r <= readings; r++) {
                if (selection.reading() == 0 || selection.reading() == r) {
                    chosen.add(r);
                }
            }
            Section beat = beatUnder(selection.beat(), chosen);
            sections.add(beat);
            title = first.work() + ". " + beat.title()
                    + (selection.reading() > 0 ? ". " + beat.parts().get(0).title() : "");
        } else if (selection.reading() > 0) {
            Section walk = walk(selection.reading());
            sections.add(walk);
            title = first.work() + ". " + walk.title();
        } else {
            List<Section> walks = new ArrayList<>();
            for (int r = 1; r <= readings; r++) {
                walks.add(walk(r));
            }
            sections.add(scene(beats, stanced(walks)));
            sections.addAll(walks);
            sections.add(matrix());
            title = first.work();
        }
        sections.add(sources());
        List<String> intro = List.of("Each quote says who said it, where it was printed, and whether it supports, "
                + "complicates or challenges the reading it is listed under; a quote that takes no stance says so.");
        return new Handout(LANG, title, intro, sections, "Made with Endings from its model of " + first.work() + ".");
    }

    private Page page(State s) {
        return navigator.presenter().page(s);
    }

    private State go(State s, Action... actions) {
        for (Action action : actions) {
            s = navigator.update(s, action).state();
        }
        return s;
    }

    // ---- the scene

    /**
     * The scene beat by beat: what happens, then the quotes about the beat that no reading's walk
     * lists; the remarks about the whole scene once, at the end.
     */
    private Section scene(int beats, Set<Integer> stanced) {
        List<Part> parts = new ArrayList<>();
        List<Item> wholeScene = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int b = 1; b <= beats; b++) {
            Page page = page(go(navigator.start(), new Action.GoToBeat(b)));
            String anchor = "scene-beat-" + b;
            List<Block> blocks = new ArrayList<>(firstGroup(page.blocks()));
            Items quotes = lastList(page.blocks());
            List<Item> unread = new ArrayList<>();
            for (Item item : quotes.items()) {
                Subject.OfQuote q = (Subject.OfQuote) item.subject();
                if (q.sceneRemark()) {
                    if (seen.add(q.quote())) {
                        wholeScene.add(item);
                    }
                } else if (!stanced.contains(q.quote())) {
                    unread.add(whoAndWhere(item));
                }
            }
            if (!unread.isEmpty()) {
                blocks.add(new Heading("Quotes about this beat that take no stance on any reading"));
                blocks.add(list(unread));
            }
            parts.add(new Part(anchor, page.position() + ": " + page.title(), blocks));
        }
        if (!wholeScene.isEmpty()) {
            parts.add(new Part("scene-whole", "About the whole scene", List.of(list(wholeScene))));
        }
        return new Section("scene", "The scene, beat by beat", List.of(), parts);
    }

    /** The quotes a walk lists with a stance on its reading. */
    private static Set<Integer> stanced(List<Section> walks) {
        Set<Integer> out = new HashSet<>();
        for (Section walk : walks) {
            for (Part part : walk.parts()) {
                for (Block block : part.blocks()) {
                    if (block instanceof Items items) {
                        for (Item item : items.items()) {
                            if (item.subject() instanceof Subject.OfQuote q && q.stance() != Mark.PLAIN) {
                                out.add(q.quote());
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    // ---- a reading's walk

    /** A reading through every beat: its thesis, then each beat's heading, gloss and quotes. */
    private Section walk(int reading) {
        Page page = page(go(navigator.start(), new Action.ChooseReading(reading), new Action.Show(View.WALK)));
        String anchor = "reading-" + reading;
        List<Block> lead = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        String heading = null;
        List<Block> blocks = new ArrayList<>();
        for (Block block : page.blocks()) {
            if (block instanceof Heading h) {
                if (heading != null) {
                    parts.add(new Part(anchor + "-beat-" + (parts.size() + 1), heading, blocks));
                }
                heading = h.text();
                blocks = new ArrayList<>();
            } else if (heading == null) {
                lead.add(block);
            } else {
                blocks.add(block);
            }
        }
        if (heading != null) {
            parts.add(new Part(anchor + "-beat-" + (parts.size() + 1), heading, blocks));
        }
        return new Section(anchor, page.position() + ": " + page.title(), lead, parts);
    }

    // ---- one beat under readings

    /**
     * A beat under each chosen reading: what happens, then for each reading its gloss, how the quotes
     * bear on it and those that do; then the quotes about the beat that bear on none of the chosen
     * readings, once.
     */
    private Section beatUnder(int beat, List<Integer> readings) {
        String anchor = "beat-" + beat;
        List<Part> parts = new ArrayList<>();
        Set<Integer> bearing = new HashSet<>();
        Page page = null;
        for (int r : readings) {
            page = page(go(navigator.start(), new Action.GoToBeat(beat), new Action.ChooseReading(r)));
            List<Block> group = group(page.blocks(), 1);
            List<Block> blocks = new ArrayList<>();
            Heading heading = (Heading) group.get(0);
            List<Item> bears = new ArrayList<>();
            for (Block block : group.subList(1, group.size())) {
                if (block instanceof Items items) {
                    for (Item item : items.items()) {
                        Subject.OfQuote q = (Subject.OfQuote) item.subject();
                        if (q.stance() != Mark.PLAIN) {
                            bears.add(item);
                            bearing.add(q.quote());
                        }
                    }
                    if (!bears.isEmpty()) {
                        blocks.add(list(bears));
                    }
                } else {
                    blocks.add(block);
                }
            }
            parts.add(new Part(anchor + "-reading-" + r, heading.text(), blocks));
        }
        List<Item> others = new ArrayList<>();
        for (Item item : lastList(page.blocks()).items()) {
            if (!bearing.contains(((Subject.OfQuote) item.subject()).quote())) {
                others.add(readings.size() == 1 ? item : whoAndWhere(item));
            }
        }
        if (!others.isEmpty()) {
            String which = readings.size() == 1 ? "this reading" : "any reading";
            parts.add(new Part(anchor + "-others", "Quotes about this beat that take no stance on " + which,
                    List.of(list(others))));
        }
        return new Section(anchor, page.position() + ": " + page.title(), firstGroup(page.blocks()), parts);
    }

    // ---- the matrix and the sources

    private Section matrix() {
        Page page = page(go(navigator.start(), new Action.Show(View.MATRIX)));
        return new Section("matrix", page.title(), page.blocks(), List.of());
    }

    private Section sources() {
        Page page = page(go(navigator.start(), new Action.Show(View.SOURCES)));
        return new Section("sources", page.title(), page.blocks(), List.of());
    }

    // ---- the parts of a page

    /** The blocks under a page's first heading, up to the next: what happens at a beat. */
    private static List<Block> firstGroup(List<Block> blocks) {
        List<Block> group = group(blocks, 0);
        return group.subList(1, group.size());
    }

    /** Heading {@code n} of a page (from 0) and the blocks under it, up to the next heading. */
    private static List<Block> group(List<Block> blocks, int n) {
        List<Block> out = new ArrayList<>();
        int heading = -1;
        for (Block block : blocks) {
            if (block instanceof Heading && ++heading > n) {
                break;
            }
            if (heading == n) {
                out.add(block);
            }
        }
        return out;
    }

    /** The page's last list: a beat page's quotes. */
    private static Items lastList(List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i) instanceof Items items) {
                return items;
            }
        }
        return list(List.of());
    }

    /**
     * A quote's item without its bearing on the reading it was listed under: for a list whose
     * heading says that it bears on none. A quote's label is who and where, then the bearing.
     */
    private static Item whoAndWhere(Item item) {
        return new Item(item.label().subList(0, 1), item.detail(), item.subject());
    }

    /** Quotes as a list of their own, numbered from 1. */
    private static Items list(List<Item> items) {
        return new Items("quote", "quotes", items, -1, false, false, 1);
    }
}
