package org.jcwg.advisory.render;

import java.util.List;

/**
 * Rendering could not finish: a template could not be loaded, parsed or run, two pages would have
 * the same path, or PDFs could not be typeset. Each {@link Problem} names the file as a reader of
 * the message would find it: {@code templates/document.ftlh} for a publication's own template,
 * {@code (built-in) templates/document.ftlh} for the generator's, the source document for a PDF;
 * {@code line} counts from 1 (1 when the place is unknown). A failed PDF does not stop the others,
 * so one exception may carry several problems, in the order of the documents.
 */
public final class RenderException extends Exception {

    private static final long serialVersionUID = 1L;

    /** One thing that went wrong; {@code code} is the diagnostic code it is reported under. */
    public record Problem(String code, String file, int line, String message) {
    }

    private final transient List<Problem> problems;

    public RenderException(String file, int line, String message) {
        this(List.of(new Problem("template", file, line, message)));
    }

    /** @param problems at least one */
    public RenderException(List<Problem> problems) {
        super(problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return problems.get(0).file();
    }

    public int line() {
        return problems.get(0).line();
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public String toString() {
        return file() + ":" + line() + ": " + getMessage();
    }
}
