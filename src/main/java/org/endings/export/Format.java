package org.endings.export;

import java.util.Locale;

/** The formats an export is written in, by the word a reader types. */
public enum Format {
    HTML("html", ".html"),
    MARKDOWN("markdown", ".md"),
    TEXT("text", ".txt"),
    JSON("json", ".json");

    private final String word;
    private final String extension;

    Format(String word, String extension) {
        this.word = word;
        this.extension = extension;
    }

    public String word() {
        return word;
    }

    /** The ending a file of this format is given, which {@link #ofFileName} reads back. */
    public String extension() {
        return extension;
    }

    /** The format named by {@code word} in any case ("md" for Markdown), or null. */
    public static Format fromWord(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        for (Format format : values()) {
            if (format.word.equals(w)) {
                return format;
            }
        }
        return w.equals("md") ? MARKDOWN : null;
    }

    /** The format a file's name suggests (.html, .htm, .md, .markdown, .txt, .json), or null. */
    public static Format ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        return switch (ext) {
            case "html", "htm" -> HTML;
            case "md", "markdown" -> MARKDOWN;
            case "txt" -> TEXT;
            case "json" -> JSON;
            default -> null;
        };
    }

    /** A handout in this format (not JSON, which is the model itself: {@link ModelJson}); {@code wrap} is for text. */
    public String write(Handout handout, int wrap) {
        return switch (this) {
            case HTML -> Html.of(handout);
            case MARKDOWN -> Markdown.of(handout);
            case TEXT -> PlainText.of(handout, wrap);
            case JSON -> throw new IllegalArgumentException("JSON is the model, written by ModelJson");
        };
    }
}
