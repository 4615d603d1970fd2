package org.endings.model;

import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Writes {@code BundledModel.java}: the bundled model as the Java code that builds it, from the model
 * the loader read from data/anora.json and the file's own bytes (their length and CRC-32, which the
 * program checks before it takes the code's model instead of reading the file).
 */
final class BundledModelSource {
    /** Quotes built a method at a time: one method for all of them would pass the JVM's 64 KB a method. */
    private static final int QUOTES_A_METHOD = 16;

    private final StringBuilder out = new StringBuilder(64 * 1024);

    private BundledModelSource() {
    }

    static String of(Model model, byte[] json) {
        return new BundledModelSource().write(model, json);
    }

    private String write(Model m, byte[] json) {
        CRC32 crc = new CRC32();
        crc.update(json);
        line("// Made by BundledModelCodeTest from data/anora.json, which it checks this file against: do not edit.");
        line("// After a change to data/anora.json: mvn test -Dtest=BundledModelCodeTest -Dgolden.update=true");
        line("package org.endings.model;");
        line("");
        line("import java.util.ArrayList;");
        line("import java.util.LinkedHashMap;");
        line("import java.util.List;");
        line("import java.util.Map;");
        line("import java.util.zip.CRC32;");
        line("");
        line("/**");
        line(" * The bundled model as the code that builds it, already checked by the validator: the program starts");
        line(" * on it without reading data/anora.json (its JSON read by an interpreted parser was a third of the");
        line(" * text mode's start), when the bundled file is the very one this was made from (length and CRC-32).");
        line(" */");
        line("final class BundledModel {");
        line("    /** The length of the bundled file this was made from, in bytes. */");
        line("    static final int LENGTH = " + json.length + ";");
        line("    /** Its CRC-32. */");
        line("    static final long CRC = 0x" + Long.toHexString(crc.getValue()) + "L;");
        line("");
        line("    private BundledModel() {");
        line("    }");
        line("");
        line("    /** Whether {@code json} is the file this was made from. */");
        line("    static boolean isFrom(byte[] json) {");
        line("        if (json.length != LENGTH) {");
        line("            return false;");
        line("        }");
        line("        CRC32 crc = new CRC32();");
        line("        crc.update(json);");
        line("        return crc.getValue() == CRC;");
        line("    }");
        line("");
        line("    static Model model() {");
        line("        return new Model(" + str(m.format()) + ",");
        line("                new Work(" + str(m.work().title()) + ", " + m.work().year() + ", " + str(m.work().director()) + "),");
        line("                new Scene(" + str(m.scene().title()) + ", " + str(m.scene().where()) + ", " + str(m.scene().what()) + "),");
        line("                people(), sources(), beats(), readings(), quotes());");
        line("    }");
        line("");
        line("    private static List<Person> people() {");
        line("        List<Person> all = new ArrayList<>(" + m.people().size() + ");");
        for (Person p : m.people()) {
            line("        all.add(new Person(" + str(p.id()) + ", " + str(p.name()) + ", " + str(p.role()) + ", " + str(p.plays()) + "));");
        }
        line("        return all;");
        line("    }");
        line("");
        line("    private static List<Source> sources() {");
        line("        List<Source> all = new ArrayList<>(" + m.sources().size() + ");");
        for (Source s : m.sources()) {
            line("        all.add(new Source(" + str(s.id()) + ", SourceKind." + s.kind().name() + ", " + str(s.outlet()) + ", "
                    + str(s.title()) + ", " + str(s.date()) + ", " + str(s.reportedBy()) + ", " + str(s.url()) + "));");
        }
        line("        return all;");
        line("    }");
        line("");
        line("    private static List<Beat> beats() {");
        line("        List<Beat> all = new ArrayList<>(" + m.beats().size() + ");");
        for (Beat b : m.beats()) {
            line("        all.add(new Beat(" + str(b.id()) + ", " + str(b.title()) + ", " + str(b.summary()) + ", "
                    + strings(b.setting()) + ", " + str(b.time()) + "));");
        }
        line("        return all;");
        line("    }");
        line("");
        line("    private static List<Reading> readings() {");
        line("        List<Reading> all = new ArrayList<>(" + m.readings().size() + ");");
        for (int i = 0; i < m.readings().size(); i++) {
            Reading r = m.readings().get(i);
            line("        Map<String, String> glosses" + i + " = new LinkedHashMap<>();");
            for (Map.Entry<String, String> g : r.glosses().entrySet()) {
                line("        glosses" + i + ".put(" + str(g.getKey()) + ", " + str(g.getValue()) + ");");
            }
            line("        all.add(new Reading(" + str(r.id()) + ", " + str(r.title()) + ", " + str(r.thesis()) + ", glosses" + i + "));");
        }
        line("        return all;");
        line("    }");
        line("");
        List<Quote> quotes = m.quotes();
        int methods = (quotes.size() + QUOTES_A_METHOD - 1) / QUOTES_A_METHOD;
        line("    private static List<Quote> quotes() {");
        line("        List<Quote> all = new ArrayList<>(" + quotes.size() + ");");
        for (int i = 0; i < methods; i++) {
            line("        quotes" + i + "(all);");
        }
        line("        return all;");
        line("    }");
        for (int i = 0; i < methods; i++) {
            line("");
            line("    private static void quotes" + i + "(List<Quote> all) {");
            line("        Map<String, Stance> stances;");
            for (Quote q : quotes.subList(i * QUOTES_A_METHOD, Math.min(quotes.size(), (i + 1) * QUOTES_A_METHOD))) {
                line("        stances = new LinkedHashMap<>();");
                for (Map.Entry<String, Stance> s : q.stances().entrySet()) {
                    line("        stances.put(" + str(s.getKey()) + ", Stance." + s.getValue().name() + ");");
                }
                line("        all.add(new Quote(" + str(q.id()) + ",");
                line("                " + str(q.text()) + ",");
                line("                Voice." + q.voice().name() + ", " + str(q.speaker()) + ", " + str(q.source()) + ", "
                        + strings(q.beats()) + ", stances, " + str(q.variantOf()) + "));");
            }
            line("    }");
        }
        line("}");
        return out.toString();
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    private static String strings(List<String> list) {
        StringBuilder b = new StringBuilder("List.of(");
        for (int i = 0; i < list.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(str(list.get(i)));
        }
        return b.append(')').toString();
    }

    /** A Java string literal of {@code s}, in ASCII: control characters as octal escapes, the rest as backslash-u escapes. */
    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                b.append(c);
            } else if (c < 0x80) {
                // octal: a backslash-u escape of a line end or a quote would end the literal before javac reads it
                b.append(String.format("\\%03o", (int) c));
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.append('"').toString();
    }
}
