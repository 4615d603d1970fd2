package org.endings.tui;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;

/**
 * How each {@link Role} looks: default, high contrast, or monochrome (no colour at all, under
 * NO_COLOR, --no-color or TERM=dumb). Every theme shows selection by reverse video and nothing by
 * colour alone: stance, contest and focus are also in the words and markers.
 */
public final class Theme {
    /** A role's colours and attributes. */
    record Style(TextColor foreground, TextColor background, EnumSet<SGR> attributes) {
        Style {
            attributes = attributes.isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(attributes);
        }
    }

    private final String name;
    private final Map<Role, Style> styles;

    private Theme(String name, Map<Role, Style> styles) {
        this.name = name;
        this.styles = styles;
    }

    public String name() {
        return name;
    }

    Style style(Role role) {
        return styles.get(role);
    }

    /** The theme the options ask for. */
    public static Theme of(TuiOptions options) {
        if (!options.color()) {
            return monochrome();
        }
        return options.theme().equals(TuiOptions.HIGH_CONTRAST) ? highContrast() : standard();
    }

    /** Attributes only: bold, underline, reverse. */
    public static Theme monochrome() {
        Builder b = new Builder(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT);
        b.set(Role.HEADER, null, SGR.BOLD);
        b.set(Role.HEADING, null, SGR.BOLD);
        b.set(Role.MARKER, null, SGR.BOLD);
        b.set(Role.ERROR, null, SGR.BOLD);
        b.set(Role.KEY, null, SGR.BOLD);
        b.set(Role.CONTESTED, null, SGR.BOLD);
        b.set(Role.CURRENT, null, SGR.BOLD, SGR.UNDERLINE);
        b.set(Role.FOUND, null, SGR.UNDERLINE);
        return b.build("monochrome");
    }

    public static Theme standard() {
        Builder b = new Builder(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT);
        b.set(Role.HEADER, TextColor.ANSI.CYAN_BRIGHT, SGR.BOLD);
        b.set(Role.HEADING, TextColor.ANSI.CYAN, SGR.BOLD);
        b.set(Role.COUNT, TextColor.ANSI.CYAN);
        b.set(Role.RULE, TextColor.ANSI.BLUE);
        b.set(Role.MARKER, TextColor.ANSI.YELLOW, SGR.BOLD);
        b.set(Role.ERROR, TextColor.ANSI.RED, SGR.BOLD);
        b.set(Role.KEY, TextColor.ANSI.GREEN, SGR.BOLD);
        b.set(Role.SUPPORTS, TextColor.ANSI.GREEN);
        b.set(Role.COMPLICATES, TextColor.ANSI.YELLOW);
        b.set(Role.CHALLENGES, TextColor.ANSI.RED);
        b.set(Role.CONTESTED, TextColor.ANSI.MAGENTA, SGR.BOLD);
        b.set(Role.CURRENT, null, SGR.BOLD, SGR.UNDERLINE);
        b.set(Role.FOUND, TextColor.ANSI.YELLOW_BRIGHT, SGR.UNDERLINE);
        return b.build(TuiOptions.DEFAULT_THEME);
    }

    /** Bright text on black, bold headings, no dim or mid-tone colours. */
    public static Theme highContrast() {
        Builder b = new Builder(TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.BLACK);
        b.set(Role.HEADER, TextColor.ANSI.WHITE_BRIGHT, SGR.BOLD, SGR.UNDERLINE);
        b.set(Role.HEADING, TextColor.ANSI.YELLOW_BRIGHT, SGR.BOLD);
        b.set(Role.COUNT, TextColor.ANSI.CYAN_BRIGHT);
        b.set(Role.MARKER, TextColor.ANSI.YELLOW_BRIGHT, SGR.BOLD);
        b.set(Role.ERROR, TextColor.ANSI.RED_BRIGHT, SGR.BOLD);
        b.set(Role.KEY, TextColor.ANSI.YELLOW_BRIGHT, SGR.BOLD);
        b.set(Role.SUPPORTS, TextColor.ANSI.GREEN_BRIGHT, SGR.BOLD);
        b.set(Role.COMPLICATES, TextColor.ANSI.YELLOW_BRIGHT, SGR.BOLD);
        b.set(Role.CHALLENGES, TextColor.ANSI.RED_BRIGHT, SGR.BOLD);
        b.set(Role.CONTESTED, TextColor.ANSI.MAGENTA_BRIGHT, SGR.BOLD);
        b.set(Role.CURRENT, TextColor.ANSI.WHITE_BRIGHT, SGR.BOLD, SGR.UNDERLINE);
        b.set(Role.FOUND, TextColor.ANSI.YELLOW_BRIGHT, SGR.BOLD, SGR.UNDERLINE);
        return b.build(TuiOptions.HIGH_CONTRAST);
    }

    private static final class Builder {
        private final TextColor foreground;
        private final TextColor background;
        private final Map<Role, Style> styles = new EnumMap<>(Role.class);

        Builder(TextColor foreground, TextColor background) {
            this.foreground = foreground;
            this.background = background;
        }

        void set(Role role, TextColor color, SGR... attributes) {
            EnumSet<SGR> set = EnumSet.noneOf(SGR.class);
            for (SGR a : attributes) {
                set.add(a);
            }
            styles.put(role, new Style(color == null ? foreground : color, background, set));
        }

        Theme build(String name) {
            for (Role r : Role.values()) {
                styles.putIfAbsent(r, new Style(foreground, background, EnumSet.noneOf(SGR.class)));
            }
            return new Theme(name, styles);
        }
    }
}
