package org.jcwg.advisory.export;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jcwg.advisory.facts.FactKind;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.DocumentMeta;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.SectionText;
import org.jcwg.advisory.model.Site;
import org.jcwg.advisory.model.Text;
import org.jcwg.advisory.model.Translation;

/**
 * One language of a document as a CSAF 2.1 informational advisory ({@code csaf_informational_advisory}):
 * document metadata, notes and references only, since that profile forbids {@code vulnerabilities}
 * and has no products to describe. The publisher is a {@code coordinator}, as government CERTs
 * publishing joint advisories are in CSAF; its namespace is the site's base URL, so call this only
 * for a site that has one. The output has no wall-clock time: the same content gives the same bytes.
 * Immutable and thread-safe.
 */
public final class Csaf {

    /** The official CSAF 2.1 JSON schema, named in every document's {@code $schema}. */
    public static final String SCHEMA_URL = "https://docs.oasis-open.org/csaf/csaf/v2.1/schema/csaf.json";
    static final String TLP_URL = "https://www.first.org/tlp/";
    static final String ENGINE = "advisory-site";
    private static final Pattern NOT_FILE_NAME_SAFE = Pattern.compile("[^+\\-a-z0-9]+");

    private final String publisherName;
    private final String generatorVersion;

    /**
     * @param publisherName    the issuing party as CSAF names it ({@code publisher.name}), e.g. the working group
     * @param generatorVersion this generator's version, for {@code tracking.generator.engine.version}
     */
    public Csaf(String publisherName, String generatorVersion) {
        this.publisherName = requireText(publisherName, "publisherName");
        this.generatorVersion = requireText(generatorVersion, "generatorVersion");
    }

    /**
     * The CSAF file name of a document, per CSAF section 5.1: the tracking id in lower case, each
     * run of characters other than {@code [+\-a-z0-9]} replaced by {@code _}, then {@code .json}
     * ({@code JCWG-2024-001} gives {@code jcwg-2024-001.json}). Both languages share it: the
     * renderer keeps them apart by folder.
     */
    public static String fileName(DocumentMeta meta) {
        return NOT_FILE_NAME_SAFE.matcher(meta.id().toLowerCase(Locale.ROOT)).replaceAll("_") + ".json";
    }

    /**
     * The CSAF document of {@code doc} in {@code lang}, UTF-8 JSON.
     *
     * @param urls absolute URLs of the document's pages; {@code urls.require(lang).csaf()} is the
     *             address of the file returned here (its {@code self} reference) and must be given
     * @throws IllegalStateException if the site has no base URL, the language or its CSAF URL is
     *                               missing, or a URL is relative: the caller's mistakes
     */
    public byte[] informationalAdvisory(Site site, Document doc, Lang lang, DocumentUrls urls) {
        DocumentMeta meta = doc.meta();
        Translation t = doc.require(lang);
        String namespace = site.config().findBaseUrl()
                .orElseThrow(() -> new IllegalStateException("CSAF needs the site's base URL as publisher namespace"));
        JsonObject document = new JsonObject()
                .put("category", "csaf_informational_advisory")
                .put("csaf_version", "2.1")
                .put("distribution", new JsonObject().put("tlp",
                        new JsonObject().put("label", meta.tlp().code()).put("url", TLP_URL)))
                .put("lang", lang.code())
                .put("notes", notes(site, doc, t))
                .put("publisher", new JsonObject()
                        .put("category", "coordinator")
                        .put("name", publisherName)
                        .put("namespace", absolute(namespace)))
                .put("references", references(doc, lang, urls))
                // source_lang marks a translation (CSAF 3.2.2.12), so the original language has none
                .putIfPresent("source_lang", Optional.of(meta.source()).filter(s -> s != lang).map(Lang::code))
                .put("title", t.title().value())
                .put("tracking", tracking(meta, t));
        return JsonWriter.write(new JsonObject().put("$schema", SCHEMA_URL).put("document", document));
    }

    private JsonObject tracking(DocumentMeta meta, Translation t) {
        List<Revision> revisions = Revision.history(meta, t, Wording.INITIAL_RELEASE.in(t.lang()));
        List<Object> history = new ArrayList<>();
        for (int i = 0; i < revisions.size(); i++) {
            history.add(new JsonObject()
                    .put("date", Timestamps.midnight(revisions.get(i).date()))
                    .put("number", Integer.toString(i + 1))
                    .put("summary", revisions.get(i).note()));
        }
        LocalDate current = revisions.get(revisions.size() - 1).date();
        if (meta.lastChanged().isAfter(current)) current = meta.lastChanged();
        return new JsonObject()
                .put("current_release_date", Timestamps.midnight(current))
                .put("generator", new JsonObject().put("engine",
                        new JsonObject().put("name", ENGINE).put("version", generatorVersion)))
                .put("id", meta.id())
                .put("initial_release_date", Timestamps.midnight(meta.date()))
                .put("revision_history", history)
                .put("status", meta.draft() ? "draft" : "final")
                .put("version", Integer.toString(revisions.size()));
    }

    /** The summary, who issued it, then each top-level section with its subsections as plain text. */
    private static List<Object> notes(Site site, Document doc, Translation t) {
        Lang lang = t.lang();
        List<Object> notes = new ArrayList<>();
        if (!t.summary().isBlank()) {
            notes.add(note("summary", Wording.SUMMARY.in(lang), t.summary().value()));
        }
        List<String> agencies = doc.meta().agencies().stream()
                .map(id -> site.findAgency(id).map(a -> a.name(lang)).orElse(id)).toList();
        if (!agencies.isEmpty()) {
            notes.add(note("general", Wording.ISSUING_AGENCIES.in(lang), String.join("\n", agencies)));
        }
        for (SectionNote section : SectionNote.of(t.texts())) {
            notes.add(note(section.title().isEmpty() ? "general" : "details",
                    section.title().isEmpty() ? t.title().value() : section.title(), section.text()));
        }
        return notes;
    }

    private static JsonObject note(String category, String title, String text) {
        return new JsonObject().put("category", category).put("text", text).put("title", title);
    }

    private static List<Object> references(Document doc, Lang lang, DocumentUrls urls) {
        PageUrls own = urls.require(lang);
        String self = own.findCsaf().orElseThrow(() -> new IllegalStateException(
                doc.path() + ": no CSAF URL given for " + lang.code()));
        List<Object> refs = new ArrayList<>();
        refs.add(reference("self", Wording.THIS_DOCUMENT.in(lang), self));
        refs.add(reference("external", Wording.WEB_PAGE.in(lang), own.page()));
        own.findPdf().ifPresent(pdf -> refs.add(reference("external", Wording.PDF.in(lang), pdf)));
        urls.find(lang.other()).flatMap(PageUrls::findCsaf)
                .ifPresent(other -> refs.add(reference("external", Wording.OTHER_LANGUAGE_CSAF.in(lang), other)));
        for (Identifiers.Identifier id : Identifiers.of(doc)) {
            if (id.kind() == FactKind.CVE) {
                refs.add(reference("external", id.value(), "https://www.cve.org/CVERecord?id=" + id.value()));
            } else if (id.kind() == FactKind.ATTACK) {
                refs.add(reference("external", "MITRE ATT&CK " + id.value(), AttackIds.url(id.value())));
            }
        }
        return refs;
    }

    private static JsonObject reference(String category, String summary, String url) {
        return new JsonObject().put("category", category).put("summary", summary).put("url", absolute(url));
    }

    private static String absolute(String url) {
        if (!URI.create(url).isAbsolute()) throw new IllegalStateException("CSAF needs absolute URLs, got " + url);
        return url;
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) throw new IllegalArgumentException(name + " is blank");
        return value;
    }

    /** One entry of the revision history: its date and its note in the CSAF document's language. */
    record Revision(LocalDate date, String note) {

        /**
         * The document's revisions, newest last. Editors usually list the first publication as
         * revision 1 (dated {@code meta.date()}); where they did not, it is added in front, so that
         * CSAF's history always starts with the initial release. A blank note (reported by the
         * checker) falls back to the initial-release wording rather than break the schema.
         */
        static List<Revision> history(DocumentMeta meta, Translation t, String initialRelease) {
            List<Revision> out = new ArrayList<>();
            List<LocalDate> dates = meta.revisionDates();
            if (dates.isEmpty() || !dates.get(0).equals(meta.date())) out.add(new Revision(meta.date(), initialRelease));
            for (int i = 0; i < dates.size(); i++) {
                Text note = i < t.revisionNotes().size() ? t.revisionNotes().get(i) : null;
                out.add(new Revision(dates.get(i), note == null || note.isBlank() ? initialRelease : note.value()));
            }
            return out;
        }
    }

    /** A top-level section and everything under it, as CSAF note text: plain text, code kept as written. */
    record SectionNote(String title, String text) {

        static List<SectionNote> of(List<SectionText> texts) {
            List<SectionNote> notes = new ArrayList<>();
            String title = null;
            StringBuilder text = new StringBuilder();
            for (SectionText s : texts) {
                if (s.level() <= 2) { // the preamble (level 0) or a top-level heading starts a note
                    flush(notes, title, text);
                    title = s.level() == 0 ? "" : s.title();
                    text.setLength(0);
                } else {
                    append(text, s.title());
                }
                s.blocks().forEach(b -> append(text, b.text()));
                s.codeBlocks().forEach(code -> append(text, code.strip()));
            }
            flush(notes, title, text);
            return notes;
        }

        private static void append(StringBuilder text, String part) {
            if (part == null || part.isBlank()) return;
            if (!text.isEmpty()) text.append("\n\n");
            text.append(part);
        }

        private static void flush(List<SectionNote> notes, String title, StringBuilder text) {
            if (title == null) return;
            String body = text.toString();
            if (body.isBlank() && title.isBlank()) return; // an empty preamble
            notes.add(new SectionNote(title, body.isBlank() ? title : body));
        }
    }
}
