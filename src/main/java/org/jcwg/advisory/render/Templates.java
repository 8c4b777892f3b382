package org.jcwg.advisory.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.cache.TemplateNameFormat;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The FreeMarker side of rendering: a locked-down configuration that loads a publication's own
 * templates first and the built-in ones (classpath {@code /templates}) second, runs one template
 * over a plain data model, and reports any template problem as a {@link RenderException} with the
 * template file and line.
 *
 * <p>Publication templates are less trusted than the generator: they get maps of strings only, no
 * {@code ?new}, no {@code ?api}, auto-escaped HTML output whatever the file extension, and no
 * settings from the machine (locale, time zone). Thread-safe once constructed (FreeMarker's
 * {@link Configuration} is, when not modified after setup).
 */
final class Templates {

    static final String CLASSPATH_ROOT = "/templates";
    private static final String BUILT_IN = "(built-in) templates/";

    private final Configuration cfg;
    private final Path projectTemplates;

    /** @param projectTemplates the publication's templates folder; null or absent: built-in only */
    Templates(Path projectTemplates) {
        this.projectTemplates = projectTemplates != null && Files.isDirectory(projectTemplates) ? projectTemplates : null;
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (this.projectTemplates != null) {
            try {
                // allowLinking=false: a template symlinked outside the folder is refused.
                loaders.add(new FileTemplateLoader(this.projectTemplates.toFile(), false));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(Templates.class, CLASSPATH_ROOT));
        c.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
        c.setTemplateNameFormat(TemplateNameFormat.DEFAULT_2_4_0);
        c.setLocalizedLookup(false); // no document_ko.ftlh guessing: one template per name
        c.setRecognizeStandardFileExtensions(true);
        // Escape HTML even in a template whose name does not end in .ftlh.
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setURLEscapingCharset("UTF-8");
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setAttemptExceptionReporter((te, env) -> { });
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        this.cfg = c;
    }

    /** Runs template {@code name} (e.g. {@code document.ftlh}) over {@code model}. */
    String render(String name, Map<String, Object> model) throws RenderException {
        try {
            Template template = cfg.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (TemplateNotFoundException e) {
            throw new RenderException(display(name), 1, "template not found: " + name + "; add it to the templates"
                    + " folder");
        } catch (ParseException e) {
            throw parseError(e, name);
        } catch (TemplateException e) {
            ParseException cause = findParseCause(e);
            if (cause != null) throw parseError(cause, name); // a broken imported or included template
            String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
            Integer line = e.getLineNumber();
            throw failure(source, line != null && line > 0 ? line : 1, e.getMessageWithoutStackTop());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + name, e);
        }
    }

    /** How messages name a template: by its path in the publication, or as built-in. */
    String display(String templateName) {
        if (projectTemplates != null && Files.isRegularFile(projectTemplates.resolve(templateName))) {
            Path folder = projectTemplates.getFileName();
            return (folder != null ? folder.toString() : "templates") + "/" + templateName;
        }
        return BUILT_IN + templateName;
    }

    private RenderException parseError(ParseException e, String fallbackName) {
        String source = e.getTemplateName() != null ? e.getTemplateName() : fallbackName;
        int line = e.getLineNumber() > 0 ? e.getLineNumber() : 1;
        return failure(source, line, e.getEditorMessage());
    }

    /** A template problem with what to do about it: the editor's own template can be corrected. */
    private RenderException failure(String source, int line, String message) {
        String file = display(source);
        String remedy = file.startsWith(BUILT_IN)
                ? "; this is a fault of the generator's built-in template: report it"
                : "; correct the template here";
        return new RenderException(file, line, clean(message) + remedy);
    }

    private static ParseException findParseCause(Throwable t) {
        for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
            if (c instanceof ParseException p) return p;
        }
        return null;
    }

    /** FreeMarker messages carry tips and separators; the first paragraph says what went wrong. */
    private static String clean(String message) {
        if (message == null) return "template error";
        String m = message.strip();
        int tip = m.indexOf("\n\n----");
        if (tip > 0) m = m.substring(0, tip).strip();
        return m.replaceAll("\\s+", " "); // one line, as every finding is printed
    }
}
