package org.endings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TerminalWidthTest {
    @Test
    void theColumnsAreTheSecondNumberOfSttySize() {
        assertEquals(80, TerminalWidth.columnsOf("24 80\n"));
        assertEquals(132, TerminalWidth.columnsOf("  50   132 "));
    }

    @Test
    void anythingElseIsNoWidth() {
        assertEquals(0, TerminalWidth.columnsOf(""));
        assertEquals(0, TerminalWidth.columnsOf("stty: 'standard input': Inappropriate ioctl for device"));
        assertEquals(0, TerminalWidth.columnsOf("24 -3"));
        assertEquals(0, TerminalWidth.columnsOf("24 x"));
    }
}
