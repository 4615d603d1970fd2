package org.endings.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A model file as bytes, then as text: a regular file no bigger than {@link ModelLoader#MAX_BYTES}, not empty,
 * UTF-8 without a byte-order mark. Each refusal is one {@link ModelException} in the reader's words; a
 * problem with the file as a whole (missing, a directory, unreadable, too big) is placed at 1:1, its start,
 * so that every message has the {@code file:line:col:} a tool can parse.
 */
final class ModelBytes {
    private ModelBytes() {
    }

    /**
     * The size of the file at {@code file} when it is a regular file of at least {@code smallest} bytes
     * and at most {@link ModelLoader#MAX_BYTES}, which may be read as it is parsed; else -1, and
     * {@link #read} reads it (or says why it cannot).
     */
    static long streamable(Path file, long smallest) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            long size = attributes.size();
            return attributes.isRegularFile() && size >= smallest && size <= ModelLoader.MAX_BYTES ? size : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The bytes of the file at {@code file}; its name in messages is {@code file} as given. */
    static byte[] read(Path file) throws ModelException {
        String name = file.toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            Path undecodable = undecodableName(file);
            if (undecodable != null) {
                return read(undecodable, name);
            }
            throw new ModelException(name, 1, 1, "", Files.isSymbolicLink(file)
                    ? "is a link to a file that does not exist" : "no such file");
        } catch (IOException e) {
            throw new ModelException(name, 1, 1, "", "cannot read the file: " + reason(e));
        }
        return read(file, name, attributes);
    }

    private static byte[] read(Path file, String name) throws ModelException {
        try {
            return read(file, name, Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            throw new ModelException(name, 1, 1, "", "cannot read the file: " + reason(e));
        }
    }

    private static byte[] read(Path file, String name, BasicFileAttributes attributes) throws ModelException {
        if (attributes.isDirectory()) {
            throw new ModelException(name, 1, 1, "", "is a directory: expected a model file");
        }
        if (!attributes.isRegularFile()) {
            throw new ModelException(name, 1, 1, "", "is not a regular file: expected a model file");
        }
        if (attributes.size() > ModelLoader.MAX_BYTES) {
            throw new ModelException(name, 1, 1, "", tooBig(attributes.size()));
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ModelException(name, 1, 1, "", "cannot read the file: " + reason(e));
        }
    }

    /**
     * The file a name that is not valid UTF-8 stands for. Java decodes such a command-line argument with
     * U+FFFD for each bad byte, and no file has that name; but a directory's entries keep their own bytes,
     * and the one entry whose name decodes to the same text is the file the reader gave. Null when none
     * or several do.
     */
    private static Path undecodableName(Path file) {
        Path leaf = file.getFileName();
        if (leaf == null || file.toString().indexOf('\uFFFD') < 0) {
            return null;
        }
        Path parent = file.getParent();
        if (parent != null && parent.toString().indexOf('\uFFFD') >= 0) {
            parent = undecodableName(parent);
            if (parent == null) {
                return null;
            }
        }
        Path found = null;
        try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(parent == null ? Path.of(".") : parent)) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().equals(leaf.toString())) {
                    if (found != null) {
                        return null;
                    }
                    found = parent == null ? entry.getFileName() : entry;
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return found;
    }

    /**
     * The text of {@code json}, calling it {@code name} in messages; the returned buffer's array holds the
     * characters and its position is their count.
     */
    static CharBuffer text(String name, byte[] json) throws ModelException {
        if (json.length == 0) {
            throw new ModelException(name, 1, 1, "", "the file is empty: expected a JSON object");
        }
        if (json.length > ModelLoader.MAX_BYTES) {
            // The caller read one byte past the limit and stopped (a pipe's size is not known): say only that.
            throw new ModelException(name, 1, 1, "",
                    "the file is too big: more than the limit of 8 MiB (" + ModelLoader.MAX_BYTES + " bytes)");
        }
        if (json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB && (json[2] & 0xFF) == 0xBF) {
            throw new ModelException(name, 1, 1, "",
                    "the file starts with a byte-order mark (BOM): save the file as UTF-8 without BOM");
        }
        return decode(name, json);
    }

    private static String tooBig(long size) {
        return "the file is too big: " + size + " bytes, more than the limit of 8 MiB (" + ModelLoader.MAX_BYTES
                + " bytes)";
    }

    /** Why a file could not be read, in the system's words: "too many levels of symbolic links". */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String why = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (why == null || why.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return Character.toLowerCase(why.charAt(0)) + why.substring(1);
    }

    /** Decodes strict UTF-8; the first malformed byte is reported with its line, column and offset. */
    private static CharBuffer decode(String name, byte[] json) throws ModelException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(json);
        CharBuffer out = CharBuffer.allocate(json.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                byte b = json[i];
                if (b == '\n' || (b == '\r' && (i + 1 >= json.length || json[i + 1] != '\n'))) {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(json, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
            int bad = json[offset] & 0xFF;
            if (offset == 0 && json.length >= 2 && (bad == 0xFF || bad == 0xFE) && (json[1] & 0xFF) == (bad ^ 0x01)) {
                throw new ModelException(name, 1, 1, "",
                        "the file is UTF-16 (it starts with a UTF-16 byte-order mark): save it as UTF-8 without BOM");
            }
            throw new ModelException(name, line, column, "", String.format(
                    "the file is not valid UTF-8: byte 0x%02X at offset %d cannot be decoded; save the file as UTF-8",
                    bad, offset));
        }
        return out;
    }
}
