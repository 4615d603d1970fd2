package org.endings.tui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;

import org.endings.core.Explorer;
import org.endings.core.Queries;

/**
 * How long a key takes to become a frame at 120×50 on a generated model of 2,000 beats, encoded
 * to ANSI bytes as for a real terminal: {@code TuiSpeed [beats]}. Prints the median and the 99th
 * percentile per screen; a measurement, not a test.
 */
public final class TuiSpeed {
    private TuiSpeed() {}

    public static void main(String[] args) throws IOException {
        int beats = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Explorer explorer = new Explorer(new Queries(TuiModels.generated(beats)));
        OutputStream nowhere = OutputStream.nullOutputStream();
        BytesTerminal terminal = new BytesTerminal(new TerminalOutput(nowhere), StandardCharsets.UTF_8,
                new TerminalSize(120, 50));
        Display screen = new Display(terminal);
        screen.start();
        String[][] tours = {
            {"beat list, j/k", "", "jk"},
            {"quote list, j/k", "<Tab>", "jk"},
            {"beat, l/h with quotes", "<Tab>", "lh"},
            {"walk, j/k", "w", "jk"},
            {"walk, l/h", "w", "lh"},
            {"matrix, j/l", "m", "jlkh"},
            {"compare, j", "c", "jk"},
            {"search results, j/k", "/beat<Enter>", "jk"},
            {"help, space/b", "?", " b"},
        };
        for (String[] tour : tours) {
            ExplorerApp app = new ExplorerApp(explorer, screen, TuiOptions.DEFAULT);
            app.draw(true);
            VirtualScreen.press(app, tour[1]);
            VirtualScreen.press(app, ":1000<Enter>");
            int n = 2000;
            long[] times = new long[n];
            for (int i = 0; i < n; i++) {
                char c = tour[2].charAt(i % tour[2].length());
                long t0 = System.nanoTime();
                app.step(new KeyStroke(c, false, false));
                times[i] = System.nanoTime() - t0;
            }
            long[] warm = Arrays.copyOfRange(times, n / 2, n);
            Arrays.sort(warm);
            System.out.printf("%-24s median %.2f ms  p99 %.2f ms%n", tour[0], warm[warm.length / 2] / 1e6,
                    warm[warm.length * 99 / 100] / 1e6);
        }
    }

}
