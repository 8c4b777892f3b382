package org.jcwg.advisory.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jcwg.advisory.cache.KeyedBytes;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.diag.Severity;
import org.jcwg.advisory.diag.SourcePos;
import org.jcwg.advisory.model.BodyHtml;
import org.jcwg.advisory.model.Comment;
import org.jcwg.advisory.model.Deferred;
import org.jcwg.advisory.model.DocType;
import org.jcwg.advisory.model.Field;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Link;
import org.jcwg.advisory.model.Section;
import org.jcwg.advisory.model.SectionText;
import org.jcwg.advisory.model.Text;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.model.Translation;
import org.jcwg.advisory.model.Written;

/**
 * What reading one document file gave (its translation, if any, and the findings), as bytes for
 * the build cache ({@code .cache/read}) and back, equal to the original, inside a {@link KeyedBytes}
 * entry (which refuses one damaged, cut short or under another key). The cache key names the code
 * that wrote an entry, so the format needs no migration. The body's HTML comes last so that a
 * reader that does not show bodies stops before it. What most builds take from an entry and pass
 * over (each section's text, the body's HTML) is held in blocks of their own, decoded only when
 * first asked for ({@link Deferred}): the entry's digest, tested as it is read, means such a
 * block is sound when it is decoded later.
 */
final class ReadCodec {

    /**
     * A file read: its translation (empty when it could not be read), its findings, and whether it
     * was read for a build (with the body's HTML, unless the body had to be rendered per page).
     */
    record Entry(Optional<Translation> translation, List<Diagnostic> diagnostics, boolean bodiesRendered) {
        Entry {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private ReadCodec() {
    }

    /**
     * @param key the entry's key, kept in it so that an entry found under another name is refused
     * @param fileBody the body of the file the entry is read from (after its front matter), which
     *                 the entry refers to rather than holding it again
     */
    static byte[] encode(String key, Entry entry, String fileBody) {
        Out out = new Out(new Sink(), fileBody);
        try {
            out.data.writeBoolean(entry.bodiesRendered());
            out.list(entry.diagnostics(), d -> {
                out.data.writeByte(d.severity().ordinal());
                out.string(d.code());
                out.pos(d.pos());
                out.string(d.message());
            });
            out.data.writeBoolean(entry.translation().isPresent());
            if (entry.translation().isPresent()) translation(out, entry.translation().get());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return KeyedBytes.encode(key, Optional.of(out.data.bytes()));
    }

    /**
     * @param withHtml whether the body's HTML is wanted (a build): an entry read for checking only
     *                 is then no use; without it (a check), an entry's HTML is left out
     * @param fileBody as given to {@link #encode}: the key says it is the same file
     */
    static Optional<Entry> decode(byte[] entry, String key, boolean withHtml, String fileBody) {
        return KeyedBytes.payload(entry, key).flatMap(payload -> decode(payload, withHtml, fileBody));
    }

    private static Optional<Entry> decode(ByteBuffer payload, boolean withHtml, String fileBody) {
        try {
            In in = new In(payload, fileBody);
            boolean rendered = in.data.readBoolean();
            if (withHtml && !rendered) return Optional.empty();
            List<Diagnostic> diagnostics = in.list(() -> new Diagnostic(Severity.values()[in.data.readByte()],
                    in.string(), in.pos(), in.string()));
            if (!in.data.readBoolean()) return Optional.of(new Entry(Optional.empty(), diagnostics, withHtml));
            Translation t = translation(in, withHtml);
            if (withHtml && !in.data.atEnd()) return Optional.empty(); // more than was written
            return Optional.of(new Entry(Optional.of(t), diagnostics, withHtml));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged or foreign (cut short: BufferUnderflowException): read the file again
        }
    }

    private static void translation(Out out, Translation t) throws IOException {
        out.data.writeByte(t.lang().ordinal());
        out.string(t.file());
        Written w = t.written();
        out.pos(w.pos());
        out.list(List.copyOf(w.fields().values()), f -> {
            out.string(f.key());
            value(out, f.value());
            out.pos(f.pos());
        });
        out.list(List.copyOf(w.unreadable()), out::string);
        out.text(t.title());
        out.text(t.summary());
        out.list(t.revisionNotes(), out::text);
        out.list(t.sections(), s -> section(out, s));
        out.list(t.links(), l -> link(out, l));
        // The body is the file's own, which the reader has in hand: only whether it is.
        boolean fileBody = t.body() != null && t.body().equals(out.body);
        out.data.writeBoolean(fileBody);
        if (!fileBody) {
            out.string(t.body());
            out.body = t.body();
        }
        out.data.writeInt(t.bodyLine());
        out.list(t.texts(), s -> sectionText(out, s));
        out.list(t.comments(), c -> {
            out.string(c.text());
            out.pos(c.pos());
        });
        out.data.writeBoolean(t.html() != null);
        if (t.html() != null) {
            out.list(t.html().targets(), out::string);
            out.string(t.html().html()); // a string is a block of its own: its length, then its bytes
        }
    }

    private static Translation translation(In in, boolean withHtml) throws IOException {
        Lang lang = Lang.values()[in.data.readByte()];
        String file = in.string();
        SourcePos writtenPos = in.pos();
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Field f : in.list(() -> new Field(in.string(), value(in), in.pos()))) fields.put(f.key(), f);
        Set<String> unreadable = new HashSet<>(in.list(in::string));
        Text title = in.text();
        Text summary = in.text();
        List<Text> notes = in.list(in::text);
        List<Section> sections = in.list(() -> section(in));
        List<Link> links = in.list(() -> link(in));
        boolean fileBody = in.data.readBoolean();
        if (fileBody && in.body == null) throw new IOException("the entry refers to a body it was not given");
        String body = fileBody ? in.body : in.string();
        in.body = body;
        int bodyLine = in.data.readInt();
        List<SectionText> texts = in.list(() -> sectionText(in));
        List<Comment> comments = in.list(() -> new Comment(in.string(), in.pos()));
        BodyHtml html = null;
        if (in.data.readBoolean() && withHtml) {
            List<String> targets = in.list(in::string);
            html = new BodyHtml(in.deferredString(), targets);
        }
        return new Translation(lang, file, new Written(writtenPos, fields, unreadable), title, summary,
                notes, sections, links, body, bodyLine, texts, comments, html);
    }

    private static void section(Out out, Section s) throws IOException {
        out.string(s.id());
        out.data.writeInt(s.level());
        out.string(s.title());
        out.pos(s.pos());
        out.list(s.children(), c -> section(out, c));
    }

    private static Section section(In in) throws IOException {
        return new Section(in.string(), in.data.readInt(), in.string(), in.pos(), in.list(() -> section(in)));
    }

    private static void link(Out out, Link l) throws IOException {
        out.string(l.target());
        out.data.writeBoolean(l.image());
        out.pos(l.pos());
    }

    private static Link link(In in) throws IOException {
        return new Link(in.string(), in.data.readBoolean(), in.pos());
    }

    private static void sectionText(Out out, SectionText s) throws IOException {
        out.string(s.id());
        out.data.writeInt(s.level());
        out.string(s.title());
        out.pos(s.pos());
        out.source(s.source());
        out.string(s.fingerprint());
        // Written in place behind its length, which is filled in after it.
        int at = out.data.size;
        out.data.writeInt(0);
        content(new Out(out.data, null), s);
        out.data.putInt(at, out.data.size - at - 4);
    }

    /** A section's content as a block of its own, with its own table of file names. */
    private static void content(Out out, SectionText s) throws IOException {
        out.list(s.blocks(), b -> {
            out.string(b.text());
            out.data.writeInt(b.line());
        });
        out.list(s.footnotes(), out::string);
        out.list(s.links(), l -> link(out, l));
        out.list(s.codeBlocks(), out::string);
        out.list(s.tables(), t -> {
            out.data.writeInt(t.rows());
            out.data.writeInt(t.columns());
        });
    }

    private static SectionText sectionText(In in) throws IOException {
        String id = in.string();
        int level = in.data.readInt();
        String title = in.string();
        SourcePos pos = in.pos();
        Deferred<String> source = in.source();
        String fingerprint = in.string();
        ByteBuffer block = in.data.block();
        return new SectionText(id, level, title, pos, source, fingerprint, Deferred.later(() -> content(block)));
    }

    private static SectionText.Content content(ByteBuffer block) {
        In in = new In(block, null);
        try {
            SectionText.Content content = new SectionText.Content(
                    in.list(() -> new SectionText.TextBlock(in.string(), in.data.readInt())),
                    in.list(in::string), in.list(() -> link(in)), in.list(in::string),
                    in.list(() -> new SectionText.TableShape(in.data.readInt(), in.data.readInt())));
            if (!in.data.atEnd()) throw new IOException("more than was written");
            return content;
        } catch (IOException | RuntimeException e) {
            // The entry's digest held: only a fault of this code can bring us here.
            throw new IllegalStateException("a section read from the build cache cannot be decoded", e);
        }
    }

    // The values a front matter field can hold (see Values): one tag byte, then the value.
    private static void value(Out out, Object value) throws IOException {
        if (value instanceof String s) {
            out.data.writeByte('s');
            out.string(s);
        } else if (value instanceof Boolean b) {
            out.data.writeByte('b');
            out.data.writeBoolean(b);
        } else if (value instanceof LocalDate d) {
            out.data.writeByte('d');
            out.data.writeLong(d.toEpochDay());
        } else if (value instanceof DocType t) {
            out.data.writeByte('t');
            out.data.writeByte(t.ordinal());
        } else if (value instanceof Tlp t) {
            out.data.writeByte('p');
            out.data.writeByte(t.ordinal());
        } else if (value instanceof Lang l) {
            out.data.writeByte('l');
            out.data.writeByte(l.ordinal());
        } else if (value instanceof List<?> list) {
            out.data.writeByte('L');
            out.data.writeInt(list.size());
            for (Object o : list) out.string((String) o);
        } else {
            throw new IllegalArgumentException("a front matter value of " + value.getClass());
        }
    }

    private static Object value(In in) throws IOException {
        return switch (in.data.readByte()) {
            case 's' -> in.string();
            case 'b' -> in.data.readBoolean();
            case 'd' -> LocalDate.ofEpochDay(in.data.readLong());
            case 't' -> DocType.values()[in.data.readByte()];
            case 'p' -> Tlp.values()[in.data.readByte()];
            case 'l' -> Lang.values()[in.data.readByte()];
            case 'L' -> {
                int n = in.data.readInt();
                List<String> list = new ArrayList<>(Math.min(n, 1024)); // a damaged count makes no room (a negative one throws)
                for (int i = 0; i < n; i++) list.add(in.string());
                yield List.copyOf(list);
            }
            default -> throw new IllegalStateException("unknown value tag");
        };
    }

    @FunctionalInterface
    private interface Writing<T> {
        void write(T value) throws IOException;
    }

    @FunctionalInterface
    private interface Reading<T> {
        T read() throws IOException;
    }

    /** A growing byte array, without the locks of the java.io streams (entries are made by the thousand). */
    private static final class Sink {
        private byte[] buf = new byte[64 * 1024];
        private int size;

        private void room(int n) {
            if (size + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
        }

        void writeByte(int b) {
            room(1);
            buf[size++] = (byte) b;
        }

        void writeBoolean(boolean b) {
            writeByte(b ? 1 : 0);
        }

        void writeInt(int v) {
            room(4);
            buf[size++] = (byte) (v >>> 24);
            buf[size++] = (byte) (v >>> 16);
            buf[size++] = (byte) (v >>> 8);
            buf[size++] = (byte) v;
        }

        /** Overwrites the int at {@code at}, written earlier. */
        void putInt(int at, int v) {
            buf[at] = (byte) (v >>> 24);
            buf[at + 1] = (byte) (v >>> 16);
            buf[at + 2] = (byte) (v >>> 8);
            buf[at + 3] = (byte) v;
        }

        void writeLong(long v) {
            writeInt((int) (v >>> 32));
            writeInt((int) v);
        }

        void write(byte[] b) {
            room(b.length);
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, size);
        }
    }

    /** Reading a {@link Sink}'s bytes back (big-endian, as ByteBuffer reads by default). */
    private static final class Source {
        private final ByteBuffer buf;

        Source(ByteBuffer buf) {
            this.buf = buf;
        }

        byte readByte() {
            return buf.get();
        }

        boolean readBoolean() throws IOException {
            byte b = buf.get();
            if (b != 0 && b != 1) throw new IOException("not a boolean");
            return b == 1;
        }

        int readInt() {
            return buf.getInt();
        }

        long readLong() {
            return buf.getLong();
        }

        boolean atEnd() {
            return !buf.hasRemaining();
        }

        /**
         * The next block (its length, then its bytes) as a buffer of its own: a copy, so that what
         * is kept until it is decoded is the block, not the whole entry.
         */
        ByteBuffer block() {
            int length = KeyedBytes.length(buf);
            int from = buf.arrayOffset() + buf.position();
            buf.position(buf.position() + length);
            return ByteBuffer.wrap(Arrays.copyOfRange(buf.array(), from, from + length));
        }

        String readString(int length) {
            if (length < 0 || length > buf.remaining()) throw new BufferUnderflowException();
            String s = new String(buf.array(), buf.arrayOffset() + buf.position(), length, StandardCharsets.UTF_8);
            buf.position(buf.position() + length);
            return s;
        }
    }

    /** Strings as UTF-8 with their length; a file name once, then by its number. */
    private static final class Out {
        final Sink data;
        private final Map<String, Integer> files = new LinkedHashMap<>();
        private String body;
        private int bodyCursor;

        Out(Sink data, String body) {
            this.data = data;
            this.body = body;
        }

        /** Any string of the model may be absent (a heading without an id): length -1. */
        void string(String s) {
            if (s == null) {
                data.writeInt(-1);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            data.writeInt(b.length);
            data.write(b);
        }

        /** A section's Markdown, as its place in the body when it is there (it always is when read). */
        void source(String source) {
            // Sections follow each other through the body, past a preamble of nothing but blank lines,
            // which has no section.
            int at = body == null ? -1 : body.indexOf(source, bodyCursor);
            if (at >= 0) {
                data.writeInt(-2);
                data.writeInt(at);
                data.writeInt(source.length());
                bodyCursor = at + source.length();
            } else {
                string(source);
            }
        }

        void text(Text t) throws IOException {
            data.writeBoolean(t != null);
            if (t == null) return;
            string(t.value());
            pos(t.pos());
        }

        void pos(SourcePos p) throws IOException {
            Integer known = files.get(p.file());
            if (known != null) {
                data.writeInt(known);
            } else {
                data.writeInt(-1);
                string(p.file());
                files.put(p.file(), files.size());
            }
            data.writeInt(p.line());
            data.writeInt(p.column());
        }

        <T> void list(List<T> list, Writing<T> each) throws IOException {
            data.writeInt(list.size());
            for (T t : list) each.write(t);
        }
    }

    private static final class In {
        final Source data;
        private final List<String> files = new ArrayList<>();
        private String body;

        In(ByteBuffer bytes, String body) {
            this.data = new Source(bytes);
            this.body = body;
        }

        String string() throws IOException {
            int length = data.readInt();
            if (length == -1) return null;
            if (length < 0) throw new IOException("not a string");
            return data.readString(length);
        }

        /** A section's Markdown: most often a place in the body, cut out when it is first asked for. */
        Deferred<String> source() throws IOException {
            int length = data.readInt();
            if (length != -2) {
                if (length < 0) throw new IOException("not a string");
                return Deferred.of(data.readString(length));
            }
            int from = data.readInt();
            int to = from + data.readInt();
            String text = body;
            if (text == null || from < 0 || to < from || to > text.length()) throw new IOException("not a place in the body");
            return Deferred.later(() -> text.substring(from, to));
        }

        Text text() throws IOException {
            return data.readBoolean() ? new Text(string(), pos()) : null;
        }

        /** A string (never absent) decoded when first asked for. */
        Deferred<String> deferredString() {
            ByteBuffer b = data.block();
            return Deferred.later(() -> new String(b.array(), b.arrayOffset(), b.remaining(), StandardCharsets.UTF_8));
        }

        SourcePos pos() throws IOException {
            int known = data.readInt();
            String file;
            if (known >= 0) {
                file = files.get(known);
            } else {
                file = string();
                files.add(file);
            }
            return new SourcePos(file, data.readInt(), data.readInt());
        }

        <T> List<T> list(Reading<T> each) throws IOException {
            int n = data.readInt();
            if (n < 0) throw new IOException("negative count");
            List<T> list = new ArrayList<>(Math.min(n, 1024));
            for (int i = 0; i < n; i++) list.add(each.read());
            return list;
        }
    }
}
