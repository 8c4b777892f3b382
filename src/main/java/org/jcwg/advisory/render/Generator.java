package org.jcwg.advisory.render;

/** This generator as outputs name it. */
final class Generator {

    /** The jar's version; "dev" when running from classes (tests). */
    static final String VERSION = version();

    private Generator() {
    }

    private static String version() {
        String v = Generator.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
