package org.jcwg.advisory.render;

import java.io.IOException;

/**
 * Where a render hands each file as soon as it is made, so that a build of thousands of pages
 * never holds them all. Called from one thread at a time, in a deterministic order.
 */
@FunctionalInterface
public interface OutputSink {
    void write(OutputFile file) throws IOException;
}
