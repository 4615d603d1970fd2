package org.endings.cli;

import org.endings.core.Navigator;
import org.endings.edge.Keeping;
import org.endings.tui.FullScreen;
import org.endings.tui.TuiOptions;

/** The one class of the CLI that names the full-screen explorer, so other paths never load Lanterna. */
final class FullScreenLauncher {
    private final TuiOptions options;
    private final FullScreen.Prepared prepared;

    private FullScreenLauncher(TuiOptions options, boolean later) {
        this.options = options;
        this.prepared = later ? FullScreen.prepareLater(options) : FullScreen.prepare(options);
    }

    /** Starts taking the terminal, on a thread of its own. */
    static FullScreenLauncher start(boolean color, String theme, boolean ascii, boolean debug, boolean links) {
        return new FullScreenLauncher(new TuiOptions(color, theme, ascii, debug, links), false);
    }

    /**
     * Starts making ready, on a thread of its own, what the explorer needs that does not touch the
     * terminal; the terminal is taken at {@link #take()}.
     */
    static FullScreenLauncher startLater(boolean color, String theme, boolean ascii, boolean debug, boolean links) {
        return new FullScreenLauncher(new TuiOptions(color, theme, ascii, debug, links), true);
    }

    /** Takes the terminal now, for a launcher started with {@link #startLater}: the model is valid. */
    void take() {
        prepared.take();
    }

    int run(Navigator explorer, Keeping keeping) {
        return FullScreen.run(explorer, options, prepared, keeping);
    }

    /** Gives the terminal back untouched: the explorer will not start (the model is broken). */
    void abandon() {
        prepared.abandon();
    }
}
