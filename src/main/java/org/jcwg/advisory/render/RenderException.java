package org.jcwg.advisory.render;

/**
 * A template could not be loaded, parsed or run. {@code file} names the template as a reader of
 * the message would find it: {@code templates/document.ftlh} for a publication's own template,
 * {@code (built-in) templates/document.ftlh} for the generator's; {@code line} counts from 1
 * (1 when the place is unknown). Also used when two pages would be written to the same path.
 */
public final class RenderException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public RenderException(String file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + getMessage();
    }
}
