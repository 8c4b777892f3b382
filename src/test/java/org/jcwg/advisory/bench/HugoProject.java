package org.jcwg.advisory.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A minimal two-language Hugo project over the same {@code content-en/} and {@code content-ko/}
 * folders, doing work comparable to ours: a page per document per language with its title, TLP,
 * date, summary, tags, a table of contents and a language switcher (hreflang alternates too),
 * list pages for the sections and tags, a home page, links to other documents' Markdown files
 * resolved to their pages by a render hook, plus Hugo's own RSS feeds and sitemap. The data files
 * of the content folders ({@code agencies.yml}, ...) are ignored. Written for Debian's Hugo 0.111.
 * Stateless.
 */
final class HugoProject {

    private HugoProject() {
    }

    static void write(Path root) throws IOException {
        write(root.resolve("hugo.toml"), """
                baseURL = 'https://advisories.example.org/'
                title = 'U.S.–ROK Joint Cyber Advisories (benchmark)'
                defaultContentLanguage = 'en'
                defaultContentLanguageInSubdir = true
                hasCJKLanguage = true
                ignoreFiles = ['\\.yml$']
                disableKinds = ['robotsTXT']

                [taxonomies]
                  tag = 'tags'

                [languages.en]
                  contentDir = 'content-en'
                  languageName = 'English'
                  languageCode = 'en'
                  weight = 1

                [languages.ko]
                  contentDir = 'content-ko'
                  languageName = '한국어'
                  languageCode = 'ko'
                  title = '한미 합동 사이버 보안권고 (벤치마크)'
                  weight = 2

                [markup.goldmark.parser.attribute]
                  title = true
                [markup.tableOfContents]
                  startLevel = 2
                  endLevel = 3
                """);
        Path layouts = root.resolve("layouts/_default");
        write(layouts.resolve("baseof.html"), """
                <!DOCTYPE html>
                <html lang="{{ .Site.Language.Lang }}">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ .Site.Title }}</title>
                {{ with .Params.summary }}<meta name="description" content="{{ . }}">{{ end }}
                {{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
                {{ end }}</head>
                <body>
                <header>
                <a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
                <nav>{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}<a href="{{ "tags/" | relLangURL }}">Tags</a></nav>
                <nav class="language">{{ range .Translations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}" lang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a>{{ end }}</nav>
                </header>
                <main id="main">{{ block "main" . }}{{ end }}</main>
                </body>
                </html>
                """);
        write(layouts.resolve("single.html"), """
                {{ define "main" }}<article>
                <p class="tlp">TLP:{{ .Params.tlp }}</p>
                <h1>{{ .Title }}</h1>
                <p class="meta">{{ .Params.id }} · <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time></p>
                <p class="summary">{{ .Params.summary }}</p>
                <ul class="tags">{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
                <nav class="toc">{{ .TableOfContents }}</nav>
                {{ .Content }}
                </article>{{ end }}
                """);
        write(layouts.resolve("list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>
                <ul class="documents">{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
                <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time>
                <p>{{ .Params.summary }}</p></li>
                {{ end }}</ul>{{ end }}
                """);
        write(root.resolve("layouts/index.html"), """
                {{ define "main" }}<h1>{{ .Site.Title }}</h1>
                <ul class="documents">{{ range first 20 .Site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
                <p>{{ .Params.summary }}</p></li>
                {{ end }}</ul>{{ end }}
                """);
        write(layouts.resolve("_markup/render-link.html"), """
                {{- $u := urls.Parse .Destination -}}
                {{- $href := .Destination -}}
                {{- if and (not $u.Scheme) (strings.HasSuffix $u.Path ".md") -}}
                  {{- with $.Page.GetPage (printf "/%s" (path.Join $.Page.File.Dir $u.Path)) -}}
                    {{- $href = .RelPermalink -}}
                    {{- with $u.Fragment }}{{ $href = printf "%s#%s" $href . }}{{ end -}}
                  {{- end -}}
                {{- end -}}
                <a href="{{ $href | safeURL }}"{{ with .Title }} title="{{ . }}"{{ end }}>{{ .Text | safeHTML }}</a>
                {{- /* chomp */ -}}
                """);
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.write(p, text.getBytes(StandardCharsets.UTF_8));
    }
}
