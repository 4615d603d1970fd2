package org.endings.terminal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The Unicode Consortium's test files under src/test/resources/unicode/ (see its README.txt). */
public final class UnicodeData {
    private UnicodeData() {}

    /** An emoji of emoji-test.txt, and its line's comment ("👨‍👩‍👧 E2.0 family: man, woman, girl"). */
    public record Emoji(String text, String name) {}

    public static List<String> lines(String file) {
        try (InputStream in = UnicodeData.class.getResourceAsStream("/unicode/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every fully-qualified emoji of emoji-test.txt whose code points Java knows (Unicode 13 in Java 17). */
    public static List<Emoji> fullyQualifiedEmoji() {
        List<Emoji> out = new ArrayList<>();
        for (String line : lines("emoji-test.txt")) {
            // "1F468 200D 1F469 200D 1F467 ; fully-qualified # 👨‍👩‍👧 E2.0 family: man, woman, girl"
            int semi = line.indexOf(';');
            if (line.startsWith("#") || semi < 0 || !line.contains("; fully-qualified")) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (String hex : line.substring(0, semi).trim().split("\\s+")) {
                text.appendCodePoint(Integer.parseInt(hex, 16));
            }
            if (text.codePoints().allMatch(Character::isDefined)) {
                out.add(new Emoji(text.toString(), line.substring(line.indexOf('#') + 1).trim()));
            }
        }
        return out;
    }
}
