package org.jcwg.advisory.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
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

    /** The decoded text, or empty with an error diagnostic naming the first bad byte's line. */
    static Optional<String> decode(byte[] bytes, String file, java.util.List<Diagnostic> out) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
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
