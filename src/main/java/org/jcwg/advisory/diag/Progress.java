package org.jcwg.advisory.diag;

/**
 * Where a long-running command tells the user how far it is: phases start and finish, and a
 * phase with countable work (typesetting PDFs) advances one unit at a time. Implementations
 * must be thread-safe: {@link #advance} is called from worker threads.
 */
public interface Progress {

    /** Reports nothing. */
    Progress NONE = new Progress() {
        @Override
        public void start(String phase, int units) {
        }

        @Override
        public void advance(String phase) {
        }

        @Override
        public void finish(String phase) {
        }
    };

    /** A phase begins; {@code units} is its amount of countable work, 0 when it has none. */
    void start(String phase, int units);

    /** One unit of the phase is done. */
    void advance(String phase);

    void finish(String phase);
}
