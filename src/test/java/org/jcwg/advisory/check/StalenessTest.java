package org.jcwg.advisory.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jcwg.advisory.build.Pipeline;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.diag.Severity;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.LockEntry;
import org.jcwg.advisory.model.TranslationLock;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** translations.lock: what counts as a changed source, and what accept records. */
class StalenessTest {

    private static final String EN = "content-en/advisories/fake-jobs.md";
    private static final String KO = "content-ko/advisories/fake-jobs.md";

    @TempDir
    Path tmp;

    private List<Diagnostic> stale(Path root, boolean strict) throws IOException {
        return new Pipeline().check(root, strict).diagnostics().stream()
                .filter(d -> d.code().equals("translation-stale")).toList();
    }

    private Path accepted(Project p) throws IOException {
        Path root = p.write();
        assertEquals(List.of(), new Pipeline().accept(root, List.of()).diagnostics());
        return root;
    }

    private static void edit(Path root, String file, String from, String to) throws IOException {
        Path p = root.resolve(file);
        String text = Files.readString(p);
        assertTrue(text.contains(from), from);
        Files.writeString(p, text.replace(from, to));
    }

    @Test
    void aLockKnowsADocumentOnlyByItsOwnEntries() {
        TranslationLock lock = TranslationLock.of(List.of(
                new LockEntry("advisories/x-old.md", "summary", Lang.EN, "aa", "bb"),
                new LockEntry("advisories/y.md", "summary", Lang.EN, "aa", "bb")));
        assertTrue(lock.hasDocument("advisories/y.md"));
        assertFalse(lock.hasDocument("advisories/x.md"));
        assertFalse(lock.hasDocument("advisories/x-old"));
        assertFalse(TranslationLock.EMPTY.hasDocument("advisories/y.md"));
    }

    @Test
    void withoutALockNothingIsStale() throws IOException {
        Path root = Project.minimal(tmp).write();
        edit(root, EN, "Staff of exchanges receive job offers.", "Staff of exchanges and banks receive job offers.");
        assertEquals(List.of(), stale(root, false));
    }

    @Test
    void acceptWritesASortedLockAndLeavesNothingStale() throws IOException {
        Path root = accepted(Project.minimal(tmp));
        String lock = Files.readString(root.resolve(TranslationLock.FILE));
        assertTrue(lock.contains("advisories/fake-jobs.md\tsummary\ten\t"), lock);
        assertTrue(lock.contains("advisories/fake-jobs.md\t@front-matter\ten\t"), lock);
        assertEquals(List.of(), stale(root, true));
    }

    @Test
    void changedSourceWithUnchangedTranslationIsStale() throws IOException {
        Path root = accepted(Project.minimal(tmp));
        edit(root, EN, "Staff of exchanges receive job offers.", "Staff of exchanges and banks receive job offers.");
        List<Diagnostic> found = stale(root, false);
        assertEquals(1, found.size(), found::toString);
        Diagnostic d = found.get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(KO, d.pos().file());
        assertEquals(10, d.pos().line());
        assertTrue(d.message().contains("English source of section #summary changed (" + EN + ":16:1)"), d.message());
        assertEquals(Severity.ERROR, stale(root, true).get(0).severity());
    }

    @Test
    void changedTitleMarksTheFrontMatterStale() throws IOException {
        Path root = accepted(Project.minimal(tmp));
        edit(root, EN, "title: Fake job offers target exchange staff", "title: Fake job offers target exchange and bank staff");
        List<Diagnostic> found = stale(root, false);
        assertEquals(1, found.size(), found::toString);
        assertEquals(4, found.get(0).pos().line());
        assertTrue(found.get(0).message().contains("title, summary or revision notes"), found.get(0).message());
    }

    @Test
    void whitespaceOnlyEditsAndMovesAreNotChanges() throws IOException {
        Path root = accepted(Project.minimal(tmp));
        edit(root, EN, "Staff of exchanges receive job offers.", "Staff  of exchanges\nreceive job   offers.");
        // Move #summary after #mitigations in both languages: same ids, same texts.
        String en = Files.readString(root.resolve(EN));
        int s = en.indexOf("## Summary");
        int m = en.indexOf("## Mitigations");
        Files.writeString(root.resolve(EN), en.substring(0, s) + en.substring(m) + "\n" + en.substring(s, m));
        String ko = Files.readString(root.resolve(KO));
        s = ko.indexOf("## 요약");
        m = ko.indexOf("## 완화 조치");
        Files.writeString(root.resolve(KO), ko.substring(0, s) + ko.substring(m) + "\n" + ko.substring(s, m));
        assertEquals(List.of(), stale(root, true));
    }

    @Test
    void updatedTranslationIsNotStaleAndAcceptRecordsIt() throws IOException {
        Path root = accepted(Project.minimal(tmp));
        edit(root, EN, "Staff of exchanges receive job offers.", "Staff of exchanges and banks receive job offers.");
        edit(root, KO, "거래소 직원들이 채용 제안을 받는다.", "거래소와 은행 직원들이 채용 제안을 받는다.");
        assertEquals(List.of(), stale(root, false));
        String before = Files.readString(root.resolve(TranslationLock.FILE));
        Pipeline.Accepted accepted = new Pipeline().accept(root, List.of(KO));
        assertEquals(List.of("advisories/fake-jobs.md"), accepted.documents());
        assertFalse(before.equals(Files.readString(root.resolve(TranslationLock.FILE))));
        // Now a new source change is measured against the accepted state.
        edit(root, EN, "Verify recruiters.", "Verify every recruiter.");
        assertEquals(1, stale(root, false).size());
    }

    @Test
    void acceptOfAnUnknownDocumentChangesNothing() throws IOException {
        Path root = accepted(Project.minimal(tmp));
        String before = Files.readString(root.resolve(TranslationLock.FILE));
        Pipeline.Accepted result = new Pipeline().accept(root, List.of("advisories/nope.md"));
        assertEquals("accept-unknown", result.diagnostics().get(0).code());
        assertEquals(before, Files.readString(root.resolve(TranslationLock.FILE)));
    }

    @Test
    void aBrokenLockLineIsReportedWithItsLine() throws IOException {
        Path root = accepted(Project.minimal(tmp));
        Files.writeString(root.resolve(TranslationLock.FILE), Files.readString(root.resolve(TranslationLock.FILE)) + "garbage line\n");
        List<Diagnostic> all = new Pipeline().check(root, false).diagnostics();
        Diagnostic d = all.stream().filter(x -> x.code().equals("lock-invalid")).findFirst().orElseThrow();
        assertEquals(TranslationLock.FILE, d.pos().file());
        assertTrue(d.pos().line() > 3);
    }
}
