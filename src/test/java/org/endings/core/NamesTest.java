package org.endings.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A reading (a beat, a person, a source) is found by number, id, the start of its title, or the start of a word in it. */
class NamesTest {
    private final Names names = new Names(new Queries(org.endings.model.ModelLoader.loadBundled().model()));

    private int number(String text) {
        Names.Found found = names.find(Names.Kind.READING, text);
        assertEquals(null, found.problem(), text);
        return found.number();
    }

    @Test
    void byNumberIdTitleAndTheStartOfEither() {
        assertEquals(2, number("2"));
        assertEquals(12, number("12")); // the core says there is no reading 12
        assertEquals(2, number("consent"));
        assertEquals(2, number("CONS"));
        assertEquals(4, number("despair"));
        assertEquals(4, number("a devastating place"));
        assertEquals(5, number("conn"));
    }

    @Test
    void byTheStartOfAWordInTheTitle() {
        assertEquals(6, number("transaction"));
        assertEquals(8, number("fine"));
    }

    @Test
    void anAmbiguousNameListsWhatItCouldBe() {
        assertEquals("“co” could be reading 2, Consent or reading 5, Connection without words: "
                + "type more of the name, or its number.", names.find(Names.Kind.READING, "co").problem());
    }

    @Test
    void anUnknownNameSaysWhatWouldWork() {
        assertEquals("No reading “joy”: the readings are 1 Reclaimed power, 2 Consent, 3 Hope, 4 A devastating place, "
                + "5 Connection without words, 6 Gratitude or transaction, 7 An existential breakdown, 8 Ani will be fine "
                + "and 9 Left to the audience; give a number or the start of a name.",
                names.find(Names.Kind.READING, "joy").problem());
        assertEquals("No beat “finale”: there are 4 beats; give a number from 1 to 4 or the start of a title.",
                names.find(Names.Kind.BEAT, "finale").problem());
        assertEquals("No source “zz”: the sources are 1 What Happens at the End of Anora?, 2 Sean Baker Reflects on "
                + "Crafting the Profound Ending of ‘Anora’ — A Timeless Cinematic Closure, 3 Sean Baker interviewed by "
                + "IndieWire, 4 IndieWire conversation with Sean Baker, Samantha Quan and Alex Coco and 5 Sean Baker on "
                + "Script Apart with Al Horner; give a number or the start of a title.", names.find(Names.Kind.SOURCE, "zz").problem());
    }
}
