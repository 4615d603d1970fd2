package org.endings.cli;

import org.endings.core.Explorer;
import org.endings.core.Page;
import org.endings.terminal.Sanitizer;

/** Chooses the front end: the full-screen explorer at a terminal, the text mode otherwise. */
final class Launch {
    private Launch() {
    }

    static int explore(Explorer explorer, EndingsCommand options, Environment env) {
        boolean accessible = env.isSet("ENDINGS_ACCESSIBLE") || env.isSet("ACCESSIBLE");
        Boolean flag = options.textFlag();
        boolean noTerminal = !env.interactive() || env.dumbTerminal();
        boolean text = flag != null ? flag || noTerminal : accessible || noTerminal;
        if (text && flag == null && !accessible) {
            env.err().println(env.dumbTerminal()
                    ? "endings: TERM is dumb, so here is the text mode (--text chooses it; --help lists options)."
                    : "endings: not at a terminal, so here is the text mode (--text chooses it; --help lists options).");
        } else if (text && Boolean.FALSE.equals(flag)) {
            env.err().println("endings: no terminal to draw on, so here is the text mode.");
        }
        Page page = explorer.presenter().page(explorer.start());
        env.out().println(Sanitizer.clean(page.title() + ". " + page.position() + ". " + page.lens() + "."));
        return 0;
    }
}
