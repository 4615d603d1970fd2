package org.endings.tui;

import java.util.Objects;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * A key as the key map names it: a typed character (with or without Ctrl) or a special key. Shift
 * is part of the character ('G'), Alt matches nothing.
 */
public record Key(KeyType type, char character, boolean ctrl) {
    public Key {
        Objects.requireNonNull(type, "type");
        if (type != KeyType.Character && (character != 0 || ctrl)) {
            throw new IllegalArgumentException("only a character key has a character or Ctrl");
        }
    }

    // equals and hashCode by hand: a record's own are made through ObjectMethods' method handles at their
    // first call, which was ~10 ms of the first help page's answer (the key map compares keys there).
    @Override
    public boolean equals(Object o) {
        return o instanceof Key k && type == k.type && character == k.character && ctrl == k.ctrl;
    }

    @Override
    public int hashCode() {
        return (type.hashCode() * 31 + character) * 2 + (ctrl ? 1 : 0);
    }

    public static Key of(char c) {
        return new Key(KeyType.Character, c, false);
    }

    public static Key ctrl(char c) {
        return new Key(KeyType.Character, Character.toLowerCase(c), true);
    }

    public static Key of(KeyType type) {
        return new Key(type, (char) 0, false);
    }

    /** Whether a key stroke from the terminal is this key. */
    public boolean matches(KeyStroke stroke) {
        if (stroke == null || stroke.getKeyType() != type || stroke.isAltDown()) {
            return false;
        }
        if (type != KeyType.Character) {
            return !stroke.isCtrlDown();
        }
        Character c = stroke.getCharacter();
        if (c == null || stroke.isCtrlDown() != ctrl) {
            return false;
        }
        return ctrl ? Character.toLowerCase(c) == character : c == character;
    }

    /** An F-key, which needs a letter twin: screen readers and some terminals keep F-keys for themselves. */
    public boolean isFunctionKey() {
        return type.name().matches("F\\d+");
    }

    /** The key as help and the footer write it: "j", "G", "Space", "Ctrl-C", "PgDn", "F1". */
    public String label() {
        if (type == KeyType.Character) {
            if (ctrl) {
                return "Ctrl-" + Character.toUpperCase(character);
            }
            return character == ' ' ? "Space" : String.valueOf(character);
        }
        return switch (type) {
            case ArrowDown -> "Down";
            case ArrowUp -> "Up";
            case ArrowLeft -> "Left";
            case ArrowRight -> "Right";
            case PageDown -> "PgDn";
            case PageUp -> "PgUp";
            case Escape -> "Esc";
            case ReverseTab -> "Shift-Tab";
            default -> type.name();
        };
    }

    /**
     * The key as help and the footer write it, so that a screen reader says it: a sign that Fenrir,
     * at its stock punctuation level, passes over in silence is followed by its name,
     * "? (question mark)"; every other key as {@link #label}.
     */
    public String spoken() {
        return type == KeyType.Character && !ctrl ? spoken(character) : label();
    }

    /** A typed character as {@link #spoken()} writes it. */
    public static String spoken(char c) {
        String name = switch (c) {
            case '?' -> "question mark";
            case '#' -> "number sign";
            case '[' -> "left bracket";
            case ']' -> "right bracket";
            case ':' -> "colon";
            case '%' -> "percent";
            case '=' -> "equals";
            case '|' -> "bar";
            case '!' -> "exclamation mark";
            case ';' -> "semicolon";
            case '.' -> "full stop";
            case ',' -> "comma";
            case '\'' -> "apostrophe";
            case '"' -> "double quote";
            case '^' -> "caret";
            case '&' -> "ampersand";
            case '<' -> "less than";
            case '>' -> "greater than";
            case '(' -> "left parenthesis";
            case ')' -> "right parenthesis";
            case '{' -> "left brace";
            case '}' -> "right brace";
            case '_' -> "underscore";
            case '`' -> "backtick";
            default -> null;
        };
        String plain = c == ' ' ? "Space" : String.valueOf(c);
        return name == null ? plain : plain + " (" + name + ")";
    }

    @Override
    public String toString() {
        return label();
    }
}
