package org.endings.cli;

import org.endings.core.Navigator;
import org.endings.edge.Keeping;
import org.endings.tui.FullScreen;
import org.endings.tui.TuiOptions;

/** The one class of the CLI that names the full-screen explorer, so other paths never load Lanterna. */
final class FullScreenLauncher {
    private final TuiOptions options;
    private final FullScreen.Prepared prepared;

    private FullScreenLauncher(TuiOptions options) {
        this.options = options;
        this.prepared = FullScreen.prepare(options);
    }

    /** Starts taking the terminal, on a thread of its own. */
    static FullScreenLauncher start(boolean color, String theme, boolean ascii, boolean debug, boolean links) {
        return new FullScreenLauncher(new TuiOptions(color, theme, ascii, debug, links));
    }

    int run(Navigator explorer, Keeping keeping) {
        return FullScreen.run(explorer, options, prepared, keeping);
    }

    /** Gives the terminal back untouched: the explorer will not start (the model is broken). */
    void abandon() {
        prepared.abandon();
    }
}
