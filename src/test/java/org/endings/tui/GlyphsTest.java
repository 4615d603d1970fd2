package org.endings.tui;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** A character alone gets the very cell its one-character cluster gets, whichever was asked for first. */
class GlyphsTest {
    @Test
    void aCharacterAloneIsTheCellOfItsCluster() {
        Glyphs glyphs = new Glyphs(Theme.standard(), false);
        Random random = new Random(18);
        for (int round = 0; round < 20_000; round++) {
            // few enough characters that slots are shared and taken over, many times
            char c = (char) (0xA0 + random.nextInt(300));
            int width = 1 + random.nextInt(2);
            int style = Glyphs.styleId(Role.values()[random.nextInt(Role.values().length)], random.nextBoolean());
            if (random.nextBoolean()) {
                assertSame(glyphs.cluster(String.valueOf(c), width, style), glyphs.bmp(c, width, style), "round " + round);
            } else {
                assertSame(glyphs.bmp(c, width, style), glyphs.cluster(String.valueOf(c), width, style), "round " + round);
            }
        }
    }
}
