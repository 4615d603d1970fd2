package org.endings.text;

import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the text mode on the bundled model from the test classpath, for trying it under a screen
 * reader before Main wires --text: {@code java -cp … org.endings.text.TryTextMode [wrap]}.
 */
public final class TryTextMode {
    private TryTextMode() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int wrap = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        int code = TextMode.run(Fixtures.bundled(), new InputStreamReader(System.in, StandardCharsets.UTF_8), out,
                new TextOptions(System.console() != null, false, wrap));
        System.exit(code);
    }
}
