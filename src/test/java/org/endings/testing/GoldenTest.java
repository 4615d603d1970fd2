package org.endings.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GoldenTest {
    @Test
    void aChangedLineShowsTheExpectedThenTheActualWithTwoLinesAround() {
        String expected = "1\n2\n3\n4\n5\n6\n7\n";
        String actual = "1\n2\n3\n4!\n5\n6\n7\n";
        assertEquals("  2\n  3\n- 4\n+ 4!\n  5\n  6\n", Golden.diff(expected, actual));
    }

    @Test
    void changesFarApartAreShownApartWithAnEllipsisBetween() {
        String expected = "a\nb\nc\nd\ne\nf\ng\nh\n";
        String actual = "A\nb\nc\nd\ne\nf\ng\nH\n";
        assertEquals("- a\n+ A\n  b\n  c\n…\n  f\n  g\n- h\n+ H\n  \n", Golden.diff(expected, actual));
    }
}
