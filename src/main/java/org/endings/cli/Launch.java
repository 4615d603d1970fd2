package org.endings.cli;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.endings.core.Explorer;
import org.endings.text.TextMode;
import org.endings.text.TextOptions;

/**
 * Chooses the front end: the full-screen explorer at a terminal, the text mode otherwise. The
 * explorer's classes (and Lanterna's) are loaded only on the full-screen path.
 */
final class Launch {
    private Launch() {
    }

    static int explore(Explorer explorer, EndingsCommand options, Environment env) {
        boolean accessible = env.isSet("ENDINGS_ACCESSIBLE") || env.isSet("ACCESSIBLE");
        Boolean flag = options.textFlag();
        boolean noTerminal = !env.interactive() || env.dumbTerminal();
        // The flag wins over the environment; without a terminal to draw on there is only the text mode.
        boolean text = flag != null ? flag || noTerminal : accessible || noTerminal;
        String theme = options.theme();
        if (!theme.equals("default") && !theme.equals("high-contrast")) {
            throw new Failure(2, "No theme \"" + theme + "\": use default or high-contrast.");
        }
        if (text) {
            if (!Boolean.TRUE.equals(flag) && !accessible) {
                env.err().println(env.dumbTerminal()
                        ? "endings: TERM is dumb, so here is the text mode (--text chooses it; --help lists options)."
                        : "endings: not at a terminal, so here is the text mode (--text chooses it; --help lists options).");
            }
            if (options.wrap() < 0) {
                throw new Failure(2, "--wrap " + options.wrap() + ": give a number of columns, or 0 for no wrapping.");
            }
            TextOptions textOptions = new TextOptions(env.stdinTerminal(), Boolean.TRUE.equals(options.colorFlag()),
                    options.wrap());
            return TextMode.run(explorer, new InputStreamReader(env.in(), StandardCharsets.UTF_8), env.out(), textOptions);
        }
        boolean color = !Boolean.FALSE.equals(options.colorFlag()) && !env.isSet("NO_COLOR") && !env.dumbTerminal();
        if (Boolean.TRUE.equals(options.colorFlag())) {
            color = true;
        }
        return FullScreenLauncher.run(explorer, color, theme, !env.utf8(), options.debug());
    }
}
