package org.endings.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The man page, made at build time (the pom runs {@link #main} at prepare-package): endings.1 in
 * troff, which {@code man ./target/endings.1} reads with no other tool, written here from the command
 * line's own model; and Picocli's AsciiDoc pages (picocli-codegen's ManPageGenerator) under
 * target/man/, for asciidoctor where it is installed. Lives with the tests: the program never needs it.
 */
public final class ManPage {
    private ManPage() {
    }

    /** {@code ManPage DIR}: writes DIR/endings.1 and DIR/man/*.adoc. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target");
        CommandLine root = EndingsCommand.commandLine(new Environment(InputStream.nullInputStream(), System.out,
                System.err, Map.of(), false));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("endings.1"), troff(root), StandardCharsets.UTF_8);
        File adoc = dir.resolve("man").toFile();
        ManPageGenerator.generateManPage(adoc, null, new boolean[0], true, root.getCommandSpec());
    }

    /** The whole program on one page: the root command, then each visible command in a section of its own. */
    static String troff(CommandLine root) {
        CommandSpec spec = root.getCommandSpec();
        StringBuilder man = new StringBuilder();
        String version = version(spec);
        man.append(".TH ENDINGS 1 \"\" ").append(quoted(version)).append(" \"User Commands\"\n");
        man.append(".nh\n.ad l\n");   // no hyphens inside option names, no stretched spaces in synopses
        man.append(".SH NAME\n").append("endings \\- explore how the ending of a film can be read\n");
        man.append(".SH SYNOPSIS\n");
        synopsis(man, spec);
        for (CommandLine sub : FishCompletion.visibleSubcommands(root)) {
            synopsis(man, sub.getCommandSpec());
        }
        man.append(".SH DESCRIPTION\n");
        paragraphs(man, spec.usageMessage().description());
        man.append(".SH OPTIONS\n");
        options(man, spec);
        man.append(".SH COMMANDS\n");
        for (CommandLine sub : FishCompletion.visibleSubcommands(root)) {
            command(man, sub);
        }
        List<String> rest = new ArrayList<>();
        for (String footer : spec.usageMessage().footer()) {
            if (footer.startsWith("Environment: ")) {
                man.append(".SH ENVIRONMENT\n");
                paragraphs(man, footer.substring("Environment: ".length()));
            } else if (footer.startsWith("Exit codes: ")) {
                man.append(".SH \"EXIT STATUS\"\n");
                paragraphs(man, footer.substring("Exit codes: ".length()));
            } else if (!footer.isBlank()) {
                rest.add(footer);
            }
        }
        if (!rest.isEmpty()) {
            man.append(".SH NOTES\n");
            paragraphs(man, rest.toArray(String[]::new));
        }
        man.append(".SH \"SEE ALSO\"\n")
                .append(text("docs/model-format.md (the model format), docs/notebook.md, docs/exports.md and "
                        + "docs/security.md in the program's source; endings COMMAND --help.")).append('\n');
        return man.toString();
    }

    private static void command(StringBuilder man, CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        man.append(".SS ").append(quoted(spec.qualifiedName())).append('\n');
        paragraphs(man, spec.usageMessage().description());
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) {
                man.append(".TP\n").append("\\fI").append(text(p.paramLabel())).append("\\fR\n");
                man.append(text(String.join(" ", p.description()))).append('\n');
            }
        }
        options(man, spec);
        for (CommandLine sub : FishCompletion.visibleSubcommands(command)) {
            command(man, sub);
        }
    }

    private static void synopsis(StringBuilder man, CommandSpec spec) {
        String line = new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF)).synopsis(0).replaceAll("\\s+", " ").strip();
        man.append(".PP\n").append(text(line)).append('\n');
    }

    private static void options(StringBuilder man, CommandSpec spec) {
        for (OptionSpec o : spec.options()) {
            if (o.hidden() || o.inherited()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String name : o.names()) {
                names.add("\\fB" + text(name) + "\\fR");
            }
            if (o.negatable()) {
                names.add("\\fB" + text(o.longestName().replaceFirst("^--", "--no-")) + "\\fR");
            }
            man.append(".TP\n").append(String.join(", ", names));
            if (o.arity().max() > 0) {
                man.append(" \\fI").append(text(o.paramLabel())).append("\\fR");
            }
            man.append('\n').append(text(String.join(" ", o.description()))).append('\n');
        }
    }

    private static void paragraphs(StringBuilder man, String... paragraphs) {
        boolean first = true;
        for (String p : paragraphs) {
            if (p.isBlank()) {
                continue;
            }
            if (!first) {
                man.append(".PP\n");
            }
            man.append(text(p)).append('\n');
            first = false;
        }
    }

    private static String version(CommandSpec spec) {
        try {
            String[] v = spec.versionProvider() == null ? spec.version() : spec.versionProvider().getVersion();
            return v.length == 0 ? "endings" : v[0];
        } catch (Exception e) {
            return "endings";
        }
    }

    private static String quoted(String text) {
        return "\"" + text(text).replace("\"", "\\(dq") + "\"";
    }

    /**
     * Text as troff reads it literally: a backslash escaped, a hyphen as a minus (so that options copy
     * and paste), every character beyond ASCII named by its code point, one line with no line starting
     * a request.
     */
    static String text(String plain) {
        StringBuilder out = new StringBuilder();
        String flat = plain.replaceAll("\\s+", " ").strip();
        for (int i = 0; i < flat.length(); ) {
            int c = flat.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\\') {
                out.append("\\e");
            } else if (c == '-') {
                out.append("\\-");
            } else if (c > 126) {
                out.append(String.format(java.util.Locale.ROOT, "\\[u%04X]", c));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.length() > 0 && (out.charAt(0) == '.' || out.charAt(0) == '\'') ? "\\&" + out : out.toString();
    }
}
