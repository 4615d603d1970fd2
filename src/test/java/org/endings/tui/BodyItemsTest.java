package org.endings.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Random;

import org.endings.core.Mark;
import org.endings.core.Match;
import org.endings.core.Page.Item;
import org.endings.core.Page.Items;
import org.endings.core.Phrase;
import org.endings.core.Subject;
import org.junit.jupiter.api.Test;

/**
 * An item's rows are kept from the frame before and taken again for an item equal to it: never for
 * one that differs in anything its rows show (a word, a mark, the detail, the number, the width, the
 * words a search found, whether it is a quote).
 */
class BodyItemsTest {
    private static final String WORDS = "I do see it more of it being about her and not really something that she’s giving";

    private static Items list(int firstNumber, Item... items) {
        return new Items("quote", "quotes", List.of(items), 0, true, false, firstNumber);
    }

    private static Subject quote(Mark stance) {
        return new Subject.OfQuote(3, 1, 0, 0, stance, false, false, List.of());
    }

    private static Subject match(int from, int to) {
        return new Subject.OfMatch(new Match(Match.Kind.QUOTE, 0, -1, 3, -1, "a quote", WORDS, from, to, null));
    }

    @Test
    void anItemEqualToOneDrawnBeforeTakesItsRowsAndOneThatDiffersNever() {
        Item supports = new Item(List.of(new Phrase("Supports", Mark.SUPPORTS), new Phrase(" Reclaimed power.", Mark.PLAIN),
                new Phrase(" Sean Baker, IndieWire", Mark.PLAIN)), WORDS, quote(Mark.SUPPORTS));
        // the same words in new objects, as the page made again for the next key has them
        Item again = new Item(List.of(new Phrase(new String("Supports"), Mark.SUPPORTS),
                new Phrase(new String(" Reclaimed power."), Mark.PLAIN), new Phrase(" Sean Baker, IndieWire", Mark.PLAIN)),
                new String(WORDS), quote(Mark.SUPPORTS));
        List<Line> first = Body.item(list(1, supports), 0, 0, 60);
        assertSame(first, Body.item(list(1, again), 0, 0, 60), "an equal item takes the rows kept");

        List<Item> variants = List.of(
                supports,
                new Item(List.of(new Phrase("Supports", Mark.CHALLENGES), new Phrase(" Reclaimed power.", Mark.PLAIN),
                        new Phrase(" Sean Baker, IndieWire", Mark.PLAIN)), WORDS, quote(Mark.SUPPORTS)),
                new Item(List.of(new Phrase("Supports", Mark.SUPPORTS), new Phrase(" Reclaimed power!", Mark.PLAIN),
                        new Phrase(" Sean Baker, IndieWire", Mark.PLAIN)), WORDS, quote(Mark.SUPPORTS)),
                new Item(List.of(new Phrase("Supports", Mark.SUPPORTS), new Phrase(" Reclaimed power.", Mark.PLAIN),
                        new Phrase(" Sean Baker, IndieWire", Mark.PLAIN)), WORDS + " more", quote(Mark.SUPPORTS)),
                new Item(List.of(new Phrase("Supports", Mark.SUPPORTS), new Phrase(" Reclaimed power.", Mark.PLAIN),
                        new Phrase(" Sean Baker, IndieWire", Mark.PLAIN)), null, quote(Mark.SUPPORTS)),
                new Item(List.of(new Phrase("Supports", Mark.SUPPORTS), new Phrase(" Reclaimed power.", Mark.PLAIN),
                        new Phrase(" Sean Baker, IndieWire", Mark.PLAIN)), WORDS, new Subject.OfSource(0)),
                new Item(List.of(new Phrase("Supports", Mark.SUPPORTS)), WORDS, match(5, 9)),
                new Item(List.of(new Phrase("Supports", Mark.SUPPORTS)), WORDS, match(5, 12)),
                new Item(List.of(new Phrase("Supports", Mark.SUPPORTS)), WORDS, quote(Mark.SUPPORTS)));
        // Every variant at every place and width, in a random order, over and over: the rows given are
        // always those made afresh.
        Random random = new Random(18);
        for (int round = 0; round < 2000; round++) {
            Item item = variants.get(random.nextInt(variants.size()));
            int firstNumber = 1 + random.nextInt(3) * 4;   // 1, 5, 9: the number's width changes at 10
            int k = random.nextInt(2);
            int width = 40 + random.nextInt(3) * 20;
            int col = random.nextInt(2) * 3;
            Items items = list(firstNumber, item, item);
            int last = firstNumber + 1;
            List<Line> fresh = Body.layOutItem(items, k, col, width, String.valueOf(last).length());
            assertEquals(fresh, Body.item(items, k, col, width), "round " + round);
        }
        // and each variant is drawn differently from every other: none of them is a difference the rows do not show
        for (int i = 0; i < variants.size(); i++) {
            for (int j = i + 1; j < variants.size(); j++) {
                assertNotEquals(Body.layOutItem(list(1, variants.get(i)), 0, 0, 60, 1),
                        Body.layOutItem(list(1, variants.get(j)), 0, 0, 60, 1), "variants " + i + " and " + j);
            }
        }
    }
}
