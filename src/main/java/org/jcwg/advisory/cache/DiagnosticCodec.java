package org.jcwg.advisory.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.diag.Severity;
import org.jcwg.advisory.diag.SourcePos;

/**
 * Findings as a {@link BuildCache} entry and back, inside a {@link KeyedBytes} entry: one found
 * under another name (copied, swapped), cut short or damaged inside (an error read as a warning)
 * decodes to empty. Stateless.
 */
public final class DiagnosticCodec {

    private DiagnosticCodec() {
    }

    public static byte[] encode(String key, List<Diagnostic> diagnostics) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(diagnostics.size());
            for (Diagnostic d : diagnostics) {
                out.writeByte(d.severity().ordinal());
                out.writeUTF(d.code());
                out.writeUTF(d.pos().file());
                out.writeInt(d.pos().line());
                out.writeInt(d.pos().column());
                writeLong(out, d.message());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return KeyedBytes.encode(key, Optional.of(bytes.toByteArray()));
    }

    public static Optional<List<Diagnostic>> decode(byte[] entry, String key) {
        return KeyedBytes.payload(entry, key).flatMap(DiagnosticCodec::diagnostics);
    }

    private static Optional<List<Diagnostic>> diagnostics(ByteBuffer payload) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload.array(),
                payload.arrayOffset() + payload.position(), payload.remaining()))) {
            int n = in.readInt();
            if (n < 0) return Optional.empty();
            List<Diagnostic> list = new ArrayList<>(Math.min(n, 1024));
            for (int i = 0; i < n; i++) {
                Severity severity = Severity.values()[in.readByte()];
                String code = in.readUTF();
                SourcePos pos = new SourcePos(in.readUTF(), in.readInt(), in.readInt());
                list.add(new Diagnostic(severity, code, pos, readLong(in)));
            }
            return in.read() == -1 ? Optional.of(List.copyOf(list)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged: make it again
        }
    }

    // A message may quote a long line; writeUTF stops at 64 KB.
    private static void writeLong(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readLong(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) throw new IOException("negative length");
        return new String(in.readNBytes(n), java.nio.charset.StandardCharsets.UTF_8);
    }
}
