package org.jcwg.advisory.export;

import java.time.LocalDate;

/**
 * The one timestamp form both CSAF and STIX accept and the model can supply without a clock:
 * midnight UTC of a calendar date, with milliseconds ({@code 2024-03-20T00:00:00.000Z}).
 * Stateless.
 */
final class Timestamps {

    private Timestamps() {
    }

    static String midnight(LocalDate date) {
        return date + "T00:00:00.000Z";
    }
}
