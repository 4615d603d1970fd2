package org.endings.model;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.CharBuffer;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads a model file ("endings/1") strictly, on Jackson's streaming parser, and says precisely what is
 * wrong when it cannot: one {@link ModelException} with line, column, JSON pointer and what was expected.
 *
 * <p>The loader checks syntax, shape and types only; whether ids refer to anything is the validator's job.
 * The bytes must be UTF-8 without a byte-order mark ({@link ModelBytes}); then one pass reads the records
 * ({@link ModelReader}), each object through its table of fields ({@link ModelTables}), keeping no place.
 * Where each value stands, a {@link SourceMap}, is read from the same text the first time a problem asks
 * for a place, which a valid model's never does. When the pass fails, the text is read again keeping
 * every place, to say the problem at its line and column, and then a token-only pass runs over the whole
 * file ({@link JsonSyntax}), so that a syntax error anywhere (truncation, trailing content, nesting deeper
 * than {@link #MAX_DEPTH}, raw control characters) is reported in preference to a shape error.
 *
 * <p>A file of at least {@link #STREAMED_BYTES} is read and decoded on a second thread while that pass
 * parses what is decoded so far ({@link StreamedText}); if anything is to be said about it, it is read
 * again the plain way above, which says it.
 */
public final class ModelLoader {
    /** Deepest nesting of objects and arrays accepted (the format itself needs 4). */
    public static final int MAX_DEPTH = 64;
    /** Largest model file accepted, in bytes: 8 MiB. */
    public static final long MAX_BYTES = 8L << 20;
    /**
     * A model file at least this big is read and decoded on a second thread while it is parsed
     * ({@link StreamedText}); a smaller one loads in a blink on one.
     */
    public static final long STREAMED_BYTES = 256 * 1024;
    /** Where the bundled model sits on the class path. */
    public static final String BUNDLED_RESOURCE = "/org/endings/data/anora.json";

    private static final String BUNDLED_NAME = "bundled:anora.json";

    private ModelLoader() {
    }

    /**
     * Reads the model file at {@code file}; its name in messages is {@code file} as given. A big file
     * is read and decoded on a second thread while it is parsed ({@link StreamedText}); when that
     * finds anything to say, the file is read again the plain way, which says it.
     */
    public static Loaded load(Path file) throws ModelException {
        long size = ModelBytes.streamable(file, STREAMED_BYTES);
        if (size > 0) {
            Loaded quick = StreamedText.load(file.toString(), file, size);
            if (quick != null) {
                return quick;
            }
        }
        return load(file.toString(), ModelBytes.read(file));
    }

    /** Reads a model from {@code json}, calling it {@code displayName} in messages. */
    public static Loaded load(String displayName, byte[] json) throws ModelException {
        CharBuffer text = ModelBytes.text(displayName, json);
        char[] chars = text.array();
        int length = text.position();
        Model model;
        try {
            model = ModelReader.model(displayName, chars, length);
        } catch (ModelException unplaced) {
            ModelException shapeError = ModelReader.problem(displayName, chars, length);
            // Only now pay for the token-only pass: a syntax error anywhere in the file, or nesting too deep,
            // is reported before any shape error, the way a compiler reports parse errors first.
            JsonSyntax.check(displayName, chars, length);
            throw shapeError;
        }
        return new Loaded(model, SourceMap.later(displayName, chars, length));
    }

    /** The model that comes with the program. A missing or broken one is a build fault, not a user's. */
    public static Loaded loadBundled() {
        try {
            byte[] json = bundledBytes();
            if (BundledModel.isFrom(json)) {
                // the model as code, made from these very bytes and checked against them by BundledModelCodeTest
                return new Loaded(BundledModel.model(), SourceMap.later(BUNDLED_NAME, json));
            }
            return load(BUNDLED_NAME, json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled model", e);
        } catch (ModelException e) {
            throw new IllegalStateException("the bundled model is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * The bundled model's bytes: straight from the program's jar when it runs from one (~2 ms; a
     * resource lookup first searches the JDK's own modules and builds a jar: URL, ~5 ms of start-up),
     * else as a resource (the classes directory of a build).
     */
    private static byte[] bundledBytes() throws IOException {
        try {
            java.security.CodeSource code = ModelLoader.class.getProtectionDomain().getCodeSource();
            if (code != null && code.getLocation() != null && code.getLocation().getPath().endsWith(".jar")) {
                try (ZipFile jar = new ZipFile(new File(code.getLocation().toURI()))) {
                    ZipEntry entry = jar.getEntry(BUNDLED_RESOURCE.substring(1));
                    if (entry != null) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            return in.readNBytes((int) MAX_BYTES + 1);
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // read it as a resource below
        }
        try (InputStream in = ModelLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled model " + BUNDLED_RESOURCE + " is missing");
            }
            return in.readNBytes((int) MAX_BYTES + 1);
        }
    }
}
