package org.endings.export;

/**
 * What an export covers, as the reader numbers things (from 1; 0 for all): the whole model, one
 * reading's walk, one beat under every reading, or one beat under one reading.
 */
public record Selection(int reading, int beat) {
    public Selection {
        if (reading < 0 || beat < 0) {
            throw new IllegalArgumentException("reading " + reading + ", beat " + beat);
        }
    }

    /** Everything: the scene, every reading's walk, the matrix and the sources. */
    public static final Selection ALL = new Selection(0, 0);
}
