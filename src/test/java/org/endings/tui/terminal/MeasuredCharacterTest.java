package org.endings.tui.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;

import org.junit.jupiter.api.Test;

/** The screen's own cell: what it holds, what it equals, and the cell a cleared terminal shows. */
class MeasuredCharacterTest {
    private static final TextColor CYAN = TextColor.ANSI.CYAN;
    private static final TextColor DEFAULT = TextColor.ANSI.DEFAULT;

    @Test
    void aCellKeepsItsClusterColoursAttributesAndWidth() {
        MeasuredCharacter style = MeasuredCharacter.styled(CYAN, DEFAULT, EnumSet.of(SGR.BOLD, SGR.REVERSE));
        MeasuredCharacter wide = MeasuredCharacter.canonical(style, "👩‍👩‍👧", true);
        assertEquals("👩‍👩‍👧", wide.getCharacterString());
        assertEquals(CYAN, wide.getForegroundColor());
        assertEquals(DEFAULT, wide.getBackgroundColor());
        assertEquals(EnumSet.of(SGR.BOLD, SGR.REVERSE), wide.getModifiers());
        assertTrue(wide.isDoubleWidth());
        MeasuredCharacter space = wide.withCharacter(' ');
        assertEquals(" ", space.getCharacterString());
        assertFalse(space.isDoubleWidth(), "what is left of a wide character is one column");
        assertEquals(EnumSet.of(SGR.BOLD, SGR.REVERSE), space.getModifiers());
        wide.getModifiers().clear();
        assertEquals(EnumSet.of(SGR.BOLD, SGR.REVERSE), wide.getModifiers(), "the set handed out is a copy");
    }

    @Test
    void cellsAreEqualWhenEverythingShownIsTheSame() {
        MeasuredCharacter plain = MeasuredCharacter.styled(DEFAULT, DEFAULT, EnumSet.noneOf(SGR.class));
        MeasuredCharacter a = MeasuredCharacter.canonical(plain, "a", false);
        assertEquals(a, MeasuredCharacter.of("a", DEFAULT, DEFAULT));
        assertEquals(a.hashCode(), MeasuredCharacter.of("a", DEFAULT, DEFAULT).hashCode());
        assertNotEquals(a, MeasuredCharacter.of("a", DEFAULT, DEFAULT, SGR.BOLD));
        assertNotEquals(a, MeasuredCharacter.of("a", CYAN, DEFAULT));
        assertNotEquals(a, MeasuredCharacter.of("b", DEFAULT, DEFAULT));
        assertNotEquals(a, MeasuredCharacter.canonical(plain, "a", true));
        assertNotEquals(a, a.linkedTo("https://example.org/", 1));
        assertEquals(a.linkedTo("https://example.org/", 1), a.linkedTo("https://example.org/", 1));
        assertTrue(MeasuredCharacter.distinctCanonical(a, MeasuredCharacter.canonical(plain, "b", false)));
        assertFalse(MeasuredCharacter.distinctCanonical(a, a));
        assertFalse(MeasuredCharacter.distinctCanonical(a, MeasuredCharacter.of("a", DEFAULT, DEFAULT)));
    }

    @Test
    void whatAClearedTerminalShowsEqualsNoOtherCell() {
        MeasuredCharacter cleared = MeasuredCharacter.alone();
        MeasuredCharacter space = MeasuredCharacter.of(" ", DEFAULT, DEFAULT);
        assertEquals(cleared, cleared);
        assertNotEquals(cleared, space);
        assertNotEquals(space, cleared);
        assertNotEquals(cleared, MeasuredCharacter.alone());
    }

    @Test
    void aCellHoldsSomething() {
        assertThrows(IllegalArgumentException.class, () -> MeasuredCharacter.of("", DEFAULT, DEFAULT));
    }
}
