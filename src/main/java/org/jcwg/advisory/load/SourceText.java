package org.jcwg.advisory.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.diag.SourcePos;

/**
 * Decodes a source file: strict UTF-8 (a BOM is dropped), line endings normalised to LF so
 * that every later line number means the same in CRLF and LF files. Stateless.
 */
final class SourceText {

    private SourceText() {
    }

    /**
     * Larger than any advisory needs (the Markdown limit is 2,000,000 characters, at most three
     * bytes each), small enough that a mistaken or hostile file is refused before it is read.
     */
    static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    /** The file's decoded text, or empty with an error diagnostic: too large to read, or not UTF-8. */
    static Optional<String> read(Path path, String file, List<Diagnostic> out) throws IOException {
        return readBytes(path, file, out).flatMap(bytes -> decode(bytes, file, out));
    }

    /** The file's bytes, or empty with an error diagnostic when it is too large to read. */
    static Optional<byte[]> readBytes(Path path, String file, List<Diagnostic> out) throws IOException {
        long size = Files.size(path);
        if (size > MAX_FILE_BYTES) {
            out.add(Diagnostic.error("too-large", SourcePos.of(file, 1), "the file is " + megabytes(size)
                    + " MB; at most " + megabytes(MAX_FILE_BYTES) + " MB are read: split it, or move large data out of it"));
            return Optional.empty();
        }
        return Optional.of(Files.readAllBytes(path));
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    /** The decoded text, or empty with an error diagnostic naming the first bad byte's line. */
    static Optional<String> decode(byte[] bytes, String file, List<Diagnostic> out) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        // The runtime's own decoding is several times faster than a strict decoder's. It replaces a
        // bad byte with U+FFFD, which a file may also hold as a character of its own: only then does
        // the strict decoder read the file again, to tell the two apart and find the byte.
        String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) return Optional.of(normaliseNewlines(fast));
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            String text = decoder.decode(in).toString();
            return Optional.of(normaliseNewlines(text));
        } catch (MalformedInputException e) {
            int bad = in.position();
            out.add(Diagnostic.error("invalid-utf8", positionOfByte(bytes, start, bad, file),
                    "invalid UTF-8 (byte 0x" + String.format("%02X", bytes[bad] & 0xff)
                            + "): save the file as UTF-8"));
            return Optional.empty();
        } catch (CharacterCodingException e) {
            out.add(Diagnostic.error("invalid-utf8", SourcePos.file(file), "invalid UTF-8 (" + e.getMessage() + "): save the file as UTF-8"));
            return Optional.empty();
        }
    }

    static String normaliseNewlines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static SourcePos positionOfByte(byte[] bytes, int start, int bad, String file) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < bad && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // Column in characters is unknowable past a bad byte; count the good bytes' characters.
        String prefix = new String(bytes, lineStart, Math.max(0, bad - lineStart), StandardCharsets.UTF_8);
        return new SourcePos(file, line, prefix.codePointCount(0, prefix.length()) + 1);
    }
}
