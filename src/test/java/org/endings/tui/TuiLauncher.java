package org.endings.tui;

import java.nio.file.Path;

import org.endings.core.Navigator;
import org.endings.core.Queries;
import org.endings.model.Model;
import org.endings.model.ModelLoader;

/**
 * Starts the full-screen explorer straight from the test classes, for the tmux end-to-end test and
 * for looking at the screens while Main's wiring is elsewhere:
 * {@code TuiLauncher [--model FILE | --hostile | --generated N] [--no-color] [--ascii] [--theme T]}.
 */
public final class TuiLauncher {
    private TuiLauncher() {}

    public static void main(String[] args) throws Exception {
        Model model = null;
        boolean color = System.getenv("NO_COLOR") == null || System.getenv("NO_COLOR").isEmpty();
        boolean ascii = false;
        String theme = TuiOptions.DEFAULT_THEME;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--model" -> model = ModelLoader.load(Path.of(args[++i])).model();
                case "--hostile" -> model = TuiModels.hostile();
                case "--generated" -> model = TuiModels.generated(Integer.parseInt(args[++i]));
                case "--no-color" -> color = false;
                case "--ascii" -> ascii = true;
                case "--theme" -> theme = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (model == null) {
            model = ModelLoader.loadBundled().model();
        }
        int code = FullScreen.run(new Navigator(new Queries(model)), new TuiOptions(color, theme, ascii));
        System.exit(code);
    }
}
