package org.endings.cli;

import org.endings.core.Explorer;
import org.endings.tui.FullScreen;
import org.endings.tui.TuiOptions;

/** The one class of the CLI that names the full-screen explorer, so other paths never load Lanterna. */
final class FullScreenLauncher {
    private FullScreenLauncher() {
    }

    static int run(Explorer explorer, boolean color, String theme, boolean ascii, boolean debug) {
        return FullScreen.run(explorer, new TuiOptions(color, theme, ascii, debug));
    }
}
